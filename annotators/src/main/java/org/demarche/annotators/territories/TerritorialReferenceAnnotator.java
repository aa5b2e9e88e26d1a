package org.demarche.annotators.territories;

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
import org.demarche.annotators.common.ActorReferences;
import org.demarche.annotators.common.Dependencies;
import org.demarche.core.DemarcheAnnotations;
import org.demarche.core.TerritoryKind;
import org.demarche.core.TerritoryMention;
import org.demarche.core.lexicon.PhraseMatcher.Match;

/**
 * Finds references to land or water as the object of sovereignty, claim, occupation or control:
 * named places from a gazetteer of disputed, contested, occupied and annexed territories ("the
 * Crimean peninsula" → {@code crimea}, UA-43, claimed by UKR and RUS, controlled by RUS) and
 * descriptive references ("territory claimed by Moscow" → claimant RUS, status CLAIMED). A country or
 * city named only as the scene of an event ("talks in Geneva") is not one.
 *
 * <p>Results go to {@link DemarcheAnnotations.TerritoriesAnnotation} on the document, in span order,
 * none overlapping another.
 *
 * <h2>Options</h2>
 * {@code NAME.extraGazetteers}: comma-separated TSV files with the header of the bundled {@code
 * territories.tsv}, added to it (see {@code LEXICONS.md}).
 *
 * <h2>Parse</h2>
 * The annotator reads a sentence's dependency parse only when its own {@linkplain
 * TerritoriesLayerProvider#parseSelector selector} asks for one, so that its output does not depend on
 * which other layers share the pipeline; other sentences are read from their tokens.
 *
 * <h2>Thread safety</h2>
 * Immutable; one instance may annotate many documents at once.
 */
public final class TerritorialReferenceAnnotator implements Annotator {

  private final Gazetteer gazetteer;
  private final NamedReferenceFinder named;
  private final DescriptiveReferenceFinder descriptive;
  private final UnlistedPlaceFinder unlisted;
  private final MentionAssembler assembler;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. */
  public TerritorialReferenceAnnotator(String name, Properties properties) {
    this(TerritoryOptions.parse(name, properties));
  }

  TerritorialReferenceAnnotator(TerritoryOptions options) {
    ActorVocabulary vocabulary = ActorVocabulary.bundled();
    this.gazetteer = Gazetteer.load(options.extraGazetteers());
    this.named = new NamedReferenceFinder(new PlaceRoles(vocabulary));
    GoverningCues governors = new GoverningCues(vocabulary);
    this.descriptive = new DescriptiveReferenceFinder(vocabulary, governors);
    this.unlisted = new UnlistedPlaceFinder(governors);
    this.assembler = new MentionAssembler(new ClaimExtractor(vocabulary));
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<TerritoryMention> mentions = new ArrayList<>();
    if (sentences != null && text != null) {
      ActorReferences actors = ActorReferences.of(annotation);
      for (CoreMap sentence : sentences) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.isEmpty()) {
          continue;
        }
        String[] written = SentenceView.written(tokens);
        Dependencies parse = TerritoryParseSelector.needsParse(written) ? Dependencies.of(sentence, tokens.size()) : null;
        mentions.addAll(annotate(new SentenceView(text, tokens, written, parse, actors)));
      }
    }
    annotation.set(DemarcheAnnotations.TerritoriesAnnotation.class, ImmutableList.copyOf(mentions));
  }

  private List<TerritoryMention> annotate(SentenceView s) {
    List<Match<Gazetteer.Name>> matches = gazetteer.names().findAll(s.text, s.tokens, 0, s.size);
    List<Candidate> names = named.find(s, matches);
    boolean[] inNamed = new boolean[s.size];
    boolean[] inAny = new boolean[s.size];
    // A gazetteer name the named finder turned down (a party, a scene) is no unlisted place either.
    for (Match<Gazetteer.Name> match : matches) {
      for (int i = match.tokenBegin(); i < match.tokenEnd(); i++) {
        inAny[i] = true;
      }
    }
    for (Candidate candidate : names) {
      for (int i = candidate.begin(); i < candidate.end(); i++) {
        inNamed[i] |= candidate.kind() == TerritoryKind.NAMED;
        inAny[i] = true;
      }
    }
    List<Candidate> descriptions = descriptive.find(s, inNamed);
    for (Candidate candidate : descriptions) {
      for (int i = candidate.begin(); i < candidate.end(); i++) {
        inAny[i] = true;
      }
    }
    List<Candidate> others = unlisted.find(s, inAny);
    if (!others.isEmpty()) {
      names = new ArrayList<>(names);
      names.addAll(others);
    }
    return assembler.assemble(s, names, descriptions);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class, DemarcheAnnotations.ActorsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(DemarcheAnnotations.TerritoriesAnnotation.class);
  }
}
