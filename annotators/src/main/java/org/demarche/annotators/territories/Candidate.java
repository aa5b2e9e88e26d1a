package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.demarche.core.TerritoryKind;
import org.jspecify.annotations.Nullable;

/**
 * A territorial reference found in a sentence, before overlaps are settled: tokens {@code [begin,
 * end)}, its head noun, its kind, the places it names and the cues it carries.
 *
 * @param head the token the phrase is about: the place name's last word, its category noun, or the
 *     territory noun of a descriptive reference
 * @param places the gazetteer places the phrase names, first the one it is about
 * @param clauseStart for a descriptive reference with a relative or participial clause, the clause's
 *     verb; a place named in a prepositional phrase after it is its own reference; -1 otherwise
 */
record Candidate(int begin, int end, int head, TerritoryKind kind, List<Place> places, List<Cue> cues,
    int clauseStart) {

  Candidate {
    places = ImmutableList.copyOf(places);
    cues = ImmutableList.copyOf(cues);
  }

  @Nullable Place place() {
    return places.isEmpty() ? null : places.get(0);
  }

  int length() {
    return end - begin;
  }

  boolean overlaps(Candidate other) {
    return begin < other.end && other.begin < end;
  }

  boolean contains(Candidate other) {
    return begin <= other.begin && other.end <= end;
  }

  Candidate withExtent(int newBegin, int newEnd) {
    return new Candidate(newBegin, newEnd, head, kind, places, cues, clauseStart);
  }

  Candidate withPlaces(List<Place> newPlaces) {
    return new Candidate(begin, end, head, kind, newPlaces, cues, clauseStart);
  }
}
