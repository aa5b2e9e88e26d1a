package org.demarche.core;

/** Something found in a document's text: its span and the text the span covers. */
public interface Mention {

  /** Where the mention is. */
  Span span();

  /** Exactly {@code span().coveredText(documentText)}. */
  String text();
}
