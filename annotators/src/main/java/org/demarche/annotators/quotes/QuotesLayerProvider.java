package org.demarche.annotators.quotes;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.demarche.core.Layer;
import org.demarche.core.spi.BaseAnnotator;
import org.demarche.core.spi.LayerAnnotatorProvider;
import org.demarche.core.spi.SentenceSelector;

/** Registers the quoted speech layer with {@link org.demarche.core.DemarchePipeline}. */
public final class QuotesLayerProvider implements LayerAnnotatorProvider {

  @Override
  public Layer layer() {
    return Layer.QUOTES;
  }

  @Override
  public Class<? extends Annotator> annotatorClass() {
    return QuotedSpeechAnnotator.class;
  }

  /** Speakers are resolved to the actor layer's actors. */
  @Override
  public Set<Layer> requiredLayers() {
    return Set.of(Layer.ACTORS);
  }

  @Override
  public Set<BaseAnnotator> baseAnnotators() {
    return EnumSet.of(BaseAnnotator.NER, BaseAnnotator.DEPPARSE);
  }

  /**
   * Only indirect speech needs the parse, and only where a reporting word is followed by a clause;
   * quotation marks, unmarked speech and attributions are read from the tokens.
   */
  @Override
  public SentenceSelector parseSelector(Properties properties) {
    QuoteOptions options = QuoteOptions.parse(Layer.QUOTES.annotatorName(), properties);
    return new ReportingSentenceSelector(ReportingLexicon.load(options.extraVerbs()));
  }
}
