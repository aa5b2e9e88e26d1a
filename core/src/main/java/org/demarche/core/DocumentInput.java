package org.demarche.core;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One document of a batch: where it comes from, and how to read its text. Reading happens on the
 * worker that annotates it, so a file that cannot be read fails that document alone.
 */
public interface DocumentInput {

  /** The name results and errors carry: a path as the user gave it, or an id. */
  String source();

  /** The document's text. */
  String text() throws IOException;

  /** A document already in memory. */
  static DocumentInput of(String source, String text) {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    return new DocumentInput() {
      @Override
      public String source() {
        return source;
      }

      @Override
      public String text() {
        return text;
      }
    };
  }

  /** A UTF-8 file, read when the document's turn comes; see {@link TextFiles#readUtf8}. */
  static DocumentInput ofFile(Path path, String source) {
    requireNonNull(path, "path");
    requireNonNull(source, "source");
    return new DocumentInput() {
      @Override
      public String source() {
        return source;
      }

      @Override
      public String text() throws IOException {
        return TextFiles.readUtf8(path);
      }
    };
  }
}
