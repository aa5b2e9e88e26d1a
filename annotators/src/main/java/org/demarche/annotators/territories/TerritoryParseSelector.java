package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.demarche.core.spi.SentenceSelector;

/**
 * Picks the sentences whose descriptive references need a parse: those with a territory noun and a
 * word of claim, control or dispute ("territory claimed by Moscow", "the regions it has annexed").
 * Named references take their extent from the tokens and need no parse.
 *
 * <p>Reads each token's word and lemma as the tagger left them, without case folding, so that the
 * check allocates nothing: a capitalised cue at the start of a sentence is found through its lemma.
 */
final class TerritoryParseSelector implements SentenceSelector {

  static final TerritoryParseSelector INSTANCE = new TerritoryParseSelector();

  private static final ImmutableSet<String> HEADS = ImmutableSet.<String>builder()
      .addAll(TerritoryWords.HEADS).add("water").build();

  private TerritoryParseSelector() {}

  @Override
  public boolean needsParse(List<CoreLabel> tokens) {
    boolean head = false;
    boolean cue = false;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      String word = token.word();
      String lemma = token.lemma();
      if (!head && (HEADS.contains(word) || lemma != null && HEADS.contains(lemma))) {
        head = true;
      }
      if (!cue && (TerritoryWords.isSelectorCue(word) || lemma != null && TerritoryWords.isSelectorCue(lemma))) {
        cue = true;
      }
      if (head && cue) {
        return true;
      }
    }
    return false;
  }
}
