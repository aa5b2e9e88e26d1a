package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.demarche.core.QuoteKind;

/**
 * Decides whether reported content without quotation marks is the speaker's own words (unmarked
 * direct speech) or the reporter's rendering of them (indirect speech).
 *
 * <p>The speaker's own words show in the first or second person ("we'll", "our land", "you"), in a
 * question or a command, and in the speaker's tense: what was said in the present or future keeps
 * its "is" and "will". A reporter's rendering shifts the tense back ("would", "had") and speaks of
 * the speaker in the third person. Content that shows neither is judged by the tense of its main
 * clause.
 */
final class SpeechEvidence {

  private static final Set<String> FIRST_AND_SECOND_PERSON = ImmutableSet.of("i", "me", "my", "mine", "myself",
      "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves");

  /** Words that open a subordinate clause, whose verb is not the main clause's. */
  private static final Set<String> SUBORDINATORS = ImmutableSet.of("if", "when", "whenever", "unless", "until",
      "once", "as", "because", "although", "though", "while", "since", "after", "before", "whether", "that",
      "which", "who", "whom", "whose", "where", "provided", "providing", "whatever", "whoever");

  private SpeechEvidence() {}

  /** The kind of the content in tokens {@code [from, to)} of the sentence. */
  static QuoteKind kindOf(Sentence sentence, int from, int to) {
    return isDirect(sentence, from, to) ? QuoteKind.UNMARKED : QuoteKind.INDIRECT;
  }

  /** True when the tokens read as the speaker's own words. */
  static boolean isDirect(Sentence sentence, int from, int to) {
    if (from >= to) {
      return false;
    }
    if (hasPersonalVoice(sentence, from, to) || sentence.word(to - 1).equals("?")) {
      return true;
    }
    if (sentence.tag(from).equals("VB") && !sentence.lower(from).equals("be")) {
      return true; // a command: "Ask Rabat and the Polisario, not us."
    }
    boolean pendingSubordinate = false;
    for (int i = from; i < to; i++) {
      String lower = sentence.lower(i);
      if (SUBORDINATORS.contains(lower) && (sentence.tag(i).equals("IN") || sentence.tag(i).startsWith("W")
          || sentence.tag(i).equals("VBN") || sentence.tag(i).equals("VBG") || sentence.tag(i).equals("RB"))) {
        pendingSubordinate = true;
      } else if (sentence.isFinite(i)) {
        if (pendingSubordinate) {
          pendingSubordinate = false;
          continue;
        }
        return sentence.isPresent(i);
      }
    }
    return false;
  }

  /** First or second person: "we", "our", "you" ("US", the country, is not "us"). */
  static boolean hasPersonalVoice(Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      String word = sentence.word(i);
      String lower = sentence.lower(i);
      if (!FIRST_AND_SECOND_PERSON.contains(lower) || !sentence.tag(i).startsWith("PRP")) {
        continue;
      }
      if (lower.equals("us") && !word.equals("us") && !(word.equals("Us") && i == from)) {
        continue;
      }
      return true;
    }
    return false;
  }
}
