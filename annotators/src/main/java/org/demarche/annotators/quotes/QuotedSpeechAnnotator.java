package org.demarche.annotators.quotes;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.demarche.annotators.common.ActorReferences;
import org.demarche.annotators.quotes.ReportingClauses.Report;
import org.demarche.core.DemarcheAnnotations;

/**
 * Finds what was said in a document and who said it: direct quotes in every quotation-mark style
 * (“…”, "…", ‘…’, '…', «…», „…“, ‹…›), nested and over several paragraphs; direct speech whose
 * marks are missing ("If they don't withdraw, we'll achieve this by force of arms, he said."); and
 * indirect speech, the content clause of a reporting verb or noun ("Putin suggested that ..."). Each
 * quote carries its speaker, resolved through the actor layer (a pronoun to the person it names),
 * and its cue, the reporting word as written.
 *
 * <p>Results go to {@link DemarcheAnnotations.QuotesAnnotation} on the document, in span order.
 * Indirect speech needs the dependency parse of its sentence; the layer's provider asks for it only
 * for sentences with a reporting word followed by a clause.
 *
 * <h2>Options</h2>
 * {@code NAME.extraVerbs}: comma-separated TSV files of reporting words added to the bundled
 * {@code reporting-verbs.tsv} (see {@code LEXICONS.md}).
 *
 * <h2>Thread safety</h2>
 * Immutable; one instance may annotate many documents at once.
 */
public final class QuotedSpeechAnnotator implements Annotator {

  private final ReportingLexicon lexicon;
  private final DirectQuoteFinder directQuotes;
  private final IndirectSpeechFinder indirectSpeech;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. */
  public QuotedSpeechAnnotator(String name, Properties properties) {
    this(QuoteOptions.parse(name, properties));
  }

  QuotedSpeechAnnotator(QuoteOptions options) {
    this.lexicon = ReportingLexicon.load(options.extraVerbs());
    this.directQuotes = new DirectQuoteFinder(lexicon);
    this.indirectSpeech = new IndirectSpeechFinder(lexicon);
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    DocumentView document = DocumentView.of(text == null ? "" : text, sentences);
    ActorReferences actors = ActorReferences.of(annotation);

    List<List<Report>> reports = new ArrayList<>(document.sentences.size());
    for (Sentence sentence : document.sentences) {
      reports.add(ReportingClauses.of(document, sentence, lexicon));
    }
    SpeakerResolver speakers = new SpeakerResolver(document, actors);
    List<Finding> found = new ArrayList<>();
    directQuotes.find(document, reports, actors, found);
    for (Sentence sentence : document.sentences) {
      List<Report> sentenceReports = reports.get(sentence.index);
      if (sentenceReports.isEmpty()) {
        continue;
      }
      boolean[] consumed = new boolean[sentence.size()];
      UnmarkedSpeechFinder.leadIns(document, sentence, sentenceReports, consumed, found);
      UnmarkedSpeechFinder.trailing(document, sentence, reports, consumed, found);
      indirectSpeech.find(document, sentence, sentenceReports, consumed, speakers, found);
    }
    annotation.set(DemarcheAnnotations.QuotesAnnotation.class,
        QuoteAssembler.assemble(document, found, speakers));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
        DemarcheAnnotations.ActorsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(DemarcheAnnotations.QuotesAnnotation.class);
  }
}
