package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.demarche.annotators.common.Dependencies;
import org.demarche.annotators.territories.TerritoryWords.Relation;

/**
 * Finds the cue that governs a phrase from outside it: a verb of claim or control whose object or
 * passive subject it is ("Spain disputes the waters around the Rock", "southern Syria be fully
 * demilitarised"), or a noun of sovereignty whose complement it is ("the occupation of the three
 * islands", "Japan's claim to the rocky islets"), with the party the cue names.
 */
final class GoverningCues {

  /** Words that may stand between a subject and its verb: auxiliaries, modals and common adverbs. */
  static final ImmutableSet<String> AUXILIARIES = ImmutableSet.of("has", "have", "had", "is", "are", "was",
      "were", "be", "been", "being", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
      "still", "now", "also", "all", "both", "never", "ever", "already", "long", "not", "n't", "illegally",
      "effectively", "formally", "de", "facto", "largely", "partly", "once", "since", "reportedly", "just");

  /** Verbs of loss: "the territory it lost" is land at stake, "they could lose a part of their market" is not. */
  private static final ImmutableSet<String> LOSS = ImmutableSet.of("lose", "loses", "lost", "losing");

  /** Heads that a verb of control takes in an everyday sense: "held its position". */
  private static final ImmutableSet<String> POSITIONS = ImmutableSet.of("position", "positions", "ground", "line");

  private final ActorVocabulary vocabulary;

  GoverningCues(ActorVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Adds the cue that governs the phrase of tokens {@code [begin, end)} headed by {@code head}: a verb
   * of claim or control whose object or passive subject it is ("disputes the waters around the Rock",
   * "controls about four-fifths of ...", "southern Syria be fully demilitarised"), or a noun of
   * sovereignty whose complement it is ("the occupation of the three islands", "sovereignty over its
   * southern provinces").
   */
  void find(SentenceView s, int head, int begin, int end, List<Cue> cues) {
    int before = cues.size();
    if (s.parse != null) {
      fromParse(s, s.parse, head, cues);
    }
    // A parse can miss what the words say plainly ("have since captured large areas" read as an
    // adjective): the tokens next to the phrase are asked too.
    if (cues.size() == before) {
      fromTokens(s, head, begin, end, cues);
    }
  }

  private void fromParse(SentenceView s, Dependencies parse, int head, List<Cue> cues) {
    int x = head;
    for (int steps = 0; steps < 3 && parse.relation(x).equals("conj") && parse.head(x) >= 0; steps++) {
      x = parse.head(x);
    }
    String relation = parse.relation(x);
    int governor = parse.head(x);
    if (governor < 0) {
      return;
    }
    Relation verb = TerritoryWords.cue(s.lower(governor));
    if (verb != null && s.isVerb(governor) && governs(verb, s.lower(governor), s.lower(head))
        && (relation.equals("obj") || relation.startsWith("nsubj:pass"))) {
      int[] agent = agentOf(s, parse, governor);
      cues.add(new Cue(verb, governor, agent[0], agent[1], null));
      return;
    }
    Relation noun = TerritoryWords.sovereigntyNoun(s.lower(governor));
    String preposition = parse.preposition(x);
    if (noun != null && s.isNoun(governor) && relation.startsWith("nmod") && preposition != null
        && (preposition.equals("over") || preposition.equals("to") || preposition.equals("of")
            || preposition.equals("on"))) {
      cues.add(possessorCue(s, noun, governor));
    }
  }

  private void fromTokens(SentenceView s, int head, int begin, int end, List<Cue> cues) {
    if (passiveSubject(s, end, cues)) {
      return;
    }
    int before = begin - 1;
    if (before < 0) {
      return;
    }
    Relation verb = TerritoryWords.cue(s.lower(before));
    // A participle right before the phrase that the phrase did not take as its modifier is a verb.
    if (verb != null && s.isVerb(before) && governs(verb, s.lower(before), s.lower(head))) {
      int agent = before - 1;
      while (agent >= 0 && (s.tag(agent).equals("RB") || s.tag(agent).equals("MD") || AUXILIARIES.contains(s.lower(agent)))) {
        agent--;
      }
      int agentBegin = agent >= 0 && s.actorAt(agent) != null ? agent : before;
      cues.add(new Cue(verb, before, agentBegin, agentBegin == before ? before : agent + 1, null));
      return;
    }
    if (s.isPreposition(before) && before >= 1) {
      String preposition = s.lower(before);
      Relation noun = TerritoryWords.sovereigntyNoun(s.lower(before - 1));
      if (noun != null && s.isNoun(before - 1) && (preposition.equals("over") || preposition.equals("to")
          || preposition.equals("of") || preposition.equals("on"))) {
        cues.add(possessorCue(s, noun, before - 1));
      }
    }
  }

  /**
   * Whether a verb makes its object land at stake. Not verbs of loss ("could lose a part of their
   * market"), not the police's "sealed off the area", and not holding a position in its everyday
   * sense ("the team held its position").
   */
  private static boolean governs(Relation relation, String verb, String head) {
    return !LOSS.contains(verb) && relation != Relation.RESTRICTED && !POSITIONS.contains(head);
  }

  /** Without a parse: "the islands were seized by Iran", "southern Syria be fully demilitarised". */
  private static boolean passiveSubject(SentenceView s, int end, List<Cue> cues) {
    int i = end;
    boolean passive = false;
    while (i < s.size && (s.tag(i).equals("MD") || s.tag(i).equals("RB") || AUXILIARIES.contains(s.lower(i)))) {
      passive |= s.lemma(i).equals("be");
      i++;
    }
    if (!passive || i >= s.size || !s.tag(i).equals("VBN")) {
      return false;
    }
    Relation relation = TerritoryWords.cue(s.lower(i));
    if (relation == null) {
      return false;
    }
    if (s.is(i + 1, "by")) {
      cues.add(new Cue(relation, i, i + 2, Phrases.nounPhraseEnd(s, i + 2, s.size), null));
    } else {
      cues.add(Cue.withoutAgent(relation, i));
    }
    return true;
  }

  /** A noun of sovereignty with its possessor as the party: "Japan's claim to ...", "any Turkish claim". */
  private Cue possessorCue(SentenceView s, Relation relation, int noun) {
    int left = Phrases.leftEdge(s, noun, false);
    for (int i = noun - 1; i >= left; i--) {
      if (s.tag(i).equals("POS")) {
        int possessor = Phrases.possessorStart(s, i);
        if (possessor >= 0) {
          return new Cue(relation, noun, possessor, i, null);
        }
      }
      if (s.tag(i).equals("PRP$")) {
        return new Cue(relation, noun, i, i + 1, null);
      }
      String country = vocabulary.countryOfAdjective(s.word(i));
      if (country != null) {
        return new Cue(relation, noun, i, i + 1, country);
      }
    }
    return Cue.withoutAgent(relation, noun);
  }

  /** The subject of a verb, or the agent of a passive one, as a token range. */
  static int[] agentOf(SentenceView s, Dependencies parse, int verb) {
    for (int child : parse.children(verb)) {
      String rel = parse.relation(child);
      if (rel.equals("nsubj") || rel.startsWith("obl:agent")) {
        int[] range = parse.subtree(child);
        int from = range[0];
        if (rel.startsWith("obl") && s.is(from, "by")) {
          from++;
        }
        return new int[] {from, range[1] + 1};
      }
    }
    int parent = parse.head(verb);
    if (parent >= 0 && parse.relation(verb).equals("conj")) {
      return agentOf(s, parse, parent);
    }
    return new int[] {verb, verb};
  }
}
