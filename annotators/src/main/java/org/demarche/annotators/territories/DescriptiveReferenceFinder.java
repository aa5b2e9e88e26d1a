package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.demarche.annotators.common.Dependencies;
import org.demarche.annotators.territories.TerritoryWords.Relation;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRole;
import org.demarche.core.TerritoryKind;
import org.jspecify.annotations.Nullable;

/**
 * Finds descriptive references: noun phrases headed by a territory noun with a modifier of claim,
 * control or dispute. The modifier may stand before the noun ("the occupied territories", "Houthi-
 * controlled territory", "Japanese territory", "our waters"), after it ("territory claimed by Moscow",
 * "the Ukrainian territories Russia has seized by force", "areas under Pakistani control"), or govern
 * it ("Spain disputes the waters around the Rock", "the occupation of the three islands").
 *
 * <p>The extent runs from the determiner or possessor to the end of the last post-modifier, relative
 * and participial clauses included, taken from the parse where the sentence has one and from the
 * tokens otherwise; a part ("the parts of", "two-thirds of", "a sliver of") is part of the phrase.
 */
final class DescriptiveReferenceFinder {

  /** Nouns after "under" that make control: "areas under Pakistani control". */
  private static final ImmutableSet<String> UNDER_NOUNS = ImmutableSet.of("control", "occupation", "rule",
      "administration", "sovereignty", "jurisdiction");

  /** Verbs that take "to" and a verb of claim or control after them: "could try to seize". */
  private static final ImmutableSet<String> TO_VERBS = ImmutableSet.of("try", "tries", "tried", "trying", "seek",
      "seeks", "sought", "want", "wants", "wanted", "plan", "plans", "planned", "attempt", "attempts", "attempted",
      "hope", "hopes", "vow", "vows", "vowed", "threaten", "threatens", "threatened", "aim", "aims");

  /** Verbs that report a clause: "which Madrid says was never ceded". */
  private static final ImmutableSet<String> REPORTING = ImmutableSet.of("say", "insist", "believe", "argue",
      "maintain", "claim", "consider", "contend");

  private static final ImmutableSet<String> RELATIVE_MARKERS = ImmutableSet.of("that", "which", "who", "whom");

  /** "The left bank" is land; "the central bank" is not. */
  private static final ImmutableSet<String> RIVER_SIDES = ImmutableSet.of("left", "right", "west", "east", "north",
      "south", "northern", "southern", "eastern", "western", "opposite", "other");

  /** Wholes whose parts are land: "large parts of the country". */
  private static final ImmutableSet<String> WHOLES = ImmutableSet.of("country", "countries", "state", "nation",
      "kingdom", "republic", "continent", "mainland");

  /** Possessors that are people, whose land is property, not sovereignty: "his own land". */
  private static final ImmutableSet<String> PERSONAL_POSSESSORS = ImmutableSet.of("his", "her", "my", "your");

  /** "waters south of Kastellorizo": a direction with "of" opens a place phrase like a preposition. */
  private static final ImmutableSet<String> DIRECTIONS = ImmutableSet.of("north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest");

  /** The longest clause (in tokens) read after a relative verb when the sentence has no parse. */
  private static final int CLAUSE_REACH = 15;

  private final ActorVocabulary vocabulary;
  private final GoverningCues governors;

  DescriptiveReferenceFinder(ActorVocabulary vocabulary, GoverningCues governors) {
    this.vocabulary = vocabulary;
    this.governors = governors;
  }

  /** The descriptive references of the sentence; {@code named[i]} is true for tokens of named references. */
  List<Candidate> find(SentenceView s, boolean[] named) {
    List<Candidate> found = new ArrayList<>();
    for (int h = 0; h < s.size; h++) {
      if (!TerritoryWords.isWrittenHead(s.word(h))) {
        continue;
      }
      String word = s.lower(h);
      if (!s.isCommonNoun(h) || named[h] || isCompoundModifier(s, h)
          || TerritoryWords.NEED_OF.contains(word) && !partOfLand(s, h)
          || word.equals("bank") && (h == 0 || !RIVER_SIDES.contains(s.lower(h - 1)))) {
        continue;
      }
      Candidate candidate = candidate(s, h);
      if (candidate != null) {
        found.add(candidate);
      }
    }
    return found;
  }

  /** "part of its territory", "the parts of the Donbas"; not "a large part of their market". */
  private static boolean partOfLand(SentenceView s, int h) {
    if (!s.is(h + 1, "of")) {
      return false;
    }
    int end = Phrases.nounPhraseEnd(s, h + 2, s.size);
    return end > h + 2 && (s.isProperNoun(end - 1) || TerritoryWords.HEADS.contains(s.lower(end - 1))
        || WHOLES.contains(s.lower(end - 1)));
  }

  private static boolean isCompoundModifier(SentenceView s, int h) {
    if (s.parse != null) {
      return s.parse.relation(h).equals("compound") && s.parse.head(h) > h;
    }
    return h + 1 < s.size && s.isCommonNoun(h + 1);
  }

  private @Nullable Candidate candidate(SentenceView s, int h) {
    int left = Phrases.leftEdge(s, h, true);
    if (Phrases.GENERIC.contains(s.lower(left))) {
      return null;
    }
    List<Cue> cues = new ArrayList<>();
    boolean possessed = TerritoryWords.POSSESSED_HEADS.contains(s.lower(h));
    boolean national = TerritoryWords.NATIONAL_HEADS.contains(s.lower(h));
    for (int i = left; i < h; i++) {
      if (s.isCommonNoun(i)) {   // "land area"
        possessed |= TerritoryWords.POSSESSED_HEADS.contains(s.lower(i));
        national |= TerritoryWords.NATIONAL_HEADS.contains(s.lower(i));
      }
    }
    prenominal(s, left, h, h, possessed, national, cues);
    // "the parts of the Donbas", "two-thirds of its own territory", "the Thai side of the frontier".
    int head = h;
    int begin = left;
    if (left >= 2 && s.is(left - 1, "of") && TerritoryWords.PARTITIVES.contains(s.lower(left - 2))
        && (s.isCommonNoun(left - 2) || TerritoryWords.QUANTITIES.contains(s.lower(left - 2)))) {
      head = left - 2;
      begin = Phrases.leftEdge(s, head, true);
      if (Phrases.GENERIC.contains(s.lower(begin))) {
        return null;
      }
      boolean side = s.lower(head).equals("side") && TerritoryWords.BOUNDARIES.contains(s.lower(h));
      prenominal(s, begin, head, head, side, side, cues);
    }
    int clauseStart = -1;
    int end = h + 1;
    // After the noun: participles, "under ... control", relative clauses, "of" with a state.
    int[] clause = {-1, -1};
    postnominal(s, h, possessed, cues, clause);
    if (head != h) {
      postnominal(s, head, false, cues, clause);
    }
    if (clause[0] >= 0) {
      clauseStart = clause[0];
      end = Math.max(end, clause[1]);
    }
    governors.find(s, head, begin, end, cues);
    if (cues.isEmpty()) {
      return null;
    }
    end = Math.max(end, rightEdge(s, h, end));
    end = trimEnd(s, h + 1, end);
    return new Candidate(begin, end, head, TerritoryKind.DESCRIPTIVE, List.of(), cues, clauseStart);
  }

  // ---- before the noun

  /**
   * Cues among the modifiers {@code [from, to)} of {@code head}: possessors only when {@code
   * possessed} ("our waters"), nationality adjectives only when {@code national} ("Japanese
   * territory"), and neither across a name ("Thailand's Surin province", "the Indian Ocean
   * archipelago" name places, not claims).
   */
  private void prenominal(SentenceView s, int from, int to, int head, boolean possessed, boolean national,
      List<Cue> cues) {
    String headWord = s.lower(head);
    for (int i = from; i < to; i++) {
      String word = s.lower(i);
      if (s.isHyphen(i)) {
        continue;
      }
      // "Turkish-controlled", "rebel-held", "Israeli-occupied": the party before the hyphen.
      if (s.isHyphen(i + 1) && i + 2 < to + 1 && i + 2 < s.size) {
        Relation relation = TerritoryWords.hyphenCue(s.lower(i + 2));
        if (relation != null) {
          cues.add(new Cue(relation, i + 2, i, i + 1, vocabulary.countryOfAdjective(s.word(i))));
          i += 2;
          continue;
        }
      }
      Relation relation = TerritoryWords.cue(word);
      if (relation != null && (s.isAdjective(i) || s.tag(i).equals("VBN") || s.isNoun(i) || s.tag(i).equals("VBD"))) {
        cues.add(Cue.withoutAgent(relation, i));
        continue;
      }
      relation = TerritoryWords.headCue(word, headWord);
      if (relation != null) {
        cues.add(Cue.withoutAgent(relation, i));
        continue;
      }
      if (nameBetween(s, i + 1, head)) {
        continue;
      }
      String country = vocabulary.countryOfAdjective(s.word(i));
      if (country != null && national && (s.isAdjective(i) || s.isProperNoun(i))) {
        cues.add(new Cue(Relation.SOVEREIGN, i, i, i + 1, country));
        continue;
      }
      if (possessed && s.tag(i).equals("PRP$") && isStatePossessor(s, i)) {
        cues.add(new Cue(Relation.SOVEREIGN, i, i, i + 1, null));
        continue;
      }
      if (possessed && s.tag(i).equals("POS")) {
        int possessor = Phrases.possessorStart(s, i);
        if (possessor >= 0 && isParty(s, possessor, i)) {
          cues.add(new Cue(Relation.SOVEREIGN, i, possessor, i, null));
        }
      }
    }
  }

  /**
   * True for a possessive pronoun that can stand for a state or an armed party: "our" (the speaker's
   * side, which quotes leave unnamed), and "its" or "their" when the actor they refer to is no person
   * and no crowd ("the floods destroyed their land" is the farmers').
   */
  private static boolean isStatePossessor(SentenceView s, int i) {
    String word = s.lower(i);
    if (PERSONAL_POSSESSORS.contains(word)) {
      return false;
    }
    if (word.equals("our")) {
      return true;
    }
    ActorMention actor = s.actors.resolvePronoun(word, s.span(i, i + 1));
    if (actor == null || actor.kind() == ActorKind.PERSON) {
      return false;
    }
    ActorRole role = actor.role();
    return actor.kind() != ActorKind.GROUP || role == ActorRole.REB || role == ActorRole.GOV || role == ActorRole.MIL
        || role == ActorRole.OPP;
  }

  /** True when a proper noun stands in tokens {@code [from, to)}. */
  private static boolean nameBetween(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.isProperNoun(i)) {
        return true;
      }
    }
    return false;
  }

  /** True when tokens {@code [from, to)} name a state or other party the actor layer found. */
  private static boolean isParty(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) {
      ActorMention actor = s.actorAt(i);
      if (actor != null) {
        return true;
      }
    }
    return false;
  }

  // ---- after the noun

  private void postnominal(SentenceView s, int h, boolean possessed, List<Cue> cues, int[] clause) {
    int j = h + 1;
    while (j < s.size && s.tag(j).equals("RB")) {
      j++;
    }
    if (j >= s.size) {
      return;
    }
    // "territory claimed by Moscow", "Japanese land illegally occupied by Russia".
    Relation participle = TerritoryWords.cue(s.lower(j));
    String tag = s.tag(j);
    // "both regions occupied territory": a participle before a noun modifies that noun.
    boolean beforeNoun = j + 1 < s.size && s.isCommonNoun(j + 1);
    if (participle != null && !beforeNoun && (tag.equals("VBN") || tag.equals("VBD") || tag.equals("JJ"))) {
      boolean by = s.is(j + 1, "by");
      if (by || !TerritoryWords.needsAgent(s.lower(j))) {
        int agentEnd = by ? Phrases.nounPhraseEnd(s, j + 2, s.size) : j + 1;
        cues.add(by ? new Cue(participle, j, j + 2, agentEnd, null) : Cue.withoutAgent(participle, j));
        setClause(s, clause, j, Math.max(by ? agentEnd : j + 1, clauseEnd(s, j)));
        return;
      }
    }
    // "areas under Pakistani control", "land under the control of Hamas".
    if (s.is(h + 1, "under")) {
      for (int k = h + 2; k < s.size && k <= h + 6; k++) {
        String word = s.lower(k);
        if (UNDER_NOUNS.contains(word)) {
          Relation relation = word.equals("occupation") ? Relation.OCCUPY : Relation.CONTROL;
          if (s.is(k + 1, "of")) {
            int agentEnd = Phrases.nounPhraseEnd(s, k + 2, s.size);
            cues.add(new Cue(relation, k, k + 2, agentEnd, null));
            setClause(s, clause, h + 1, agentEnd);
          } else {
            cues.add(new Cue(relation, k, h + 2, k, countryIn(s, h + 2, k)));
            setClause(s, clause, h + 1, k + 1);
          }
          return;
        }
        if (s.isBoundary(k) || s.isVerb(k)) {
          break;
        }
      }
    }
    if (relativeClause(s, h, cues, clause)) {
      return;
    }
    // "a southern province of Serbia", "the territory of Ukraine".
    if (possessed && s.is(h + 1, "of")) {
      int ofEnd = Phrases.nounPhraseEnd(s, h + 2, s.size);
      for (int k = h + 2; k < ofEnd; k++) {
        ActorMention actor = s.actorAt(k);
        if (actor != null && actor.kind() == ActorKind.STATE) {
          cues.add(new Cue(Relation.SOVEREIGN, h + 1, h + 2, ofEnd, null));
          return;
        }
      }
    }
  }

  /** A nationality adjective among tokens {@code [from, to)} ("Pakistani"), as a country code. */
  private @Nullable String countryIn(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) {
      String country = vocabulary.countryOfAdjective(s.word(i));
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  /**
   * A relative clause with a verb of claim or control after the noun, with or without "that" or
   * "which", possibly after a prepositional phrase: "the territory it regained", "a sliver of land at
   * the foot of Mount Hermon that Lebanon claims and Israel has held", "The islets, which China, Japan
   * and Taiwan all claim". From the parse when the clause hangs on the noun, else from the tokens.
   */
  private boolean relativeClause(SentenceView s, int h, List<Cue> cues, int[] clause) {
    Dependencies parse = s.parse;
    if (parse != null) {
      for (int child : parse.children(h)) {
        String relation = parse.relation(child);
        if (child > h && (relation.startsWith("acl") || relation.equals("dep"))) {
          // "areas considered strategic" states no claim; "areas considered Chinese by Beijing" does.
          if (relation.equals("acl") && s.tag(child).equals("VBN") && TerritoryWords.needsAgent(s.lower(child))
              && parse.children(child, "obl:agent").isEmpty()) {
            continue;
          }
          int before = cues.size();
          clauseCues(s, parse, child, cues, 0, null);
          if (cues.size() > before) {
            int[] range = parse.subtree(child);
            int lastVerb = child;
            for (int c = before; c < cues.size(); c++) {
              lastVerb = Math.max(lastVerb, cues.get(c).word());
            }
            setClause(s, clause, range[0], Math.min(range[1] + 1, nextBoundary(s, lastVerb)));
            return true;
          }
        }
      }
    }
    return relativeFromTokens(s, h, cues, clause);
  }

  /** Verbs of claim or control in a clause's own verbs (the clause head, its conjuncts and reported clauses). */
  private void clauseCues(SentenceView s, Dependencies parse, int verb, List<Cue> cues, int depth,
      int @Nullable [] inherited) {
    Relation relation = TerritoryWords.cue(s.lower(verb));
    // The tagger may call a relative clause's verb a noun ("waters that Vietnam ... regard as their
    // own"); the parse still makes it the clause's head.
    boolean verbal = s.isVerb(verb) || depth == 0 && parse.relation(verb).equals("acl:relcl");
    int[] agent = GoverningCues.agentOf(s, parse, verb);
    if (agent[1] <= agent[0] && inherited != null) {
      agent = inherited;   // "which Madrid says was never ceded": the reporter's subject
    }
    if (relation != null && verbal && !hasOwnObject(s, parse, verb)) {
      agent = splitMisreadVerb(s, agent, cues);
      cues.add(new Cue(relation, verb, agent[0], agent[1], null));
    }
    if (depth >= 2) {
      return;
    }
    for (int child : parse.children(verb)) {
      String rel = parse.relation(child);
      if ((rel.equals("conj") || rel.equals("ccomp") || rel.equals("dep") || rel.equals("xcomp")) && s.isVerb(child)) {
        clauseCues(s, parse, child, cues, depth + 1, agent[1] > agent[0] ? agent : null);
      }
    }
  }

  /**
   * "that Lebanon claims and Israel has held": when the tagger reads "claims" as a noun, the parse
   * makes "Lebanon claims and Israel" the subject of "held". Gives the misread verb its own cue and
   * subject, and returns what is left of the subject.
   */
  private static int[] splitMisreadVerb(SentenceView s, int[] agent, List<Cue> cues) {
    for (int k = agent[0] + 1; k < agent[1]; k++) {
      Relation relation = TerritoryWords.cue(s.lower(k));
      if (relation != null && s.isCommonNoun(k) && s.isProperNoun(k - 1)) {
        cues.add(new Cue(relation, k, agent[0], k, null));
        int rest = k + 1;
        while (rest < agent[1] && (s.is(rest, "and") || s.is(rest, ","))) {
          rest++;
        }
        return new int[] {rest, agent[1]};
      }
    }
    return agent;
  }

  /**
   * True when a relative clause's verb has an object of its own, so the noun is not what it claims or
   * holds: "the city where the leaders held their first meeting", "the city that administers the
   * islands".
   */
  private static boolean hasOwnObject(SentenceView s, Dependencies parse, int verb) {
    if (TerritoryWords.WITH_COMPLEMENT.contains(s.lemma(verb))) {
      return false;
    }
    for (int child : parse.children(verb, "obj")) {
      String tag = s.tag(child);
      if (!tag.equals("WDT") && !tag.equals("WP") && !s.is(child, "that")) {
        return true;
      }
    }
    return false;
  }

  private boolean relativeFromTokens(SentenceView s, int h, List<Cue> cues, int[] clause) {
    int limit = Math.min(s.size, h + 30);
    int k = h + 1;
    for (int phrases = 0; phrases < 3 && k < limit; phrases++) {
      int p = k;
      if (DIRECTIONS.contains(s.lower(p)) && s.is(p + 1, "of")) {
        p++;
      }
      if (!s.isPreposition(p) || s.is(p, "by")) {
        break;
      }
      int e = Phrases.nounPhraseEnd(s, p + 1, limit);
      // "Russia's position on the four regions it has annexed": the clause is the regions'.
      if (e == p + 1 || TerritoryWords.HEADS.contains(s.lower(e - 1))) {
        break;
      }
      k = e;
    }
    boolean marker = false;
    if (s.is(k, ",") && k + 1 < limit && RELATIVE_MARKERS.contains(s.lower(k + 1))) {
      k++;
    }
    if (k < limit && RELATIVE_MARKERS.contains(s.lower(k)) && !s.tag(k).equals("DT")) {
      marker = true;
      k++;
    }
    int subjectBegin = k;
    int subjectEnd = Phrases.nounPhraseEnd(s, k, limit);
    if (subjectEnd == subjectBegin && !marker) {
      return false;
    }
    int verb;
    // The tagger may read "claims" in "that Lebanon claims" as a plural noun: give it back to the verb.
    if (subjectEnd - subjectBegin >= 2 && s.isCommonNoun(subjectEnd - 1)
        && TerritoryWords.cue(s.lower(subjectEnd - 1)) != null && s.isProperNoun(subjectEnd - 2)) {
      verb = subjectEnd - 1;
      subjectEnd--;
    } else {
      verb = skipAuxiliaries(s, subjectEnd, limit);
      if (verb >= limit || !s.isVerb(verb)) {
        return false;
      }
    }
    Relation relation = TerritoryWords.cue(s.lower(verb));
    if (relation == null && REPORTING.contains(s.lemma(verb)) && subjectEnd > subjectBegin) {
      int reported = skipAuxiliaries(s, verb + 1, limit);
      if (reported < limit && s.isVerb(reported) && TerritoryWords.cue(s.lower(reported)) != null) {
        verb = reported;
        relation = TerritoryWords.cue(s.lower(verb));
      }
    }
    if (relation == null) {
      return false;
    }
    // "the city that administers the islands": the verb has an object of its own.
    int next = verb + 1;
    if (next < s.size && !TerritoryWords.WITH_COMPLEMENT.contains(s.lemma(verb)) && (s.isNoun(next) || s.tag(next).equals("DT")
        || s.tag(next).equals("PRP$") || s.tag(next).equals("CD") || s.tag(next).equals("PRP"))) {
      return false;
    }
    int agentBegin = subjectBegin;
    int agentEnd = subjectEnd;
    if (agentEnd == agentBegin && s.is(verb + 1, "by")) {
      agentBegin = verb + 2;
      agentEnd = Phrases.nounPhraseEnd(s, agentBegin, s.size);
    }
    cues.add(new Cue(relation, verb, agentBegin, agentEnd, null));
    int clauseEnd = clauseEnd(s, verb);
    // "that Lebanon claims and Israel has held since 1967": a second verb of claim or control.
    for (int i = verb + 1; i < clauseEnd; i++) {
      if (s.is(i, "and") || s.is(i, "but")) {
        int second = Phrases.nounPhraseEnd(s, i + 1, clauseEnd);
        int secondVerb = skipAuxiliaries(s, second, clauseEnd);
        if (secondVerb < clauseEnd && s.isVerb(secondVerb)) {
          Relation secondRelation = TerritoryWords.cue(s.lower(secondVerb));
          if (secondRelation != null) {
            boolean ownSubject = second > i + 1;
            cues.add(new Cue(secondRelation, secondVerb, ownSubject ? i + 1 : agentBegin, ownSubject ? second : agentEnd,
                null));
            clauseEnd = Math.max(clauseEnd, clauseEnd(s, secondVerb));
          }
        }
        break;
      }
    }
    setClause(s, clause, marker ? subjectBegin - 1 : subjectBegin, clauseEnd);
    return true;
  }

  private static int skipAuxiliaries(SentenceView s, int from, int limit) {
    int i = from;
    while (i < limit) {
      String word = s.lower(i);
      if (GoverningCues.AUXILIARIES.contains(word) || s.tag(i).equals("MD") || s.tag(i).equals("RB")) {
        i++;
      } else if (TO_VERBS.contains(word) && s.is(i + 1, "to")) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Where the clause of a verb ends: at the parse's edge of its subtree, or after a few tokens without
   * one; never past the next punctuation, where a misparse would run on into the next clause.
   */
  private static int clauseEnd(SentenceView s, int verb) {
    int boundary = nextBoundary(s, verb);
    Dependencies parse = s.parse;
    if (parse != null) {
      return Math.min(ownEnd(parse, verb) + 1, boundary);
    }
    return Math.min(boundary, verb + CLAUSE_REACH + 1);
  }

  /** Clauses a parse may hang on a relative verb that belong to the sentence around it. */
  private static final ImmutableSet<String> OUTER_CLAUSES = ImmutableSet.of("advcl", "ccomp", "xcomp", "conj",
      "parataxis", "dep", "cc", "punct");

  /**
   * The last token of a verb's own clause: its objects, obliques and modifiers after it, but not
   * clauses the parse hangs on it ("the oil fields they control in the south | shut until ...").
   */
  private static int ownEnd(Dependencies parse, int verb) {
    return coreEnd(parse, verb, verb, 0);
  }

  /** The last token after {@code from} under {@code token}, through no clause or conjunct. */
  private static int coreEnd(Dependencies parse, int token, int from, int depth) {
    int last = token;
    if (depth > 12) {
      return last;
    }
    for (int child : parse.children(token)) {
      if (child > from && !OUTER_CLAUSES.contains(parse.relation(child))) {
        last = Math.max(last, coreEnd(parse, child, from, depth + 1));
      }
    }
    return last;
  }

  /** The first punctuation token after {@code from}, or the sentence's end. */
  private static int nextBoundary(SentenceView s, int from) {
    int i = from + 1;
    while (i < s.size && !s.isBoundary(i)) {
      i++;
    }
    return i;
  }

  private static void setClause(SentenceView s, int[] clause, int start, int end) {
    if (clause[0] < 0 || start < clause[0]) {
      clause[0] = start;
    }
    clause[1] = Math.max(clause[1], Math.min(end, s.size));
  }

  // ---- extent

  /**
   * The end of the phrase after its noun from the parse: prepositional, relative and participial
   * modifiers, but not coordinated phrases inside them ("a zone around the plant and the occupied
   * town of Enerhodar" is two references).
   */
  private static int rightEdge(SentenceView s, int h, int end) {
    Dependencies parse = s.parse;
    if (parse == null) {
      return phrasesAfter(s, h, end);
    }
    int right = end;
    for (int child : parse.children(h)) {
      if (child <= h) {
        continue;
      }
      String rel = parse.relation(child);
      if (rel.startsWith("nmod") || rel.startsWith("acl") || rel.equals("amod") || rel.equals("nummod")) {
        right = Math.max(right, coreEnd(parse, child, h, 0) + 1);
      }
    }
    return right;
  }

  /** Without a parse: short place phrases after the noun ("waters near the island of Vaindloo"). */
  private static int phrasesAfter(SentenceView s, int h, int end) {
    int k = Math.max(h + 1, end);
    if (k != h + 1) {
      return end;
    }
    for (int phrases = 0; phrases < 2 && k < s.size; phrases++) {
      int p = k;
      if (DIRECTIONS.contains(s.lower(p)) && s.is(p + 1, "of")) {
        p++;
      }
      if (!s.isPreposition(p) || !isPlacePreposition(s.lower(p))) {
        break;
      }
      int e = Phrases.nounPhraseEnd(s, p + 1, s.size);
      if (e == p + 1) {
        break;
      }
      k = e;
    }
    return k;
  }

  private static boolean isPlacePreposition(String word) {
    return word.equals("of") || word.equals("near") || word.equals("around") || word.equals("off")
        || word.equals("along") || word.equals("inside") || word.equals("within") || word.equals("in")
        || word.equals("between") || word.equals("beyond") || word.equals("at");
  }

  /** Drops punctuation, conjunctions and prepositions left dangling at the end of a phrase. */
  static int trimEnd(SentenceView s, int min, int end) {
    int e = Math.min(end, s.size);
    while (e > min) {
      int last = e - 1;
      String tag = s.tag(last);
      if (s.isBoundary(last) || tag.equals("CC") || tag.equals("IN") || tag.equals("TO") || tag.equals("DT")
          || tag.equals("WDT") || tag.equals("POS")) {
        e--;
      } else {
        break;
      }
    }
    return e;
  }
}
