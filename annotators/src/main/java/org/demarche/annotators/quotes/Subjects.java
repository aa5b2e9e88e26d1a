package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.demarche.annotators.common.Dependencies;
import org.jspecify.annotations.Nullable;

/**
 * Finds who does the reporting: the subject of a reporting verb, from the parse where the sentence
 * has one and from the neighbouring tokens where it has not.
 *
 * <p>A verb without a subject of its own ("..., adding that ...", "... but stressed that ...")
 * shares the subject of the clause it hangs from; the caller passes the subject of the sentence's
 * previous reporting verb for that.
 */
final class Subjects {

  /** Relations that leave a subject's mention: relative clauses, appositions, asides. */
  private static final Set<String> NOT_IN_MENTION = ImmutableSet.of("acl:relcl", "parataxis", "advcl", "ccomp",
      "csubj", "discourse");

  /** Prepositions that may join a mention's parts ("officials in Tokyo", "a spokesman for the army"). */
  private static final Set<String> INNER_PREPOSITIONS = ImmutableSet.of("of", "in", "for", "at", "from", "on",
      "with", "to", "near", "around", "across", "outside", "inside", "within", "among", "between", "under", "over",
      "along", "behind", "beyond", "by");

  private static final Set<String> FIRST_AND_SECOND = ImmutableSet.of("i", "we", "you");

  /** Words that stand between a subject and its verb: "has", "also", "later", "repeatedly". */
  private static final Set<String> AUXILIARIES = ImmutableSet.of("has", "have", "had", "is", "was", "were", "are",
      "will", "would", "could", "did", "does", "do");

  private Subjects() {}

  /**
   * The subject of the reporting verb at {@code verb}, or {@code inherited} when the verb has none
   * of its own, or the main subject of the sentence; null when nothing fits.
   */
  static @Nullable Phrase ofVerb(Sentence sentence, int verb, @Nullable Phrase inherited) {
    Dependencies parse = sentence.parse();
    if (parse != null) {
      for (int child : parse.children(verb)) {
        String relation = parse.relation(child);
        if (relation.equals("nsubj") && child >= sentence.floor(verb) && !sentence.isVerb(child)) {
          // "the agency, which said ...": the relative pronoun stands for the noun it hangs from
          if (isRelativePronoun(sentence, child)) {
            Phrase antecedent = antecedent(sentence, parse, verb);
            if (antecedent == null && child > 0) {
              // the parse lost the relative clause: the noun phrase before ", which"
              antecedent = leftOf(sentence, sentence.isComma(child - 1) ? child - 1 : child);
            }
            return antecedent;
          }
          Phrase mention = mention(sentence, child);
          if (!hasFiniteVerb(sentence, mention)) {
            return mention; // else a misparse took a clause for the subject
          }
        }
        if (relation.equals("nsubj:pass") || relation.equals("expl")) {
          return null; // "it was said that", "he was told that": the speaker is not named here
        }
      }
      if (sentence.isFinite(verb)) {
        // A tensed verb right after a noun phrase has its subject there, whatever the parser made of
        // it ("an arrangement U.N. officials said they would examine").
        Phrase left = leftOf(sentence, verb);
        if (left != null && left.to() == verb && standsAlone(sentence, left)) {
          return left;
        }
      }
      if (inherited != null && inherited.from() < verb) {
        return inherited;
      }
      for (int current = verb, steps = 0; current >= 0 && steps < 40; current = parse.head(current), steps++) {
        if (parse.relation(current).equals("acl:relcl")) {
          return antecedent(sentence, parse, current);
        }
        int head = parse.head(current);
        if (head < 0) {
          break;
        }
        for (int child : parse.children(head, "nsubj")) {
          if (parse.relation(child).equals("nsubj") && child < verb && child >= sentence.floor(verb)
              && !sentence.isVerb(child) && !isRelativePronoun(sentence, child)
              && !FIRST_AND_SECOND.contains(sentence.lower(child))) {
            return mention(sentence, child);
          }
        }
      }
      return mainSubject(sentence, verb);
    }
    Phrase left = leftOf(sentence, verb);
    if (left != null) {
      return left;
    }
    Phrase right = sentence.isFinite(verb) ? rightOf(sentence, verb) : null;
    if (right != null) {
      return right;
    }
    if (inherited != null && inherited.from() < verb) {
      return inherited;
    }
    return mainSubject(sentence, verb);
  }

  /**
   * A noun phrase that can be a subject where it stands: after the sentence start, a comma or a noun
   * ("an arrangement U.N. officials said"), not after a verb or a preposition whose object it is
   * ("a man who survived the siege of the city said", "dressed as characters from ... said").
   */
  private static boolean standsAlone(Sentence sentence, Phrase phrase) {
    int before = phrase.from() - 1;
    if (before < sentence.floor(phrase.from())) {
      return true;
    }
    String tag = sentence.tag(before);
    return sentence.isComma(before) || tag.startsWith("NN");
  }

  private static boolean hasFiniteVerb(Sentence sentence, Phrase phrase) {
    for (int i = phrase.from(); i < phrase.to(); i++) {
      if (sentence.isFinite(i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRelativePronoun(Sentence sentence, int token) {
    String tag = sentence.tag(token);
    return tag.equals("WP") || tag.equals("WDT") || sentence.lower(token).equals("that");
  }

  /** The noun a relative clause hangs from ("the agency, which said ..." → "the agency"), or null. */
  private static @Nullable Phrase antecedent(Sentence sentence, Dependencies parse, int clause) {
    for (int current = clause, steps = 0; current >= 0 && steps < 40; current = parse.head(current), steps++) {
      if (parse.relation(current).equals("acl:relcl")) {
        int noun = parse.head(current);
        return noun >= sentence.floor(clause) ? mention(sentence, noun) : null;
      }
    }
    return null;
  }

  /** The mention headed by {@code head}: its subtree without relative clauses, appositions and asides. */
  static Phrase mention(Sentence sentence, int head) {
    Dependencies parse = sentence.parse();
    if (parse == null) {
      return new Phrase(sentence, head, head + 1);
    }
    boolean[] kept = new boolean[sentence.size()];
    keep(sentence, parse, head, kept, 0);
    int from = head;
    int floor = sentence.floor(head);
    while (from > floor && kept[from - 1]) {
      from--;
    }
    int to = head + 1;
    while (to < kept.length && kept[to]) {
      to++;
    }
    while (to - 1 > from && sentence.isPunctuation(to - 1)) {
      to--;
    }
    while (from < to - 1 && sentence.isPunctuation(from)) {
      from++;
    }
    to = withoutTrailingTime(sentence, from, to, head);
    int wideTo = Math.max(to, Math.min(parse.subtree(head)[1] + 1, sentence.size()));
    while (wideTo > to && sentence.isPunctuation(wideTo - 1)) {
      wideTo--;
    }
    return new Phrase(sentence, from, to, head, wideTo);
  }

  private static void keep(Sentence sentence, Dependencies parse, int token, boolean[] kept, int depth) {
    kept[token] = true;
    if (depth > 40) {
      return;
    }
    for (int child : parse.children(token)) {
      String relation = parse.relation(child);
      // ", speaking to reporters in Washington," describes the speaker; "officials working on ..." names them
      boolean aside = false;
      if (child > token && (relation.startsWith("acl") || relation.equals("dep") || relation.equals("appos"))) {
        int first = parse.subtree(child)[0];
        // a relative clause however labelled ("who lived through the siege"), an aside after a comma
        aside = sentence.tag(first).equals("WP") || sentence.tag(first).equals("WDT") || sentence.tag(first).equals("WP$")
            || relation.equals("acl") && first > 0 && sentence.isComma(first - 1);
      }
      if (child >= 0 && child < kept.length && !NOT_IN_MENTION.contains(relation) && !aside) {
        keep(sentence, parse, child, kept, depth + 1);
      }
    }
  }

  /**
   * The noun phrase right before the verb, back to a comma, a quotation mark or the sentence start:
   * ", a Congolese army officer in Uvira told", "” he said". Null when the words there are not one.
   */
  static @Nullable Phrase leftOf(Sentence sentence, int verb) {
    int to = verb;
    while (to > 0 && (AUXILIARIES.contains(sentence.lower(to - 1)) || sentence.tag(to - 1).startsWith("RB"))) {
      to--;
    }
    if (to > 0 && sentence.tag(to - 1).equals("CC")) {
      return null; // "rejected the accusation and said ...": the verb shares the subject of the first
    }
    int floor = sentence.floor(verb);
    if (to > 0 && sentence.isComma(to - 1)) {
      return titleWithNameInApposition(sentence, to - 1, floor);
    }
    return phraseEndingAt(sentence, to, floor);
  }

  private static @Nullable Phrase phraseEndingAt(Sentence sentence, int to, int floor) {
    int from = to;
    while (from > floor && nounPhraseWord(sentence, from - 1)
        && !(from < to && startsNounPhrase(sentence, from) && headWord(sentence, from - 1))) {
      from--; // "the area both countries have claimed": a noun before a determiner ends a phrase
    }
    return validNounPhrase(sentence, from, to);
  }

  /**
   * "..., a local cooperative chief, Hiroshi Tanabe, said": a noun phrase and the name in apposition
   * to it, both between commas before the verb; the speaker's mention covers the two.
   */
  private static @Nullable Phrase titleWithNameInApposition(Sentence sentence, int closingComma, int floor) {
    int nameStart = closingComma;
    while (nameStart > floor && sentence.tag(nameStart - 1).equals("NNP")) {
      nameStart--;
    }
    if (nameStart == closingComma || nameStart - 1 <= floor || !sentence.isComma(nameStart - 1)) {
      return null;
    }
    Phrase title = phraseEndingAt(sentence, nameStart - 1, floor);
    return title == null ? null : new Phrase(sentence, title.from(), closingComma);
  }

  /**
   * The noun phrase right after an inverted verb: "..., said Major General Kwame Owusu, ...". Null
   * when a tensed verb follows it: then it is the subject of the content ("said the talks had ...").
   */
  static @Nullable Phrase rightOf(Sentence sentence, int verb) {
    int from = verb + 1;
    int to = from;
    while (to < sentence.size() && nounPhraseWord(sentence, to) && !sentence.tag(to).equals("IN")
        && !sentence.tag(to).equals("CC")) {
      to++;
    }
    if (to < sentence.size() && (sentence.isFinite(to) || sentence.tag(to).startsWith("RB") && to + 1 < sentence.size()
        && sentence.isFinite(to + 1))) {
      return null;
    }
    return validNounPhrase(sentence, from, to);
  }

  /**
   * The subject of the sentence's main clause: its first noun phrase after any introductory phrase
   * ("In a statement read on state radio, ...", "Earlier, ...").
   */
  static @Nullable Phrase mainSubject(Sentence sentence, int before) {
    int start = sentence.floor(before);
    for (int i = start; i < before; i++) {
      if (sentence.isFinite(i)) {
        break;
      }
      if (sentence.isComma(i) && introductory(sentence, start)) {
        start = i + 1;
      }
    }
    int to = start;
    while (to < before && nounPhraseWord(sentence, to)) {
      to++;
    }
    return validNounPhrase(sentence, start, to);
  }

  private static boolean introductory(Sentence sentence, int start) {
    String tag = sentence.tag(start);
    return tag.equals("IN") || tag.startsWith("RB") || tag.equals("VBG") || tag.equals("VBN") || tag.equals("CC")
        || tag.equals("TO");
  }

  /** A word that can sit inside a noun phrase naming a speaker. */
  static boolean nounPhraseWord(Sentence sentence, int i) {
    String tag = sentence.tag(i);
    if (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("PRP") || tag.equals("PRP$")
        || tag.equals("POS") || tag.equals("CD") || tag.equals("HYPH") || tag.equals("FW") || tag.equals("PDT")) {
      return true;
    }
    if (tag.equals("IN") || tag.equals("TO")) {
      return INNER_PREPOSITIONS.contains(sentence.lower(i));
    }
    if (tag.equals("CC")) {
      return sentence.lower(i).equals("and");
    }
    // "Engineers working on the project", "a diplomat familiar with the talks"
    return tag.equals("VBG") || tag.equals("VBN");
  }

  private static @Nullable Phrase validNounPhrase(Sentence sentence, int from, int to) {
    while (from < to && !headWord(sentence, from) && !sentence.tag(from).equals("DT")
        && !sentence.tag(from).startsWith("JJ") && !sentence.tag(from).equals("PRP$")
        && !sentence.tag(from).equals("CD")) {
      from++; // no phrase starts with a preposition, a conjunction or a participle
    }
    int end = to;
    while (to > from && !headWord(sentence, to - 1)) {
      to--; // a phrase ends with its noun: "officials in both capitals", not "officials in"
    }
    if (to == from && end - from == 2 && sentence.tag(from).equals("DT") && sentence.tag(from + 1).startsWith("JJ")) {
      to = end; // an adjective for people: "the general", "the accused"
    }
    to = withoutTrailingTime(sentence, from, to, -1);
    if (from >= to || to - from > 14) {
      return null;
    }
    return new Phrase(sentence, from, to);
  }

  /** "The PRC on Tuesday", "Ivory Coast rebels on Friday": the time belongs to the verb, not the speaker. */
  private static int withoutTrailingTime(Sentence sentence, int from, int to, int head) {
    int end = to;
    for (int k = from + 1; k < to; k++) {
      int timeEnd = sentence.timePhraseEnd(k);
      // "on Tuesday", "last week", "Friday": a time; "a 60-year-old" is none
      boolean time = timeEnd == to && (timeEnd - k == 2 || sentence.tag(k - 1).equals("IN")
          || sentence.tag(k).startsWith("NNP") || sentence.tag(k).equals("NN") && sentence.lower(k).endsWith("day"));
      if (time && k != head) {
        end = k > from + 1 && sentence.tag(k - 1).equals("IN") ? k - 1 : k;
        break;
      }
    }
    return end > from ? end : to;
  }

  private static boolean startsNounPhrase(Sentence sentence, int i) {
    String tag = sentence.tag(i);
    return tag.equals("DT") || tag.equals("PRP$") || tag.equals("PRP") || tag.equals("PDT");
  }

  private static boolean headWord(Sentence sentence, int i) {
    String tag = sentence.tag(i);
    return tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD") || tag.equals("FW");
  }
}
