package org.demarche.annotators.actors;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
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
   * Only a seat of government ("Moscow", "the White House") needs the parse: whether it acts or only
   * names a place is read from its syntactic role.
   */
  @Override
  public SentenceSelector parseSelector(Properties properties) {
    ActorOptions options = ActorOptions.parse(Layer.ACTORS.annotatorName(), properties);
    ImmutableSet<String> seatWords = ActorLexicon.load(options.extraLexicons()).seatWords();
    return tokens -> {
      for (int i = 0; i < tokens.size(); i++) {
        if (seatWords.contains(tokens.get(i).originalText())) {
          return true;
        }
      }
      return false;
    };
  }
}
