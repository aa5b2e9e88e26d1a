package org.demarche.annotators.actors;

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

/** Registers the actor layer with {@link org.demarche.core.DemarchePipeline}. */
public final class ActorsLayerProvider implements LayerAnnotatorProvider {

  @Override
  public Layer layer() {
    return Layer.ACTORS;
  }

  @Override
  public Class<? extends Annotator> annotatorClass() {
    return NegotiationActorAnnotator.class;
  }

  @Override
  public Set<Layer> requiredLayers() {
    return Set.of();
  }

  @Override
  public Set<BaseAnnotator> baseAnnotators() {
    return EnumSet.of(BaseAnnotator.NER, BaseAnnotator.DEPPARSE);
  }

  /**
   * Only a seat of government ("Moscow", "the White House") needs the parse, whether it acts or only
   * names a place being read from its syntactic role; and only where its neighbours leave that open
   * ("in Moscow", "Moscow's", "Moscow rejected" do not).
   */
  @Override
  public SentenceSelector parseSelector(Properties properties) {
    ActorOptions options = ActorOptions.parse(Layer.ACTORS.annotatorName(), properties);
    ActorLexicon lexicon = ActorLexicon.load(options.extraLexicons());
    return tokens -> {
      List<String> words = null;
      for (int i = 0; i < tokens.size(); i++) {
        if (!Tokens.isCapitalized(tokens.get(i))) {
          continue;
        }
        if (words == null) {
          words = tokens.stream().map(CoreLabel::originalText).toList();
        }
        int length = lexicon.seatAt(words, i);
        if (length > 0 && !MetonymyClassifier.neighboursDecide(tokens, i, i + length)) {
          return true;
        }
      }
      return false;
    };
  }
}
