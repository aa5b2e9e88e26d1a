package org.demarche.annotators.territories;

import java.util.ArrayList;
import java.util.List;
import org.demarche.annotators.territories.Gazetteer.Name;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.Span;
import org.demarche.core.TerritoryKind;
import org.demarche.core.lexicon.PhraseMatcher.Match;

/**
 * Turns gazetteer matches into named references with the extent of their noun phrase: a leading
 * "the", possessor and modifiers ("the Israeli-occupied Golan Heights", "Armenia's Syunik province"),
 * a category noun after the name ("the Galwan valley"), names that share one ("the Kherson and
 * Zaporizhzhia regions"), an adjective form with its noun ("the Crimean peninsula"), and a category
 * before the name ("the breakaway region of Transnistria"; "the parts of the Donbas" is descriptive).
 *
 * <p>A name that acts as a party, names only the scene of an event or modifies another noun is not a
 * territorial reference (see {@link PlaceRoles}).
 */
final class NamedReferenceFinder {

  private final PlaceRoles roles;

  NamedReferenceFinder(PlaceRoles roles) {
    this.roles = roles;
  }

  /** The named references of the sentence, from its gazetteer matches (left to right, not overlapping). */
  List<Candidate> find(SentenceView s, List<Match<Name>> matches) {
    List<Candidate> found = new ArrayList<>();
    int m = 0;
    // Coordinated names share their role: "the people of Kinmen and Matsu have lived ...".
    int previousEnd = -1;
    PlaceRoles.Role previousRole = null;
    while (m < matches.size()) {
      Match<Name> match = matches.get(m);
      Name name = preferred(match);
      List<Place> places = new ArrayList<>();
      places.add(name.place());
      int coreBegin = match.tokenBegin();
      int coreEnd = match.tokenEnd();
      int next = m + 1;
      // "the Kherson and Zaporizhzhia regions": names that share a plural category noun.
      int last = coreEnd;
      List<Place> coordinated = new ArrayList<>();
      int n = next;
      while (n < matches.size() && isCoordinator(s, last, matches.get(n).tokenBegin())) {
        coordinated.add(preferred(matches.get(n)).place());
        last = matches.get(n).tokenEnd();
        n++;
      }
      int head;
      int shared = coordinated.isEmpty() ? sharedCategoryAfterOtherNames(s, coreEnd) : -1;
      if (!coordinated.isEmpty() && last < s.size && isCategory(s, last) && s.isPlural(last)) {
        places.addAll(coordinated);
        coreEnd = last + 1;
        head = last;
        next = n;
      } else if (shared >= 0) {
        // "the Kharkiv and Sumy regions": the other name is not in the gazetteer.
        coreEnd = shared + 1;
        head = shared;
      } else if (coreEnd < s.size && isCategory(s, coreEnd) && !endsWithCategory(s, coreBegin, coreEnd)) {
        head = coreEnd;
        coreEnd++;
      } else if (name.adjective()) {
        m = next;
        continue;
      } else {
        head = coreEnd - 1;
      }
      m = next;
      if (insideOrganization(s, coreBegin, coreEnd)) {
        continue;
      }
      Candidate candidate = withCategoryBefore(s, Phrases.leftEdge(s, coreBegin, false), coreEnd, head, places);
      PlaceRoles.Role role = previousRole != null && isCoordinator(s, previousEnd, candidate.begin())
          ? previousRole : roles.of(s, candidate.begin(), candidate.end(), candidate.head());
      if (role == PlaceRoles.Role.TERRITORY) {
        found.add(candidate);
      }
      previousEnd = candidate.end();
      previousRole = role;
    }
    return found;
  }

  /** The name rather than the adjective, when a string is both ("Karabakh"). */
  private static Name preferred(Match<Name> match) {
    for (Name name : match.values()) {
      if (!name.adjective()) {
        return name;
      }
    }
    return match.values().get(0);
  }

  /** "X and Y", "X, Y and Z", "X or Y": only a comma, a conjunction or both between two names. */
  private static boolean isCoordinator(SentenceView s, int from, int to) {
    int length = to - from;
    if (from < 0) {
      return false;
    }
    if (length == 1) {
      return s.is(from, "and") || s.is(from, "or") || s.is(from, ",");
    }
    return length == 2 && s.is(from, ",") && (s.is(from + 1, "and") || s.is(from + 1, "or"));
  }

  /**
   * The plural category noun that a name shares with names the gazetteer does not know ("Kharkiv |
   * and Sumy regions"), or -1.
   */
  private static int sharedCategoryAfterOtherNames(SentenceView s, int from) {
    int i = from;
    if (!(s.is(i, "and") || s.is(i, ",") || s.is(i, "or"))) {
      return -1;
    }
    i++;
    int names = 0;
    while (i < s.size && names < 4 && s.isProperNoun(i) && s.isCapitalized(i)) {
      i++;
      names++;
    }
    return names > 0 && i < s.size && isCategory(s, i) && s.isPlural(i) ? i : -1;
  }

  /** "East China Sea": a name that ends with its own category, so a noun after it is another thing. */
  private static boolean endsWithCategory(SentenceView s, int begin, int end) {
    return end - begin > 1 && TerritoryWords.CATEGORIES.contains(s.lower(end - 1));
  }

  /** A lower-case category noun right after the name: "valley", "islands", "region". */
  private static boolean isCategory(SentenceView s, int i) {
    return s.isCommonNoun(i) && !s.isCapitalized(i) && TerritoryWords.CATEGORIES.contains(s.lower(i));
  }

  /**
   * "the disputed town of Badme", "the summit of Mount Hermon": a category noun with "of" before the
   * name makes one named reference; a part ("the parts of the Donbas") or a plural ("the provinces
   * of ...") makes a descriptive one about the place.
   */
  private static Candidate withCategoryBefore(SentenceView s, int begin, int end, int head, List<Place> places) {
    int of = begin - 1;
    if (of >= 1 && s.is(of, "of") && s.isCommonNoun(of - 1) && !s.isCapitalized(of - 1)) {
      int outer = of - 1;
      String word = s.lower(outer);
      boolean part = TerritoryWords.PARTITIVES.contains(word);
      // "the Georgian side of the administrative boundary line" is land beside the line, not part of it.
      if ((part || TerritoryWords.CATEGORIES.contains(word)) && !word.equals("side")) {
        TerritoryKind kind = part || s.isPlural(outer) ? TerritoryKind.DESCRIPTIVE : TerritoryKind.NAMED;
        return new Candidate(Phrases.leftEdge(s, outer, true), end, outer, kind, places, List.of(), -1);
      }
    }
    return new Candidate(begin, end, head, TerritoryKind.NAMED, places, List.of(), -1);
  }

  /** A name inside the name of an organisation or group the actor layer found ("UN Peacekeeping Force in Cyprus"). */
  private static boolean insideOrganization(SentenceView s, int begin, int end) {
    Span span = s.span(begin, end);
    for (ActorMention actor : s.actors.all()) {
      if (actor.span().begin() > span.end()) {
        break;
      }
      if ((actor.kind() == ActorKind.ORGANIZATION || actor.kind() == ActorKind.GROUP) && actor.span().contains(span)
          && actor.span().length() > span.length()) {
        return true;
      }
    }
    return false;
  }
}
