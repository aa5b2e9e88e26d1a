package org.demarche.annotators.actors;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.demarche.annotators.common.Dependencies;
import org.demarche.core.ActorMention;
import org.demarche.core.DemarcheAnnotations;

/**
 * Finds every party to international politics in a document and codes it: states ("Russia" →
 * {@code RUS}), governments by name or seat ("the Kremlin", "Kyiv" acting → {@code RUSGOV}, {@code
 * UKRGOV}), office holders ("US President Donald Trump" → {@code USAGOV}), groups by country and role
 * ("Kyiv's troops" → {@code UKRMIL}), organisations ("NATO") and non-state parties ("Hamas").
 *
 * <p>Results go to {@link DemarcheAnnotations.ActorsAnnotation} on the document, in span order.
 *
 * <h2>Options</h2>
 * {@code NAME.extraLexicons}: comma-separated TSV files added to the bundled lexicons (see {@code
 * LEXICONS.md}).
 *
 * <h2>Thread safety</h2>
 * Immutable; one instance may annotate many documents at once.
 */
public final class NegotiationActorAnnotator implements Annotator {

  private final SentenceActorFinder finder;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. */
  public NegotiationActorAnnotator(String name, Properties properties) {
    this(ActorOptions.parse(name, properties));
  }

  NegotiationActorAnnotator(ActorOptions options) {
    this.finder = new SentenceActorFinder(ActorLexicon.load(options.extraLexicons()));
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<ActorMention> actors = new ArrayList<>();
    if (sentences != null) {
      DocumentActors document = new DocumentActors();
      for (CoreMap sentence : sentences) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        actors.addAll(finder.find(text, tokens, Dependencies.of(sentence, tokens.size()), document));
      }
    }
    annotation.set(DemarcheAnnotations.ActorsAnnotation.class, ImmutableList.copyOf(actors));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(DemarcheAnnotations.ActorsAnnotation.class);
  }
}
