package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.demarche.annotators.quotes.QuotationMarks.Quotation;
import org.demarche.core.ActorRef;
import org.demarche.core.Quote;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * Settles the finders' proposals into the layer's quotes: what stands between quotation marks is a
 * direct quote and nothing else, so reported speech found inside a quotation, or mostly made of
 * one, gives way to it; quotes end up nested or disjoint, never crossing, one per span, in span
 * order, with their speakers resolved.
 */
final class QuoteAssembler {

  private QuoteAssembler() {}

  static ImmutableList<Quote> assemble(DocumentView document, List<Finding> findings, SpeakerResolver speakers) {
    List<Finding> direct = new ArrayList<>();
    List<Finding> other = new ArrayList<>();
    for (Finding finding : findings) {
      (finding.kind() == QuoteKind.DIRECT ? direct : other).add(finding);
    }
    List<Finding> kept = new ArrayList<>(direct);
    for (Finding finding : other) {
      Finding settled = settle(document, finding);
      if (settled != null && !clashes(kept, settled.span())) {
        kept.add(settled);
      }
    }
    kept.sort(Comparator.comparing(Finding::span));
    ImmutableList.Builder<Quote> quotes = ImmutableList.builderWithExpectedSize(kept.size());
    for (Finding finding : kept) {
      quotes.add(toQuote(document.text, finding, speakers));
    }
    return quotes.build();
  }

  /** The finding moved clear of the quotations it crosses, or null when quotations make up most of it. */
  private static @Nullable Finding settle(DocumentView document, Finding finding) {
    Span span = finding.span();
    int quoted = 0;
    for (Quotation quotation : document.quotations) {
      Span marked = Span.of(quotation.open(), Math.min(quotation.close() + 1, document.text.length()));
      if (!marked.overlaps(span)) {
        continue;
      }
      if (marked.contains(span)) {
        return null;
      }
      if (span.contains(marked)) {
        quoted += marked.length();
      } else if (marked.begin() > span.begin()) {
        span = trimEnd(document.text, Span.of(span.begin(), marked.begin()));
      } else {
        span = trimStart(document.text, Span.of(marked.end(), span.end()));
      }
    }
    if (span.length() < 2 || quoted * 2 > span.length()) {
      return null;
    }
    return span.equals(finding.span()) ? finding : finding.withSpan(span);
  }

  private static Span trimEnd(String text, Span span) {
    int end = span.end();
    while (end > span.begin() && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return Span.of(span.begin(), end);
  }

  private static Span trimStart(String text, Span span) {
    int begin = span.begin();
    while (begin < span.end() && (Character.isWhitespace(text.charAt(begin)) || ",;:".indexOf(text.charAt(begin)) >= 0)) {
      begin++;
    }
    return Span.of(begin, span.end());
  }

  /** True when a kept quote has the same span or crosses it. */
  private static boolean clashes(List<Finding> kept, Span span) {
    for (Finding other : kept) {
      if (other.span().equals(span) || !other.span().nestsWith(span)) {
        return true;
      }
    }
    return false;
  }

  private static Quote toQuote(String text, Finding finding, SpeakerResolver speakers) {
    ActorRef speaker = finding.speaker() != null ? speakers.resolve(finding.speaker()) : finding.speakerRef();
    Phrase cue = finding.cue();
    Span cueSpan = cue == null ? null : cue.span();
    String cueText = cueSpan == null ? null : cueSpan.coveredText(text);
    return new Quote(finding.span(), finding.span().coveredText(text), finding.kind(), speaker, cueText, cueSpan);
  }
}
