package org.demarche.core;

import static java.util.Objects.requireNonNull;

/** The outcome of one document in a batch: annotated, or failed with a reason. */
public sealed interface BatchResult {

  /** The source of the input this result is for. */
  String source();

  /** The document was annotated. */
  record Annotated(AnnotatedDocument document) implements BatchResult {
    public Annotated {
      requireNonNull(document, "document");
      requireNonNull(document.source(), "an annotated batch document has a source");
    }

    @Override
    public String source() {
      return requireNonNull(document.source());
    }
  }

  /** The document could not be read or annotated; the rest of the batch goes on. */
  record Failed(String source, String error) implements BatchResult {
    public Failed {
      requireNonNull(source, "source");
      requireNonNull(error, "error");
    }
  }
}
