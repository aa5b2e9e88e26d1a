package org.demarche.annotators.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.demarche.annotators.common.Tokens;
import org.demarche.annotators.quotes.ReportingLexicon.Entry;
import org.demarche.core.spi.SentenceSelector;

/**
 * Picks the sentences whose indirect speech needs the parse to be read right.
 *
 * <p>Indirect speech is a reporting verb that takes a content clause directly followed by one (a
 * "that" or a tensed verb before any comma: "said on Monday the talks had stalled"), or a reporting
 * noun followed by "that" ("his belief that ..."). Verbs between quotation marks belong to a direct
 * quote and a reporting clause that only closes its sentence ("..., he said on Sunday, after ...")
 * has no content after it: both are read without a parse.
 *
 * <p>Of the rest, the plain cases read as well from the tokens as from the parse, and are left
 * unparsed: a tensed reporting verb after a plain noun phrase that starts its sentence or follows an
 * introductory phrase ("Qatar said ...", "In Algiers, a foreign ministry official said ..."), with a
 * content that runs to the end of the sentence without a comma. A noun's "that" clause (a complement
 * or a relative clause), a verb without a subject of its own (", adding that ...", "and warned that
 * ..."), a subject with asides ("Qatar, which hosts the talks, said ...") and a content with commas
 * (where it ends depends on what its parts hang from) need the parse.
 */
final class ReportingSentenceSelector implements SentenceSelector {

  private final ReportingLexicon lexicon;

  ReportingSentenceSelector(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public boolean needsParse(List<CoreLabel> tokens) {
    boolean quoted = false;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (isMark(token)) {
        quoted = !quoted;
        continue;
      }
      if (quoted || token.tag() == null) {
        continue;
      }
      if (i + 1 < tokens.size() && lexicon.nounAt(tokens, i) != null && "that".equals(Tokens.lower(tokens.get(i + 1)))) {
        return true;
      }
      Entry verb = lexicon.verbAt(tokens, i);
      if (verb != null && verb.takesClause() && clauseFollows(tokens, i + 1)
          && !(tensed(tokens, i) && plainSubjectBefore(tokens, i) && noCommaAfter(tokens, i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean tensed(List<CoreLabel> tokens, int verb) {
    String tag = tokens.get(verb).tag();
    if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
      return true;
    }
    return tag.equals("VBN") && verb > 0 && Tokens.lemma(tokens.get(verb - 1)).equals("have");
  }

  /** Only a noun phrase between the verb and the sentence start or an introductory phrase's comma. */
  private static boolean plainSubjectBefore(List<CoreLabel> tokens, int verb) {
    int j = verb - 1;
    while (j >= 0 && (tag(tokens, j).startsWith("RB") || tag(tokens, j).equals("MD")
        || Tokens.lemma(tokens.get(j)).equals("have") || Tokens.lemma(tokens.get(j)).equals("do"))) {
      j--;
    }
    int end = j;
    for (; j >= 0; j--) {
      CoreLabel token = tokens.get(j);
      String tag = tag(tokens, j);
      if (token.word().equals(",")) {
        return j < end;
      }
      boolean nounWord = tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("PRP")
          || tag.equals("PRP$") || tag.equals("POS") || tag.equals("CD") || tag.equals("HYPH") || tag.equals("PDT");
      boolean inner = tag.equals("IN") && j > 0 && j < end
          || tag.equals("CC") && j > 0 && j < end && tag(tokens, j - 1).startsWith("NN") && tag(tokens, j + 1).startsWith("NN");
      if (!nounWord && !inner) {
        return false;
      }
    }
    return end >= 0;
  }

  private static boolean noCommaAfter(List<CoreLabel> tokens, int from) {
    for (int j = from; j < tokens.size(); j++) {
      String word = tokens.get(j).word();
      if (word.equals(",") || word.equals(";") || word.equals(":")) {
        return false;
      }
    }
    return true;
  }

  private static String tag(List<CoreLabel> tokens, int i) {
    String tag = tokens.get(i).tag();
    return tag == null ? "" : tag;
  }

  /** A "that" or a tensed verb after the reporting verb, before a comma or a quotation mark. */
  private static boolean clauseFollows(List<CoreLabel> tokens, int from) {
    for (int j = from; j < tokens.size(); j++) {
      CoreLabel token = tokens.get(j);
      String word = token.word();
      if (word.equals(",") || isMark(token)) {
        return false;
      }
      String tag = token.tag();
      if ("that".equalsIgnoreCase(word) || tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")
          || tag.equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMark(CoreLabel token) {
    String text = token.originalText();
    return text.length() == 1 && QuotationMarks.isMark(text.charAt(0)) && !"POS".equals(token.tag());
  }
}
