package org.demarche.annotators.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.demarche.annotators.quotes.QuotationMarks.Quotation;
import org.jspecify.annotations.Nullable;

/**
 * A document as the quote finders read it: its text, its non-empty sentences with their paragraph
 * numbers, and the stretches of it that stand between quotation marks.
 *
 * <p>Built per document by the thread annotating it; not shared.
 */
final class DocumentView {

  final String text;
  final List<Sentence> sentences;
  /** Every outermost quotation, scare quotes included: speech inside them is never reported speech. */
  final List<Quotation> quotations;

  private DocumentView(String text, List<Sentence> sentences, List<Quotation> quotations) {
    this.text = text;
    this.sentences = sentences;
    this.quotations = quotations;
  }

  static DocumentView of(String text, @Nullable List<CoreMap> coreSentences) {
    List<Sentence> sentences = new ArrayList<>();
    if (coreSentences != null) {
      int paragraph = 0;
      int scanned = 0;
      for (CoreMap core : coreSentences) {
        List<CoreLabel> tokens = core.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.isEmpty()) {
          continue;
        }
        int begin = tokens.get(0).beginPosition();
        for (int i = Math.max(scanned, 0); i < begin && i < text.length(); i++) {
          if (text.charAt(i) == '\n') {
            paragraph++;
            // A blank line is one paragraph break, not two.
            while (i + 1 < begin && Character.isWhitespace(text.charAt(i + 1))) {
              i++;
            }
          }
        }
        scanned = Math.max(scanned, tokens.get(tokens.size() - 1).endPosition());
        sentences.add(new Sentence(sentences.size(), core, tokens, paragraph, text));
      }
    }
    return new DocumentView(text, sentences, QuotationMarks.scan(text));
  }

  /** The quotation whose content or marks contain {@code offset}, or null. */
  @Nullable Quotation quotationAt(int offset) {
    int low = 0;
    int high = quotations.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Quotation quotation = quotations.get(mid);
      if (quotation.close() < offset) {
        low = mid + 1;
      } else if (quotation.open() > offset) {
        high = mid - 1;
      } else {
        return quotation;
      }
    }
    return null;
  }

  /** True when the token lies between quotation marks (or is one of them). */
  boolean quoted(Sentence sentence, int token) {
    return quotationAt(sentence.token(token).beginPosition()) != null;
  }

  /** True when any of the tokens {@code [from, to)} lies between quotation marks. */
  boolean anyQuoted(Sentence sentence, int from, int to) {
    if (from >= to) {
      return false;
    }
    int begin = sentence.token(from).beginPosition();
    int end = sentence.token(to - 1).endPosition();
    for (Quotation quotation : quotations) {
      if (quotation.open() < end && begin <= quotation.close()) {
        return true;
      }
    }
    return false;
  }

  /** The sentence that contains {@code offset}, or the last one starting before it; -1 if none. */
  int sentenceAt(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    int best = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (sentences.get(mid).begin() <= offset) {
        best = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return best;
  }
}
