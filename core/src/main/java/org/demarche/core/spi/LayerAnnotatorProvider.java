package org.demarche.core.spi;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.Properties;
import java.util.Set;
import org.demarche.core.Layer;

/**
 * Makes a layer annotator known to {@link org.demarche.core.DemarchePipeline} through {@link
 * java.util.ServiceLoader}.
 *
 * <p>The annotator class itself is a plain CoreNLP {@link Annotator} with a public {@code (String
 * name, Properties properties)} constructor, so CoreNLP can also load it on its own through {@code
 * customAnnotatorClass.NAME}. The provider adds what CoreNLP does not know: which other layers and
 * which base annotators it needs, and which sentences it needs parsed.
 */
public interface LayerAnnotatorProvider {

  /** The layer this provider's annotator produces. */
  Layer layer();

  /** The annotator class; it must have a public {@code (String, Properties)} constructor. */
  Class<? extends Annotator> annotatorClass();

  /** Layers whose results the annotator reads; the pipeline runs them first. */
  Set<Layer> requiredLayers();

  /** The CoreNLP annotators it needs. */
  Set<BaseAnnotator> baseAnnotators();

  /**
   * Which sentences the annotator needs a dependency parse for; consulted only when {@link
   * #baseAnnotators()} contains {@link BaseAnnotator#DEPPARSE}. Sentences no layer selects carry no
   * dependency graph, and the annotator must cope with that. The properties are the pipeline's,
   * with the layer's options under its {@linkplain Layer#annotatorName() annotator name}.
   */
  default SentenceSelector parseSelector(Properties properties) {
    return SentenceSelector.ALL;
  }
}
