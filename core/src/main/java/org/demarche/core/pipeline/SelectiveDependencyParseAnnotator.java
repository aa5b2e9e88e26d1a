package org.demarche.core.pipeline;

import com.google.common.base.Splitter;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.demarche.core.Layer;
import org.demarche.core.spi.LayerProviders;
import org.demarche.core.spi.SentenceSelector;

/**
 * CoreNLP's neural dependency parser, run only on the sentences that some layer can use a parse
 * for.
 *
 * <p>The parser costs more than tagging and NER together, while the constructions the layers look
 * for (reporting verbs, conditional connectives, territory nouns, capitals) occur in a part of the
 * sentences. Each layer's {@link org.demarche.core.spi.LayerAnnotatorProvider#parseSelector
 * selector} says which; a sentence none of them picks gets no dependency graph. Only the basic
 * (tree-shaped) dependencies are built: the layers need nothing else, and each further graph costs
 * another pass.
 *
 * <h2>Options</h2>
 * Under the annotator's name ({@code NAME.option}):
 * <ul>
 *   <li>{@code model}: the parser model (CoreNLP's English UD model by default);
 *   <li>{@code layers}: comma-separated layer names whose selectors pick the sentences;
 *   <li>{@code all}: {@code true} to parse every sentence;
 *   <li>{@code maxLength}: sentences with more tokens are not parsed (default 160), so that one
 *       runaway "sentence" in a malformed input cannot take minutes.
 * </ul>
 *
 * <h2>Thread safety</h2>
 * Immutable; the shared model's {@code predict} is thread-safe.
 */
public final class SelectiveDependencyParseAnnotator implements Annotator {

  /** The name {@link org.demarche.core.DemarchePipeline} registers this annotator under. */
  public static final String NAME = "selectivedepparse";

  private static final int DEFAULT_MAX_LENGTH = 160;

  private final DependencyParser parser;
  private final SentenceSelector selector;
  private final int maxLength;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. */
  public SelectiveDependencyParseAnnotator(String name, Properties properties) {
    String model = properties.getProperty(name + ".model", DependencyParser.DEFAULT_MODEL);
    this.maxLength = Integer.parseInt(properties.getProperty(name + ".maxLength", String.valueOf(DEFAULT_MAX_LENGTH)));
    this.selector = Boolean.parseBoolean(properties.getProperty(name + ".all", "false"))
        ? SentenceSelector.ALL
        : selectorOf(properties.getProperty(name + ".layers", ""), properties);
    this.parser = ParserModels.get(model);
  }

  private static SentenceSelector selectorOf(String layerNames, Properties properties) {
    SentenceSelector combined = SentenceSelector.NONE;
    for (String layerName : Splitter.on(',').trimResults().omitEmptyStrings().split(layerNames)) {
      Layer layer = Layer.named(layerName)
          .orElseThrow(() -> new IllegalArgumentException("unknown layer in parser option: " + layerName));
      SentenceSelector selector = LayerProviders.forLayer(layer)
          .map(provider -> provider.parseSelector(properties))
          .orElse(SentenceSelector.ALL);
      combined = combined.or(selector);
    }
    return combined;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.isEmpty() || tokens.size() > maxLength || !selector.needsParse(tokens)) {
        continue;
      }
      GrammaticalStructure structure = parser.predict(sentence);
      SemanticGraph basic = SemanticGraphFactory.makeFromTree(
          structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
      sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.IndexAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }
}
