package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.demarche.annotators.territories.TerritoryWords.Relation;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRef;
import org.demarche.core.ActorRole;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * Reads claim and control off a reference: the parties its modifiers name, resolved through the actor
 * layer ("claimed by Moscow" → claimant RUS; "the parts of the Donbas it still holds" → "it" → the
 * state named before it), nationality adjectives ("Japanese territory" → JPN), and for a reference
 * that names a place, the gazetteer's entry.
 */
final class ClaimExtractor {

  /** What a reference says of claim and control. */
  record Claims(List<String> claimants, @Nullable String controller, @Nullable String status, List<ActorRef> actors) {}

  /** Which status wins when a phrase has several modifiers: the most specific first. */
  private static final List<Relation> PRIORITY = List.of(Relation.ANNEX, Relation.OCCUPY, Relation.SEIZE,
      Relation.CONTROL, Relation.REGAIN, Relation.CLAIM, Relation.SOVEREIGN, Relation.DISPUTE, Relation.CONTEST,
      Relation.BREAKAWAY, Relation.DEMILITARISED, Relation.RESTRICTED);

  private static final String CONTESTED = "CONTESTED";

  private final ActorVocabulary vocabulary;

  ClaimExtractor(ActorVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Claims of(SentenceView s, Candidate candidate) {
    Set<String> claimants = new LinkedHashSet<>();
    List<ActorRef> actors = new ArrayList<>();
    String controller = null;
    Relation strongest = null;
    for (Cue cue : candidate.cues()) {
      Relation relation = cue.relation();
      if (strongest == null || PRIORITY.indexOf(relation) < PRIORITY.indexOf(strongest)) {
        strongest = relation;
      }
      for (Party party : parties(s, cue)) {
        if (actors.stream().noneMatch(ref -> ref.span() != null && ref.span().equals(party.ref().span()))) {
          actors.add(party.ref());
        }
        if (party.code() == null) {
          continue;
        }
        if (relation.claims()) {
          claimants.add(party.code());
        }
        if (relation.controls() && controller == null) {
          controller = party.code();
        }
      }
    }
    String status = strongest == null ? null : strongest.status();
    List<Place> places = candidate.places();
    if (!places.isEmpty()) {
      for (Place place : places) {
        claimants.addAll(place.claimants());
      }
      if (controller == null) {
        controller = sharedController(places);
      }
      if (status == null) {
        status = places.stream().allMatch(place -> place.status().equals(places.get(0).status()))
            ? places.get(0).status() : CONTESTED;
      }
    }
    return new Claims(ImmutableList.copyOf(claimants), controller, status, ImmutableList.copyOf(actors));
  }

  private static @Nullable String sharedController(List<Place> places) {
    String controller = places.get(0).controller();
    for (Place place : places) {
      if (controller == null || !controller.equals(place.controller())) {
        return places.size() > 1 ? null : controller;
      }
    }
    return controller;
  }

  /** A party a modifier names, with its code when known. */
  private record Party(ActorRef ref, @Nullable String code) {}

  private List<Party> parties(SentenceView s, Cue cue) {
    if (!cue.hasAgent()) {
      return List.of();
    }
    Span span = s.span(cue.agentBegin(), cue.agentEnd());
    String text = span.coveredText(s.text);
    if (cue.agentCode() != null) {
      return List.of(new Party(new ActorRef(text, span, cue.agentCode(), vocabulary.countryName(cue.agentCode())),
          cue.agentCode()));
    }
    List<Party> parties = new ArrayList<>();
    for (ActorMention actor : s.actors.all()) {
      if (actor.span().begin() >= span.end()) {
        break;
      }
      if (span.contains(actor.span())) {
        parties.add(new Party(new ActorRef(actor.text(), actor.span(), actor.code(), actor.name()), codeOf(actor)));
      }
    }
    if (!parties.isEmpty()) {
      return parties;
    }
    if (cue.agentEnd() - cue.agentBegin() == 1) {
      String word = s.word(cue.agentBegin());
      ActorMention antecedent = s.actors.resolvePronoun(word, span);
      if (antecedent != null) {
        return List.of(new Party(new ActorRef(text, span, antecedent.code(), antecedent.name()), codeOf(antecedent)));
      }
      String country = vocabulary.countryOfAdjective(word);
      if (country != null) {
        return List.of(new Party(new ActorRef(text, span, country, vocabulary.countryName(country)), country));
      }
    }
    return List.of();
  }

  /**
   * The code a party claims or controls land under: the state for a government, its forces or its
   * seat ("Moscow" → RUS), the group itself for rebels ("the Houthis" → YEMREB), the organisation's
   * code otherwise.
   */
  private static String codeOf(ActorMention actor) {
    ActorRole role = actor.role();
    if (actor.country() != null && role != ActorRole.REB && role != ActorRole.OPP) {
      return actor.country();
    }
    return actor.code();
  }
}
