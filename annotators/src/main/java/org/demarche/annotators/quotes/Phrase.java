package org.demarche.annotators.quotes;

import org.demarche.core.Span;

/**
 * Tokens {@code [from, to)} of a sentence: a speaker's mention, a cue. {@code head} is the token
 * that heads the phrase when the parse says which, or -1; {@code wideTo} ends the phrase with the
 * asides left out of it ("The group, known as OPEC+,"), which may still name the actor.
 */
record Phrase(Sentence sentence, int from, int to, int head, int wideTo) {

  Phrase {
    if (from < 0 || to > sentence.size() || from >= to || wideTo < to || wideTo > sentence.size()) {
      throw new IllegalArgumentException("bad phrase [" + from + ", " + to + ") in a sentence of " + sentence.size());
    }
  }

  Phrase(Sentence sentence, int from, int to) {
    this(sentence, from, to, -1, to);
  }

  /** The phrase with its asides. */
  Span wideSpan() {
    return sentence.span(from, wideTo);
  }

  Span span() {
    return sentence.span(from, to);
  }

  /** The phrase's first token as written, in lower case. */
  String firstLower() {
    return sentence.lower(from);
  }
}
