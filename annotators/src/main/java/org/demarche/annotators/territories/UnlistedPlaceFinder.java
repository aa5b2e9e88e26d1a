package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.demarche.annotators.common.Tokens;
import org.demarche.annotators.territories.TerritoryWords.Relation;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.TerritoryKind;
import org.jspecify.annotations.Nullable;

/**
 * Finds places the gazetteer does not list when the sentence makes them the object of claim or
 * control: a region of a state named by its direction ("demanded that southern Syria be fully
 * demilitarised" → descriptive, about SYR), and a place name that a verb or noun of claim or control
 * governs ("the rebels seized Uvira", "the annexation of Quneitra" → named, with no gazetteer entry).
 *
 * <p>Without such a cue a place outside the gazetteer is no territorial reference: most are scenes
 * ("talks in Geneva") or states acting as parties.
 */
final class UnlistedPlaceFinder {

  private static final ImmutableSet<String> DIRECTIONS = ImmutableSet.of("northern", "southern", "eastern", "western",
      "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
      "southeastern", "southwestern", "central");

  /** Cues that make a named place land at stake; "disputed" and "contested" verbs govern states too often. */
  private static final ImmutableSet<Relation> OF_PLACES = ImmutableSet.of(Relation.ANNEX, Relation.OCCUPY,
      Relation.SEIZE, Relation.CONTROL, Relation.REGAIN, Relation.CLAIM, Relation.SOVEREIGN, Relation.DEMILITARISED);

  private final GoverningCues governors;

  UnlistedPlaceFinder(GoverningCues governors) {
    this.governors = governors;
  }

  /** The unlisted places of the sentence; {@code taken[i]} is true for tokens of other references. */
  List<Candidate> find(SentenceView s, boolean[] taken) {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < s.size) {
      if (taken[i] || !s.isProperNoun(i) || !s.isCapitalized(i)) {
        i++;
        continue;
      }
      ActorMention actor = s.actorAt(i);
      if (actor != null) {
        int end = Tokens.indexAt(s.tokens, actor.span().end() - 1) + 1;
        @Nullable Candidate region = actor.kind() == ActorKind.STATE ? regionOfState(s, i, Math.max(end, i + 1), taken) : null;
        if (region != null) {
          found.add(region);
        }
        i = Math.max(end, i + 1);
        continue;
      }
      if (!s.ner(i).equals("LOCATION")) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < s.size && !taken[end] && s.isProperNoun(end) && s.ner(end).equals("LOCATION")) {
        end++;
      }
      Candidate place = governedPlace(s, i, end);
      if (place != null) {
        found.add(place);
      }
      i = end;
    }
    return found;
  }

  /** "southern Syria": a direction before a state, when a cue of claim or control governs the phrase. */
  private @Nullable Candidate regionOfState(SentenceView s, int begin, int end, boolean[] taken) {
    int direction = begin - 1;
    if (direction < 0 || taken[direction] || !DIRECTIONS.contains(s.word(direction))) {
      return null;
    }
    List<Cue> cues = new ArrayList<>();
    governors.find(s, end - 1, direction, end, cues);
    if (!governed(s, cues)) {
      return null;
    }
    cues.add(new Cue(Relation.SOVEREIGN, direction, begin, end, null));
    return new Candidate(direction, end, end - 1, TerritoryKind.DESCRIPTIVE, List.of(), cues, -1);
  }

  /** A place name outside the gazetteer that a cue of claim or control governs. */
  private @Nullable Candidate governedPlace(SentenceView s, int begin, int end) {
    List<Cue> cues = new ArrayList<>();
    int from = Phrases.leftEdge(s, begin, false);
    governors.find(s, end - 1, from, end, cues);
    if (!governed(s, cues)) {
      return null;
    }
    return new Candidate(from, end, end - 1, TerritoryKind.NAMED, List.of(), cues, -1);
  }

  /**
   * True when a cue of claim or control governs the phrase. "Control of" alone is not enough: parties
   * win "control of Istanbul" in elections; "the occupation of", "sovereignty over" and the verbs are.
   */
  private static boolean governed(SentenceView s, List<Cue> cues) {
    return cues.stream().anyMatch(cue -> OF_PLACES.contains(cue.relation())
        && !(cue.relation() == Relation.CONTROL && s.isNoun(cue.word())));
  }
}
