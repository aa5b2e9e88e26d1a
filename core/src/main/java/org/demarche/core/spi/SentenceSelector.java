package org.demarche.core.spi;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Decides from a sentence's tokens (words, lemmas, part-of-speech and NER tags) whether a layer
 * needs its dependency parse. The parser is the most expensive stage a layer can ask for, so a layer
 * that only looks for constructions with a few trigger words should say so.
 *
 * <p>Implementations are called concurrently and must be thread-safe and cheap: one pass over the
 * tokens, no allocation per token.
 */
@FunctionalInterface
public interface SentenceSelector {

  /** Parses every sentence. */
  SentenceSelector ALL = tokens -> true;

  /** Parses no sentence. */
  SentenceSelector NONE = tokens -> false;

  /** True when the sentence with these tokens must be parsed. */
  boolean needsParse(List<CoreLabel> tokens);

  /** A selector that picks a sentence when this one or {@code other} does. */
  default SentenceSelector or(SentenceSelector other) {
    if (this == ALL || other == ALL) {
      return ALL;
    }
    if (other == NONE) {
      return this;
    }
    if (this == NONE) {
      return other;
    }
    return tokens -> needsParse(tokens) || other.needsParse(tokens);
  }
}
