package org.demarche.annotators.territories;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.demarche.annotators.common.ActorReferences;
import org.demarche.annotators.common.Dependencies;
import org.demarche.annotators.common.Tokens;
import org.demarche.core.ActorMention;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * One sentence as the territory finders read it: its tokens, its parse when it has one, and the
 * document's actors; with the token questions they all ask, answered the same way.
 *
 * <p>Not thread-safe; one instance per sentence, used by the thread annotating it.
 */
final class SentenceView {

  final String text;
  final List<CoreLabel> tokens;
  final @Nullable Dependencies parse;
  final ActorReferences actors;
  final int size;
  private final String[] written;
  private final String[] lower;

  /**
   * A view of the sentence; {@code written} holds its tokens' words as written, read once by the
   * caller (reading a token's word is a map lookup in CoreNLP).
   */
  SentenceView(String text, List<CoreLabel> tokens, String[] written, @Nullable Dependencies parse,
      ActorReferences actors) {
    this.text = text;
    this.tokens = tokens;
    this.written = written;
    this.parse = parse;
    this.actors = actors;
    this.size = tokens.size();
    this.lower = new String[size];
  }

  /** The words of the tokens as written. */
  static String[] written(List<CoreLabel> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      String word = tokens.get(i).originalText();
      words[i] = word == null ? "" : word;
    }
    return words;
  }

  /** The token as written, in lower case; computed once per token. */
  String lower(int i) {
    String word = lower[i];
    if (word == null) {
      word = TerritoryWords.lower(written[i]);
      lower[i] = word;
    }
    return word;
  }

  /** The token as written. */
  String word(int i) {
    return written[i];
  }

  String tag(int i) {
    String tag = tokens.get(i).tag();
    return tag == null ? "" : tag;
  }

  String lemma(int i) {
    return Tokens.lemma(tokens.get(i));
  }

  String ner(int i) {
    String ner = tokens.get(i).ner();
    return ner == null ? "O" : ner;
  }

  boolean is(int i, String lowerWord) {
    return i >= 0 && i < size && lower(i).equals(lowerWord);
  }

  /** A common noun (NN, NNS), the only kind of word that heads a descriptive reference. */
  boolean isCommonNoun(int i) {
    String tag = tag(i);
    return tag.equals("NN") || tag.equals("NNS");
  }

  boolean isNoun(int i) {
    return tag(i).startsWith("NN");
  }

  boolean isProperNoun(int i) {
    return tag(i).startsWith("NNP");
  }

  boolean isAdjective(int i) {
    return tag(i).startsWith("JJ");
  }

  boolean isVerb(int i) {
    String tag = tag(i);
    return tag.startsWith("VB") || tag.equals("MD");
  }

  boolean isPlural(int i) {
    String tag = tag(i);
    return tag.equals("NNS") || tag.equals("NNPS");
  }

  boolean isHyphen(int i) {
    return i >= 0 && i < size && (tag(i).equals("HYPH") || word(i).equals("-"));
  }

  boolean isPreposition(int i) {
    String tag = tag(i);
    return (tag.equals("IN") || tag.equals("TO")) && !lower(i).equals("that");
  }

  /** Sentence punctuation that ends a phrase: commas, colons, dashes, brackets, quotes. */
  boolean isBoundary(int i) {
    String tag = tag(i);
    return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("-LRB-") || tag.equals("-RRB-")
        || tag.equals("``") || tag.equals("''") || tag.equals("NFP") || tag.equals("SYM");
  }

  boolean isCapitalized(int i) {
    return Tokens.isCapitalized(tokens.get(i));
  }

  /** Characters covered by tokens {@code [from, to)}. */
  Span span(int from, int to) {
    return Tokens.span(tokens, from, to);
  }

  String covered(int from, int to) {
    return span(from, to).coveredText(text);
  }

  /** The actor mention that covers token {@code i}, or null. */
  @Nullable ActorMention actorAt(int i) {
    CoreLabel token = tokens.get(i);
    for (ActorMention actor : actors.all()) {
      if (actor.span().begin() <= token.beginPosition() && token.endPosition() <= actor.span().end()) {
        return actor;
      }
      if (actor.span().begin() > token.endPosition()) {
        break;
      }
    }
    return null;
  }
}
