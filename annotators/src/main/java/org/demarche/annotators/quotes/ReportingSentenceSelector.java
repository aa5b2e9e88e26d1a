package org.demarche.annotators.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.demarche.annotators.quotes.ReportingLexicon.Entry;
import org.demarche.core.spi.SentenceSelector;

/**
 * Picks the sentences that can hold indirect speech: a reporting verb that takes a content clause,
 * or a reporting noun followed by "that", with a tensed verb or a "that" somewhere after it ("said
 * the talks had stalled", "his belief that ..."). A reporting verb that only closes its sentence
 * ("..., he said.") needs no parse.
 */
final class ReportingSentenceSelector implements SentenceSelector {

  private final ReportingLexicon lexicon;

  ReportingSentenceSelector(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public boolean needsParse(List<CoreLabel> tokens) {
    boolean reporting = false;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      String tag = token.tag();
      if (tag == null) {
        continue;
      }
      if (reporting && (isTensed(tag) || "that".equalsIgnoreCase(token.word()))) {
        return true;
      }
      if (!reporting) {
        Entry verb = lexicon.verbAt(tokens, i);
        if (verb != null && verb.takesClause()) {
          reporting = true;
        } else if (i + 1 < tokens.size() && lexicon.nounAt(tokens, i) != null
            && "that".equalsIgnoreCase(tokens.get(i + 1).word())) {
          reporting = true;
        }
      }
    }
    return false;
  }

  private static boolean isTensed(String tag) {
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
  }
}
