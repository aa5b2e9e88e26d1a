package org.demarche.annotators.territories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.demarche.core.Span;
import org.demarche.core.TerritoryKind;
import org.demarche.core.TerritoryMention;

/**
 * Settles the overlaps between a sentence's named and descriptive candidates and builds the
 * mentions, none overlapping another:
 * <ul>
 *   <li>a named reference wins over a descriptive one about its own noun ("the Crimean peninsula,
 *       which it illegally annexed" is the named peninsula);
 *   <li>otherwise the longer phrase wins, and a place named inside it becomes its place when the
 *       phrase is a part of it ("the parts of the Donbas it still holds");
 *   <li>a reference in a prepositional phrase inside a descriptive reference's relative clause is a
 *       reference of its own, and the clause stops before it ("the positions they held before the
 *       clashes | in the Galwan valley", "the territory it controls | from the zone held by ...").
 * </ul>
 */
final class MentionAssembler {

  private final ClaimExtractor claims;

  MentionAssembler(ClaimExtractor claims) {
    this.claims = claims;
  }

  List<TerritoryMention> assemble(SentenceView s, List<Candidate> named, List<Candidate> descriptive) {
    List<Candidate> all = new ArrayList<>();
    for (Candidate candidate : descriptive) {
      boolean aboutNamed = named.stream().anyMatch(n -> n.kind() == TerritoryKind.NAMED && n.begin() <= candidate.head()
          && candidate.head() < n.end());
      // "the Georgian side of the administrative boundary line": land beside the named line, whose
      // name is the reference.
      boolean besideNamed = s.is(candidate.head(), "side") && named.stream().anyMatch(
          n -> n.kind() == TerritoryKind.NAMED && candidate.begin() <= n.begin() && n.end() <= candidate.end());
      if (!aboutNamed && !besideNamed) {
        all.add(candidate);
      }
    }
    all.addAll(named);
    all.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::begin));
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate candidate : all) {
      int at = firstOverlap(accepted, candidate);
      if (at < 0) {
        accepted.add(candidate);
        continue;
      }
      Candidate outer = accepted.get(at);
      if (!outer.contains(candidate) || outer.kind() != TerritoryKind.DESCRIPTIVE
          || candidate.places().isEmpty() && candidate.cues().isEmpty()) {
        continue;
      }
      if (outer.clauseStart() >= 0 && candidate.begin() > outer.clauseStart() && candidate.begin() > outer.head()
          && s.isPreposition(candidate.begin() - 1) && !complementAfter(s, outer.clauseStart(), candidate.begin())) {
        int end = DescriptiveReferenceFinder.trimEnd(s, outer.head() + 1, candidate.begin() - 1);
        accepted.set(at, outer.withExtent(outer.begin(), end));
        if (firstOverlap(accepted, candidate) < 0) {
          accepted.add(candidate);
        }
      } else if (outer.places().isEmpty() && !candidate.places().isEmpty()
          && (candidate.head() == outer.head() || isPartOf(s, outer, candidate))) {
        accepted.set(at, outer.withPlaces(candidate.places()));
      }
    }
    accepted.sort(Comparator.comparingInt(Candidate::begin));
    List<TerritoryMention> mentions = new ArrayList<>(accepted.size());
    for (Candidate candidate : accepted) {
      mentions.add(mention(s, candidate));
    }
    return mentions;
  }

  /** "an area that Pakistan considers to be on its side of the border": a complement, not an adjunct. */
  private static boolean complementAfter(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.isVerb(i) && TerritoryWords.WITH_COMPLEMENT.contains(s.lemma(i))) {
        return true;
      }
    }
    return false;
  }

  private static int firstOverlap(List<Candidate> accepted, Candidate candidate) {
    for (int i = 0; i < accepted.size(); i++) {
      if (accepted.get(i).overlaps(candidate)) {
        return i;
      }
    }
    return -1;
  }

  /** "the parts of the Donbas": only "of" (and the place's own determiner) between the head and the place. */
  private static boolean isPartOf(SentenceView s, Candidate outer, Candidate place) {
    int i = outer.head() + 1;
    if (!s.is(i, "of")) {
      return false;
    }
    return place.begin() == i + 1;
  }

  private TerritoryMention mention(SentenceView s, Candidate candidate) {
    Span span = s.span(candidate.begin(), candidate.end());
    Place place = candidate.place();
    ClaimExtractor.Claims found = claims.of(s, candidate);
    return new TerritoryMention(span, span.coveredText(s.text), candidate.kind(),
        place == null ? null : place.id(), place == null ? null : place.name(), place == null ? null : place.iso3166_2(),
        found.claimants(), found.controller(), found.status(), found.actors());
  }
}
