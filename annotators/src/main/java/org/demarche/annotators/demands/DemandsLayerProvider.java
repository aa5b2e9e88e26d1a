package org.demarche.annotators.demands;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.demarche.core.Layer;
import org.demarche.core.spi.BaseAnnotator;
import org.demarche.core.spi.LayerAnnotatorProvider;
import org.demarche.core.spi.SentenceSelector;

/** Registers the demand layer with {@link org.demarche.core.DemarchePipeline}. */
public final class DemandsLayerProvider implements LayerAnnotatorProvider {

  private static final ConnectiveFinder CONNECTIVES = new ConnectiveFinder();

  @Override
  public Layer layer() {
    return Layer.DEMANDS;
  }

  @Override
  public Class<? extends Annotator> annotatorClass() {
    return ConditionalDemandAnnotator.class;
  }

  /** The actor layer names the parties; the quote layer says who speaks when a demand is quoted. */
  @Override
  public Set<Layer> requiredLayers() {
    return Set.of(Layer.ACTORS, Layer.QUOTES);
  }

  @Override
  public Set<BaseAnnotator> baseAnnotators() {
    return EnumSet.of(BaseAnnotator.NER, BaseAnnotator.DEPPARSE);
  }

  @Override
  public SentenceSelector parseSelector(Properties properties) {
    return DemandsLayerProvider::mayHoldCondition;
  }

  /** Only sentences with a connective need a parse: the same finder the annotator uses decides. */
  private static boolean mayHoldCondition(List<CoreLabel> tokens) {
    return !CONNECTIVES.find(tokens).isEmpty();
  }
}
