package org.demarche.annotators.territories;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.demarche.core.lexicon.TsvTable;
import org.jspecify.annotations.Nullable;

/**
 * The words of the actor layer's bundled lexicons that this layer reads as data: nationality
 * adjectives, which state sovereignty before a territory noun ("Japanese territory" → {@code JPN}),
 * and the nouns of titles and bodies, whose possessor acts as a party rather than names a place
 * ("Gibraltar's Chief Minister", "Kosovo's government").
 *
 * <p>The actor layer's mentions cannot answer these questions: it emits an adjective only as the
 * anchor of a title, and does not say which nouns are titles.
 */
final class ActorVocabulary {

  private static final String ACTORS = "/org/demarche/annotators/actors/";
  private static final Supplier<ActorVocabulary> BUNDLED = Suppliers.memoize(ActorVocabulary::load);

  private final ImmutableMap<String, String> adjectives;
  private final ImmutableMap<String, String> countryNames;
  private final ImmutableSet<String> partyNouns;

  private ActorVocabulary(ImmutableMap<String, String> adjectives, ImmutableMap<String, String> countryNames,
      ImmutableSet<String> partyNouns) {
    this.adjectives = adjectives;
    this.countryNames = countryNames;
    this.partyNouns = partyNouns;
  }

  /** The vocabulary of the bundled actor lexicons, read once. */
  static ActorVocabulary bundled() {
    return BUNDLED.get();
  }

  private static ActorVocabulary load() {
    TsvTable countries = TsvTable.readResource(ActorVocabulary.class, ACTORS + "countries.tsv",
        List.of("code", "name", "adjectives"));
    Map<String, String> adjectives = new HashMap<>();
    Map<String, String> countryNames = new HashMap<>();
    for (TsvTable.Row row : countries.rows()) {
      countryNames.putIfAbsent(row.get("code"), row.get("name"));
      for (String adjective : row.list("adjectives")) {
        adjectives.putIfAbsent(adjective, row.get("code"));
      }
    }
    TsvTable titles = TsvTable.readResource(ActorVocabulary.class, ACTORS + "titles.tsv", List.of("phrase", "role"));
    ImmutableSet.Builder<String> nouns = ImmutableSet.builder();
    for (TsvTable.Row row : titles.rows()) {
      String phrase = row.get("phrase");
      // Residents, civilians and refugees of a place belong to it; "head of state" is headed by "head".
      if (row.get("role").equals("CVL") || row.get("role").equals("REF") || phrase.contains(" of ")) {
        continue;
      }
      nouns.add(phrase.substring(phrase.lastIndexOf(' ') + 1));
    }
    nouns.add("independence", "sovereignty", "recognition", "membership", "constitution", "economy", "elections",
        "policy", "position", "stance", "demand", "demands", "decision", "proposal", "offer", "statement", "leadership",
        "authorities", "delegation", "envoy", "team", "relationship", "relations", "ties");
    return new ActorVocabulary(ImmutableMap.copyOf(adjectives), ImmutableMap.copyOf(countryNames), nouns.build());
  }

  /** The country code of a nationality adjective as written ("Japanese" → JPN), or null. */
  @Nullable String countryOfAdjective(String word) {
    return adjectives.get(word);
  }

  /** The canonical name of a country code ("JPN" → "Japan"), or null. */
  @Nullable String countryName(String code) {
    return countryNames.get(code);
  }

  /**
   * True for a noun whose possessor or "of" complement is a party: titles and bodies ("president",
   * "government", "troops") and what only a party has ("independence", "position").
   */
  boolean isPartyNoun(String lowerWord) {
    return partyNouns.contains(lowerWord);
  }
}
