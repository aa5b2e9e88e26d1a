package org.demarche.core.testlayer;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.demarche.core.ActorMention;
import org.demarche.core.DemarcheAnnotations;
import org.demarche.core.Quote;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;

/**
 * Core's second test layer: text between straight double quotes is a direct quote, its speaker the
 * nearest actor before it. It reads the actor layer, so the pipeline must order the two.
 */
public final class StraightQuoteAnnotator implements Annotator {

  public StraightQuoteAnnotator(String name, Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ActorMention> actors = annotation.get(DemarcheAnnotations.ActorsAnnotation.class);
    List<Quote> quotes = new ArrayList<>();
    int open = text.indexOf('"');
    while (open >= 0) {
      int close = text.indexOf('"', open + 1);
      if (close < 0) {
        break;
      }
      Span span = Span.of(open + 1, close);
      ActorMention speaker = null;
      for (ActorMention actor : actors) {
        if (actor.span().end() <= open) {
          speaker = actor;
        }
      }
      quotes.add(new Quote(span, span.coveredText(text), QuoteKind.DIRECT,
          speaker == null ? null : speaker.toRef(), null, null));
      open = text.indexOf('"', close + 1);
    }
    annotation.set(DemarcheAnnotations.QuotesAnnotation.class, ImmutableList.copyOf(quotes));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(DemarcheAnnotations.ActorsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(DemarcheAnnotations.QuotesAnnotation.class);
  }
}
