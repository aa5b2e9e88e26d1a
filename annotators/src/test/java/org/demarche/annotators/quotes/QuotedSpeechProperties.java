package org.demarche.annotators.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.demarche.annotators.quotes.QuotationMarks.Quotation;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.Quote;
import org.demarche.core.testing.SharedPipelines;

/**
 * Generated news-like texts full of quotation marks, apostrophes, reporting clauses and paragraph
 * breaks, balanced or not: no such text makes the annotator throw, and its quotes always cover
 * their text, nest or stay apart, and come in order.
 */
class QuotedSpeechProperties {

  private static final List<String> PIECES = List.of(
      "the minister said", "he said,", "she told reporters", "officials said that", "adding,", "stating:",
      "we will not", "they have", "Russia's", "don't", "the '90s", "the allies'", "talks", "resumed",
      "\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u2039", "\u203A",
      ",", ".", "?", ":", "\n", "\n\n", "Putin", "Kyiv", "warned", "insisted that", "would", "never");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40).map(pieces -> String.join(" ", pieces));
  }

  @Property(tries = 100)
  void noTextThrowsAndQuotesStayConsistent(@ForAll("texts") String text) {
    AnnotatedDocument document = SharedPipelines.full().annotate(text);
    List<Quote> quotes = document.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      assertEquals(quote.span().coveredText(text), quote.text());
      if (i > 0) {
        assertTrue(quotes.get(i - 1).span().compareTo(quote.span()) <= 0, "out of order in: " + text);
      }
      for (Quote other : quotes) {
        assertTrue(quote.span().nestsWith(other.span()), () -> quote + " crosses " + other + " in: " + text);
      }
      if (quote.cueSpan() != null) {
        assertEquals(quote.cue(), quote.cueSpan().coveredText(text));
      }
    }
  }

  @Property(tries = 500)
  void quotationsNeverOverlapAndLieInTheText(@ForAll("texts") String text) {
    List<Quotation> quotations = QuotationMarks.scan(text);
    for (int i = 0; i < quotations.size(); i++) {
      Quotation quotation = quotations.get(i);
      assertTrue(quotation.open() < quotation.close() || quotation.open() + 1 == quotation.close() || !quotation.closed());
      assertTrue(quotation.content().fitsIn(text.length()), () -> quotation + " in: " + text);
      if (i > 0) {
        assertTrue(quotations.get(i - 1).close() < quotation.open(), () -> quotations + " in: " + text);
      }
    }
  }
}
