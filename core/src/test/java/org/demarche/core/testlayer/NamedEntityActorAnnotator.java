package org.demarche.core.testlayer;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.DemarcheAnnotations;
import org.demarche.core.Span;

/**
 * Core's own test layer: every run of tokens CoreNLP's NER tags as a location or organisation
 * becomes an actor coded {@code UNK}. It exercises the pipeline machinery (service loading,
 * customAnnotatorClass, requirements, threads) on real CoreNLP output without the real annotators,
 * which live in a module core must not depend on.
 */
public final class NamedEntityActorAnnotator implements Annotator {

  public NamedEntityActorAnnotator(String name, Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ActorMention> actors = new ArrayList<>();
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    int i = 0;
    while (i < tokens.size()) {
      String tag = tokens.get(i).ner();
      if (!"LOCATION".equals(tag) && !"ORGANIZATION".equals(tag) && !"COUNTRY".equals(tag)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tag.equals(tokens.get(j).ner())) {
        j++;
      }
      Span span = Span.of(tokens.get(i).beginPosition(), tokens.get(j - 1).endPosition());
      String covered = span.coveredText(text);
      actors.add(new ActorMention(span, covered, "UNK", null, null, ActorKind.STATE, covered, false, "UNK/" + covered));
      i = j;
    }
    annotation.set(DemarcheAnnotations.ActorsAnnotation.class, ImmutableList.copyOf(actors));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(DemarcheAnnotations.ActorsAnnotation.class);
  }
}
