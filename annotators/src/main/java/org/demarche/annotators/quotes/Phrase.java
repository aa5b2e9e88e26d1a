package org.demarche.annotators.quotes;

import org.demarche.core.Span;

/**
 * Tokens {@code [from, to)} of a sentence: a speaker's mention, a cue. {@code head} is the token
 * that heads the phrase when the parse says which, or -1.
 */
record Phrase(Sentence sentence, int from, int to, int head) {

  Phrase {
    if (from < 0 || to > sentence.size() || from >= to) {
      throw new IllegalArgumentException("bad phrase [" + from + ", " + to + ") in a sentence of " + sentence.size());
    }
  }

  Phrase(Sentence sentence, int from, int to) {
    this(sentence, from, to, -1);
  }

  Span span() {
    return sentence.span(from, to);
  }

  /** The phrase's first token as written, in lower case. */
  String firstLower() {
    return sentence.lower(from);
  }
}
