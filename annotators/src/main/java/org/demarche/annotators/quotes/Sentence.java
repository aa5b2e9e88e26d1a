package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.demarche.annotators.common.Dependencies;
import org.demarche.annotators.common.Tokens;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * One sentence as the quote finders read it: its tokens, its parse when it has one, its paragraph,
 * and the word-class questions they ask of a token.
 *
 * <p>Not thread-safe: built per document by the thread annotating it.
 */
final class Sentence {

  private static final Set<String> PRESENT_MODALS = ImmutableSet.of("will", "'ll", "wo", "can", "ca", "must",
      "shall", "may", "should");

  /** Time words that may stand between a reporting verb and its content ("said on Monday that"). */
  private static final Set<String> TIME_NOUNS = ImmutableSet.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "today", "yesterday", "tonight", "week", "month", "year", "morning",
      "afternoon", "evening", "night", "weekend");
  /** Words that make a time noun a time phrase: "last week", "this morning". */
  private static final Set<String> TIME_MODIFIERS = ImmutableSet.of("last", "this", "next", "every", "earlier",
      "later", "that");

  private static final int[] NONE = new int[0];

  final int index;
  final List<CoreLabel> tokens;
  private final CoreMap core;
  /** Built on first use: most sentences are read without their parse, and building it costs. */
  private @Nullable Dependencies parse;
  private boolean parseRead;
  final int paragraph;
  /** The first token after a dateline ("TAIPEI, 21 October — "), 0 when there is none. */
  final int bodyStart;
  /**
   * Tokens that open a new paragraph inside the sentence: the sentence splitter does not always
   * break at a line break ("... at 10 a.m.\n\nThe coach said ..."), but a clause never runs over one.
   */
  private final int[] paragraphStarts;

  Sentence(int index, CoreMap core, List<CoreLabel> tokens, int paragraph, String text) {
    this.index = index;
    this.core = core;
    this.tokens = tokens;
    this.paragraph = paragraph;
    this.bodyStart = datelineEnd(tokens);
    this.paragraphStarts = paragraphStarts(tokens, text);
  }

  /** The sentence's dependency parse, or null when the sentence was not parsed. */
  @Nullable Dependencies parse() {
    if (!parseRead) {
      parse = Dependencies.of(core, tokens.size());
      parseRead = true;
    }
    return parse;
  }

  private static int[] paragraphStarts(List<CoreLabel> tokens, String text) {
    int begin = Math.min(tokens.get(0).beginPosition(), text.length());
    int end = Math.min(tokens.get(tokens.size() - 1).endPosition(), text.length());
    if (!hasLineBreak(text, begin, end)) {
      return NONE;
    }
    int[] starts = null;
    int count = 0;
    for (int i = 1; i < tokens.size(); i++) {
      int from = Math.min(tokens.get(i - 1).endPosition(), text.length());
      int to = Math.min(tokens.get(i).beginPosition(), text.length());
      if (hasLineBreak(text, from, to)) {
        if (starts == null) {
          starts = new int[4];
        } else if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i;
      }
    }
    return starts == null ? NONE : Arrays.copyOf(starts, count);
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of the clause-bearing stretch that contains {@code token}: after the dateline
   * and after any paragraph break before it.
   */
  int floor(int token) {
    int floor = bodyStart;
    for (int start : paragraphStarts) {
      if (start <= token && start > floor) {
        floor = start;
      }
    }
    return floor;
  }

  /**
   * A news dateline is no part of the sentence it opens: a place in capitals, maybe a date, then a
   * dash. The parser takes the place for a subject otherwise.
   */
  private static int datelineEnd(List<CoreLabel> tokens) {
    if (tokens.isEmpty() || !allCapitals(tokens.get(0).originalText())) {
      return 0;
    }
    for (int i = 1; i < tokens.size() && i < 10; i++) {
      String word = tokens.get(i).originalText();
      // a dash set off by spaces, not the hyphen of "NATO-member"
      boolean spaced = tokens.get(i).beginPosition() > tokens.get(i - 1).endPosition();
      if (spaced && (word.equals("\u2014") || word.equals("\u2013") || word.equals("--") || word.equals("-"))) {
        return i + 1 < tokens.size() ? i + 1 : 0;
      }
    }
    return 0;
  }

  private static boolean allCapitals(String word) {
    int letters = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  int size() {
    return tokens.size();
  }

  CoreLabel token(int i) {
    return tokens.get(i);
  }

  int begin() {
    return tokens.get(0).beginPosition();
  }

  int end() {
    return tokens.get(tokens.size() - 1).endPosition();
  }

  /** Characters of tokens {@code [from, to)}. */
  Span span(int from, int to) {
    return Tokens.span(tokens, from, to);
  }

  String tag(int i) {
    String tag = tokens.get(i).tag();
    return tag == null ? "" : tag;
  }

  String word(int i) {
    return tokens.get(i).originalText();
  }

  String lower(int i) {
    return Tokens.lower(tokens.get(i));
  }

  /** A verb that carries tense: "said", "says", "will", "has". */
  boolean isFinite(int i) {
    return Tokens.isFinite(tokens.get(i));
  }

  /** A finite verb or modal of the present or future: "says", "will", "must", "is". */
  boolean isPresent(int i) {
    String tag = tag(i);
    return tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD") && PRESENT_MODALS.contains(lower(i));
  }

  boolean isVerb(int i) {
    return tag(i).startsWith("VB");
  }

  /** Punctuation, a quotation mark included. */
  boolean isPunctuation(int i) {
    String word = word(i);
    if (word.isEmpty()) {
      return true;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  boolean isComma(int i) {
    return word(i).equals(",");
  }

  /** The end of a time phrase at {@code j} ("last week", "Monday", "today"), or {@code j} when there is none. */
  int timePhraseEnd(int j) {
    String lower = lower(j);
    if (TIME_NOUNS.contains(lower) && !lower(j).equals("week")) {
      return j + 1;
    }
    if (TIME_MODIFIERS.contains(lower) && j + 1 < size() && TIME_NOUNS.contains(lower(j + 1))) {
      return j + 2;
    }
    return j;
  }

  /** A token that is one quotation mark. */
  boolean hasMark(int i) {
    String word = word(i);
    return word.length() == 1 && QuotationMarks.isMark(word.charAt(0)) && !tag(i).equals("POS");
  }

  /** The sentence ends with a question or exclamation mark (before any closing mark). */
  boolean endsWithQuestion() {
    for (int i = size() - 1; i >= 0; i--) {
      String word = word(i);
      if (word.equals("?") || word.equals("!")) {
        return true;
      }
      if (!hasMark(i)) {
        return false;
      }
    }
    return false;
  }

  /** The index of the first token that starts at or after {@code offset}, or {@code size()}. */
  int firstAtOrAfter(int offset) {
    int low = 0;
    int high = size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).beginPosition() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
