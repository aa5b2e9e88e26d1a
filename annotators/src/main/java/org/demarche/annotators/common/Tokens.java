package org.demarche.annotators.common;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import org.demarche.core.Span;

/** Small questions about CoreNLP tokens, asked the same way by every layer. */
public final class Tokens {

  private Tokens() {}

  /** The span from the first token's begin to the last token's end, tokens {@code [from, to)}. */
  public static Span span(List<CoreLabel> tokens, int from, int to) {
    return Span.of(tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
  }

  /** The token's text as written, in lower case (locale-independent). */
  public static String lower(CoreLabel token) {
    return token.originalText().toLowerCase(Locale.ROOT);
  }

  /** The token's lemma in lower case, or its lower-cased word when there is no lemma. */
  public static String lemma(CoreLabel token) {
    String lemma = token.lemma();
    return (lemma == null ? token.word() : lemma).toLowerCase(Locale.ROOT);
  }

  public static boolean isProperNoun(CoreLabel token) {
    String tag = token.tag();
    return tag != null && tag.startsWith("NNP");
  }

  public static boolean isNoun(CoreLabel token) {
    String tag = token.tag();
    return tag != null && tag.startsWith("NN");
  }

  public static boolean isVerb(CoreLabel token) {
    String tag = token.tag();
    return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
  }

  /** A verb that carries tense: "said", "says", "will", "has". */
  public static boolean isFinite(CoreLabel token) {
    String tag = token.tag();
    return tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"));
  }

  public static boolean isAdjective(CoreLabel token) {
    String tag = token.tag();
    return tag != null && tag.startsWith("JJ");
  }

  /** True when the written token starts with an upper-case letter. */
  public static boolean isCapitalized(CoreLabel token) {
    String text = token.originalText();
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** The possessive clitic {@code 's} or a lone apostrophe after a plural ({@code allies'}). */
  public static boolean isPossessive(CoreLabel token) {
    return "POS".equals(token.tag());
  }

  /** The index of the token that contains or starts at {@code offset}, or -1. */
  public static int indexAt(List<CoreLabel> tokens, int offset) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      CoreLabel token = tokens.get(mid);
      if (token.endPosition() <= offset) {
        low = mid + 1;
      } else if (token.beginPosition() > offset) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
