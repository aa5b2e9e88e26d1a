package org.demarche.annotators.territories;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.demarche.core.spi.SentenceSelector;

/**
 * Picks the sentences whose descriptive references need a parse: those with a territory noun and a
 * word of claim, control or dispute ("territory claimed by Moscow", "the regions it has annexed").
 * Named references take their extent from the tokens and need no parse.
 *
 * <p>Reads each token as written, in lower case or capitalised, so that the check folds no case and
 * allocates nothing. The annotator asks the same question of the same words, so it reads exactly the
 * parses this selector asked for, whatever other layers share the pipeline.
 */
final class TerritoryParseSelector implements SentenceSelector {

  static final TerritoryParseSelector INSTANCE = new TerritoryParseSelector();

  private TerritoryParseSelector() {}

  @Override
  public boolean needsParse(List<CoreLabel> tokens) {
    boolean head = false;
    boolean cue = false;
    for (int i = 0; i < tokens.size() && !(head && cue); i++) {
      String written = tokens.get(i).originalText();
      head |= TerritoryWords.isWrittenHead(written);
      cue |= TerritoryWords.isWrittenCue(written);
    }
    return head && cue;
  }

  /** The same decision over words already read from the tokens. */
  static boolean needsParse(String[] written) {
    boolean head = false;
    boolean cue = false;
    for (int i = 0; i < written.length && !(head && cue); i++) {
      head |= TerritoryWords.isWrittenHead(written[i]);
      cue |= TerritoryWords.isWrittenCue(written[i]);
    }
    return head && cue;
  }
}
