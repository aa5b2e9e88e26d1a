package org.demarche.core.testlayer;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.demarche.core.Layer;
import org.demarche.core.spi.BaseAnnotator;
import org.demarche.core.spi.LayerAnnotatorProvider;
import org.demarche.core.spi.SentenceSelector;

/** Service registrations of core's test layers (kept out of the published test-jar). */
public final class TestLayerProviders {

  private TestLayerProviders() {}

  /** The NER-based test actor layer. */
  public static final class Actors implements LayerAnnotatorProvider {
    @Override
    public Layer layer() {
      return Layer.ACTORS;
    }

    @Override
    public Class<? extends Annotator> annotatorClass() {
      return NamedEntityActorAnnotator.class;
    }

    @Override
    public Set<Layer> requiredLayers() {
      return Set.of();
    }

    @Override
    public Set<BaseAnnotator> baseAnnotators() {
      return EnumSet.of(BaseAnnotator.NER);
    }
  }

  /** The straight-quote test layer; it asks for parses of sentences holding a quotation mark. */
  public static final class Quotes implements LayerAnnotatorProvider {
    @Override
    public Layer layer() {
      return Layer.QUOTES;
    }

    @Override
    public Class<? extends Annotator> annotatorClass() {
      return StraightQuoteAnnotator.class;
    }

    @Override
    public Set<Layer> requiredLayers() {
      return Set.of(Layer.ACTORS);
    }

    @Override
    public Set<BaseAnnotator> baseAnnotators() {
      return EnumSet.of(BaseAnnotator.DEPPARSE);
    }

    @Override
    public SentenceSelector parseSelector(Properties properties) {
      return tokens -> tokens.stream().anyMatch(token -> token.originalText().contains("\""));
    }
  }
}
