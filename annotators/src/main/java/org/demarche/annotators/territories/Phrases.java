package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableSet;

/**
 * Noun phrase edges read from tokens: how far a phrase reaches to the left of its head (determiner,
 * possessor, adjectives, numbers, hyphenated modifiers), and where a short phrase after a word ends.
 * The parse, where there is one, decides the harder right edges; these rules hold without it.
 */
final class Phrases {

  private Phrases() {}

  /** Words that open a noun phrase and end the walk to the left. */
  static final ImmutableSet<String> DETERMINERS = ImmutableSet.of("the", "a", "an", "this", "these", "those",
      "every", "any", "each", "no", "some", "several", "both", "either", "all", "many", "few", "another", "its",
      "our", "their", "his", "her", "my", "your", "whose", "much", "most");

  /** Determiners of a generic or negated phrase: "every hill they take" refers to no land in particular. */
  static final ImmutableSet<String> GENERIC = ImmutableSet.of("every", "any", "each", "no", "whatever", "whichever");

  /** Adverbs the tagger may not tag as such between an auxiliary and its participle: "have since captured". */
  private static final ImmutableSet<String> ADVERBS = ImmutableSet.of("since", "still", "now", "also", "already",
      "long", "ever", "never", "just", "recently", "reportedly", "effectively");

  /** Adverbs of measure that a phrase may start with: "about four-fifths", "roughly half". */
  private static final ImmutableSet<String> APPROXIMATORS = ImmutableSet.of("about", "roughly", "nearly", "almost",
      "around", "approximately", "some", "over", "fully", "only", "virtually", "largely", "mostly", "just");

  /**
   * The first token of the phrase headed by {@code head}: its determiner or possessor when it has one,
   * otherwise its first modifier. With {@code compounds}, nouns before the head belong to the phrase
   * ("forest strip", "Red Sea coast"); without, only when a hyphen joins them ("oil-rich").
   */
  /** Nouns of amount an approximator can qualify: "nearly half", "some dozen". */
  private static final ImmutableSet<String> AMOUNTS = ImmutableSet.of("half", "third", "quarter", "dozen", "dozens",
      "hundreds", "thousands", "score", "scores");

  static int leftEdge(SentenceView s, int head, boolean compounds) {
    int left = head;
    int i = head - 1;
    boolean adjectives = false;
    while (i >= 0) {
      String word = s.lower(i);
      String tag = s.tag(i);
      if (DETERMINERS.contains(word) && !tag.equals("IN") || tag.equals("PRP$")) {
        return i;
      }
      if (tag.equals("POS")) {
        int possessor = possessorStart(s, i);
        return possessor >= 0 ? possessor : left;
      }
      // Nouns before adjectives belong to something else: "both regions | occupied territory".
      if (isModifier(s, i, compounds && !adjectives)) {
        adjectives |= !tag.startsWith("NN");
        left = i;
        i--;
        continue;
      }
      // "the Greater and Lesser Tunbs", "Polish and Lithuanian land": coordinated modifiers; "the
      // towns and mines": coordinated common nouns. Never "Luhansk and Donetsk": two names.
      boolean coordinator = (word.equals("and") || word.equals(",")) && left == i + 1 && i >= 1;
      boolean modifiers = coordinator && left < head
          && (s.isAdjective(i - 1) || s.isCapitalized(i - 1) && s.isProperNoun(i - 1));
      boolean nouns = coordinator && !word.equals(",") && compounds && s.isCommonNoun(i - 1) && s.isCommonNoun(i + 1);
      if (modifiers || nouns) {
        left = i - 1;
        i -= 2;
        continue;
      }
      // "over 200 villages", "nearly half the territory"; not "protested over waters".
      if (APPROXIMATORS.contains(word) && left == i + 1 && (s.tag(i + 1).equals("CD") || AMOUNTS.contains(s.lower(i + 1)))) {
        return i;
      }
      break;
    }
    return left;
  }

  private static boolean isModifier(SentenceView s, int i, boolean compounds) {
    String tag = s.tag(i);
    if (tag.startsWith("JJ") || tag.equals("CD") || s.isHyphen(i) || s.is(i, "own")) {
      return true;
    }
    if (tag.equals("VBN")) {
      // "the occupied West Bank", "regions occupied territory"; not the verbs in "the bloc expected
      // Kosovo to ..." and "the M23 has seized large areas".
      int before = i - 1;
      while (before >= 0 && (s.tag(before).equals("RB") || ADVERBS.contains(s.lower(before)))) {
        before--;
      }
      if (before >= 0 && (s.isVerb(before) || s.tag(before).equals("MD"))) {
        return false;
      }
      String previous = before >= 0 ? s.tag(before) : "";
      return TerritoryWords.cue(s.lower(i)) != null || previous.equals("DT") || previous.equals("PRP$")
          || previous.startsWith("JJ") || previous.equals("HYPH") || previous.equals("CD") || before < i - 1;
    }
    if (tag.equals("RP") && s.isHyphen(i - 1)) {
      return true;   // "fenced-off"
    }
    if (tag.equals("RB") && i + 1 < s.size && (s.isAdjective(i + 1) || s.tag(i + 1).equals("VBN"))) {
      return true;
    }
    if (tag.startsWith("NN")) {
      return compounds || s.isHyphen(i + 1) || s.isHyphen(i - 1);
    }
    return false;
  }

  /**
   * The first token of the possessor before the clitic at {@code clitic} ("the Philippines '",
   * "Japan 's"), or -1 when the word before it is not a noun.
   */
  static int possessorStart(SentenceView s, int clitic) {
    int j = clitic - 1;
    if (j < 0 || !s.isNoun(j)) {
      return -1;
    }
    while (j - 1 >= 0 && s.isProperNoun(j)
        && (s.isProperNoun(j - 1) || j - 2 >= 0 && s.is(j - 1, "and") && s.isProperNoun(j - 2))) {
      j -= s.is(j - 1, "and") ? 2 : 1;   // "Bosnia and Herzegovina 's"
    }
    if (j - 1 >= 0 && s.is(j - 1, "the")) {
      j--;
    }
    return j;
  }

  /**
   * The end (exclusive) of a short noun phrase starting at {@code from}: determiners, possessors,
   * modifiers, nouns, and proper names joined by commas and "and" ("China, Japan and Taiwan").
   * Returns {@code from} when no noun phrase starts there.
   */
  static int nounPhraseEnd(SentenceView s, int from, int limit) {
    int i = from;
    int end = from;
    boolean noun = false;
    while (i < limit) {
      String tag = s.tag(i);
      if (tag.equals("PRP")) {
        return noun ? end : i + 1;
      }
      if (tag.startsWith("NN")) {
        noun = true;
        end = ++i;
        continue;
      }
      if (tag.equals("POS") && noun) {
        noun = false;   // "Japan 's exclusive economic zone": the possessed phrase follows
        i++;
        continue;
      }
      if (!noun && (DETERMINERS.contains(s.lower(i)) || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("PRP$")
          || tag.equals("VBN") && i + 1 < limit && s.isNoun(i + 1) || s.isHyphen(i))) {
        i++;
        continue;
      }
      if (noun && s.isHyphen(i) && i + 1 < limit && (s.isNoun(i + 1) || s.isAdjective(i + 1))) {
        noun = false;
        i++;
        continue;
      }
      // "China, Japan and Taiwan", "Vietnam, the Philippines and Malaysia".
      int next = i + 1 < limit && s.is(i + 1, "the") ? i + 2 : i + 1;
      if (noun && (s.is(i, "and") || s.is(i, ",")) && next < limit && s.isProperNoun(next) && s.isProperNoun(i - 1)) {
        i = next;
        continue;
      }
      break;
    }
    return end;
  }

}
