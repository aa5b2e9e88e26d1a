package org.demarche.annotators.demands;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.demarche.annotators.common.Tokens;
import org.demarche.core.Layer;
import org.demarche.core.spi.BaseAnnotator;
import org.demarche.core.spi.LayerAnnotatorProvider;
import org.demarche.core.spi.SentenceSelector;

/** Registers the demand layer with {@link org.demarche.core.DemarchePipeline}. */
public final class DemandsLayerProvider implements LayerAnnotatorProvider {

  /** Words that can open a conditional construction; only sentences with one need a parse. */
  private static final Set<String> CONNECTIVE_WORDS = ImmutableSet.of("if", "unless", "until", "till", "once",
      "provided", "providing", "condition", "exchange", "return", "otherwise", "long", "when", "after", "should",
      "face", "else");

  @Override
  public Layer layer() {
    return Layer.DEMANDS;
  }

  @Override
  public Class<? extends Annotator> annotatorClass() {
    return ConditionalDemandAnnotator.class;
  }

  @Override
  public Set<Layer> requiredLayers() {
    return Set.of(Layer.ACTORS);
  }

  @Override
  public Set<BaseAnnotator> baseAnnotators() {
    return EnumSet.of(BaseAnnotator.NER, BaseAnnotator.DEPPARSE);
  }

  @Override
  public SentenceSelector parseSelector(Properties properties) {
    return DemandsLayerProvider::mayHoldCondition;
  }

  private static boolean mayHoldCondition(List<CoreLabel> tokens) {
    boolean only = false;
    for (CoreLabel token : tokens) {
      String word = Tokens.lower(token);
      if (word.equals("only")) {
        only = true;
      } else if ((word.equals("when") || word.equals("after")) && only
          || !word.equals("when") && !word.equals("after") && CONNECTIVE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
