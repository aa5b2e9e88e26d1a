package org.demarche.annotators.territories;

import org.demarche.annotators.territories.TerritoryWords.Relation;
import org.jspecify.annotations.Nullable;

/**
 * A modifier of claim, control or dispute found with a territory noun, and the words in it that name
 * the party: "claimed by [Moscow]", "[Russia] has seized", "[Turkish]-controlled", "[its] territory".
 *
 * @param relation what the modifier says
 * @param word the token of the cue word (the verb, participle, adjective or noun)
 * @param agentBegin first token of the words that name the party
 * @param agentEnd end (exclusive) of those words; equal to {@code agentBegin} when the modifier names
 *     no party
 * @param agentCode the party's code when the words are a nationality adjective ("Japanese" → JPN)
 */
record Cue(Relation relation, int word, int agentBegin, int agentEnd, @Nullable String agentCode) {

  static Cue withoutAgent(Relation relation, int word) {
    return new Cue(relation, word, word, word, null);
  }

  boolean hasAgent() {
    return agentEnd > agentBegin;
  }
}
