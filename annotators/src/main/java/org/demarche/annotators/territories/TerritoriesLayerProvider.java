package org.demarche.annotators.territories;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.demarche.core.Layer;
import org.demarche.core.spi.BaseAnnotator;
import org.demarche.core.spi.LayerAnnotatorProvider;
import org.demarche.core.spi.SentenceSelector;

/** Registers the territory layer with {@link org.demarche.core.DemarchePipeline}. */
public final class TerritoriesLayerProvider implements LayerAnnotatorProvider {

  @Override
  public Layer layer() {
    return Layer.TERRITORIES;
  }

  @Override
  public Class<? extends Annotator> annotatorClass() {
    return TerritorialReferenceAnnotator.class;
  }

  /** The claimant in "claimed by Moscow" and the "it" in "the parts it still holds" come from the actor layer. */
  @Override
  public Set<Layer> requiredLayers() {
    return Set.of(Layer.ACTORS);
  }

  @Override
  public Set<BaseAnnotator> baseAnnotators() {
    return EnumSet.of(BaseAnnotator.NER, BaseAnnotator.DEPPARSE);
  }

  /**
   * Only sentences with a territory noun and a word of claim, control or dispute: the relative and
   * participial clauses of descriptive references are read from the parse.
   */
  @Override
  public SentenceSelector parseSelector(Properties properties) {
    TerritoryOptions.parse(Layer.TERRITORIES.annotatorName(), properties);
    return TerritoryParseSelector.INSTANCE;
  }
}
