package org.demarche.annotators.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.demarche.core.DemarcheAnnotations;
import org.demarche.core.Layer;
import org.demarche.core.Quote;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;
import org.demarche.core.lexicon.LexiconException;
import org.demarche.core.testing.LayerConformanceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotedSpeechAnnotatorTest extends LayerConformanceTest {

  @Override
  protected Layer layer() {
    return Layer.QUOTES;
  }

  @Override
  protected List<String> texts() {
    return List.of(
        "Foreign Minister Hakan Fidan said on Monday that the talks would resume next week and that both sides "
            + "had agreed on an agenda. \u201CWe are not there yet,\u201D he told reporters, \u201Cbut we are close.\u201D",
        "The general spoke to troops near the border. If they cross the river, we will answer with force, he said.\n\n"
            + "\u00ABNobody here wants a war\u00BB, a local official told visitors, adding that the shelters were ready.",
        "The envoy wrote:\n\n\"The first round is over. We expect the second to be harder.\n\n"
            + "\"But the door remains open,\" she added. 'It always will,' an aide said.",
        "Officials said the convoy had reached the city, while the ministry warned that roads in the south "
            + "remained closed. \u201EWir bleiben hier\u201C, sagte der Minister.");
  }

  private List<Quote> quotes(String text) {
    return pipeline().annotate(text).quotes();
  }

  private static Quote only(List<Quote> quotes, QuoteKind kind) {
    List<Quote> ofKind = quotes.stream().filter(quote -> quote.kind() == kind).toList();
    assertEquals(1, ofKind.size(), () -> "expected one " + kind + " quote in " + quotes);
    return ofKind.get(0);
  }

  private static Quote withText(List<Quote> quotes, String text) {
    return quotes.stream().filter(quote -> quote.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + text + "' in " + quotes));
  }

  @Test
  void everyQuotationMarkStyleGivesADirectQuoteWithoutItsMarks() {
    String[][] styles = {
        {"\u201C", "\u201D"}, {"\"", "\""}, {"\u2018", "\u2019"}, {"'", "'"}, {"\u00AB", "\u00BB"},
        {"\u201E", "\u201C"}, {"\u2039", "\u203A"}, {"\u00BB", "\u00AB"}};
    for (String[] marks : styles) {
      String text = "The mayor said nothing on Monday. " + marks[0] + "We have enough water for a week" + marks[1]
          + ", her deputy told reporters.";
      Quote quote = only(quotes(text), QuoteKind.DIRECT);
      assertEquals("We have enough water for a week", quote.text(), () -> "with " + marks[0] + marks[1]);
      assertEquals("her deputy", quote.speaker().text());
      assertEquals("told", quote.cue());
    }
  }

  @Test
  void aQuotationInsideAQuoteBelongsToTheOuterQuote() {
    String text = "\u201CThey keep telling us \u2018be patient, the deal is coming\u2019, and we keep waiting,\u201D "
        + "the farmer said. \"He told me 'never again' twice,\" she added.";
    List<Quote> quotes = quotes(text);
    assertEquals(List.of(
        "They keep telling us \u2018be patient, the deal is coming\u2019, and we keep waiting,",
        "He told me 'never again' twice,"), quotes.stream().map(Quote::text).toList());
  }

  @Test
  void aQuoteOverSeveralParagraphsIsOneItemFromTheFirstMarkToTheLastClosingMark() {
    String text = "The president said:\n\n\u201CThis is the first paragraph of my answer.\n\n"
        + "\u201CThis is the second, and I am not finished.\n\n\u201CThis is the last one.\u201D\n\nThe room was silent.";
    Quote quote = only(quotes(text), QuoteKind.DIRECT);
    assertTrue(quote.text().startsWith("This is the first paragraph") && quote.text().endsWith("the last one."), quote::text);
    assertEquals("The president", quote.speaker().text());
  }

  @Test
  void anUnbalancedMarkLosesNothingAfterItsParagraph() {
    String text = "\u201CWe will never sign this, the negotiator said on Tuesday.\n\n"
        + "Later the ministry said the talks had collapsed. \u201CIt is over,\u201D a spokesman added.";
    List<Quote> quotes = quotes(text);
    Quote unclosed = quotes.get(0);
    assertEquals(QuoteKind.DIRECT, unclosed.kind());
    assertEquals("We will never sign this", unclosed.text(), "the reporting clause shows where the quote ended");
    assertEquals("the negotiator", unclosed.speaker().text());
    assertEquals(QuoteKind.INDIRECT, withText(quotes, "the talks had collapsed").kind());
    assertEquals(QuoteKind.DIRECT, withText(quotes, "It is over,").kind());
  }

  @Test
  void apostrophesAndScareQuotesAreNotQuotes() {
    String text = "Kyiv's envoys don't trust the 1990s' treaties or the '90s accords. The so-called \u201Cpeace plan\u201D "
        + "and the 'buffer zone' were dropped, along with L'Express's leaked draft.";
    assertEquals(List.of(), quotes(text));
  }

  @Test
  void directSpeechWithoutMarksIsUnmarkedAndItsPronounSpeakerIsResolved() {
    String text = "Russian President Vladimir Putin spoke in Minsk on Tuesday. "
        + "If they don't withdraw, we'll achieve this by force of arms, he said.";
    Quote quote = only(quotes(text), QuoteKind.UNMARKED);
    assertEquals("If they don't withdraw, we'll achieve this by force of arms", quote.text());
    assertEquals("he", quote.speaker().text());
    assertEquals("RUSGOV", quote.speaker().code());
    assertEquals("said", quote.cue());
    assertEquals("said", quote.cueSpan().coveredText(text));
  }

  @Test
  void aSpeakerNamedInAppositionBeforeTheVerbStillClosesUnmarkedSpeech() {
    String text = "If the nets stay dry another week, we will sell the boats, a harbour official, Mirela Costa, said.";
    Quote quote = only(quotes(text), QuoteKind.UNMARKED);
    assertEquals("If the nets stay dry another week, we will sell the boats", quote.text());
    assertEquals("a harbour official, Mirela Costa", quote.speaker().text());
    Quote told = only(quotes("Our border is a red line, Iran's ambassador to Armenia, Kazem Farahani, told reporters."),
        QuoteKind.UNMARKED);
    assertEquals("Iran's ambassador to Armenia, Kazem Farahani", told.speaker().text(), "not the reporters told");
    assertEquals("IRNGOV", told.speaker().code());
  }

  @Test
  void speechAfterAReportingClauseAndACommaIsUnmarked() {
    String text = "Prime Minister Kaja Lind dismissed the report, stating, That sounds absurd to us, frankly.";
    Quote quote = only(quotes(text), QuoteKind.UNMARKED);
    assertEquals("That sounds absurd to us, frankly.", quote.text());
    assertEquals("stating", quote.cue());
    assertTrue(quote.speaker().text().contains("Kaja Lind"), () -> quote.speaker().toString());
  }

  @Test
  void reportedEventsInTheReportersTenseAreIndirect() {
    String text = "The convoy reached the border crossing before dawn, officials said.";
    Quote quote = only(quotes(text), QuoteKind.INDIRECT);
    assertEquals("The convoy reached the border crossing before dawn", quote.text());
    assertEquals("officials", quote.speaker().text());
  }

  @Test
  void coordinatedContentClausesOfOneVerbAreOneIndirectQuote() {
    String text = "The minister reiterated that the army held the initiative and that the fighting would stop "
        + "only when the enemy withdrew.";
    Quote quote = only(quotes(text), QuoteKind.INDIRECT);
    assertEquals("the army held the initiative and that the fighting would stop only when the enemy withdrew", quote.text());
    assertEquals("The minister", quote.speaker().text());
    assertEquals("reiterated", quote.cue());
  }

  @Test
  void aContentClauseWithoutThatAfterTheAddresseeIsIndirect() {
    String text = "A senior diplomat told reporters on Friday the talks had stalled over prisoner exchanges.";
    Quote quote = only(quotes(text), QuoteKind.INDIRECT);
    assertEquals("the talks had stalled over prisoner exchanges", quote.text());
    assertEquals("told", quote.cue());
  }

  @Test
  void aReportingNounsClauseIsIndirectWithTheVerbsSpeakerAndCue() {
    String text = "President Vladimir Putin reiterated his belief that Russia has the initiative and that the war "
        + "will end on its terms.";
    Quote quote = only(quotes(text), QuoteKind.INDIRECT);
    assertEquals("Russia has the initiative and that the war will end on its terms", quote.text());
    assertEquals("RUSGOV", quote.speaker().code());
    assertEquals("reiterated", quote.cue());
  }

  @Test
  void nounObjectsInfinitivesAndAccordingToAreNotSpeech() {
    String text = "The spokesman said nothing about the ceasefire. The envoy urged Iran to return to the talks. "
        + "According to the ministry, the troops left in May. The fact that talks resumed suggested that both sides "
        + "wanted a deal.";
    assertEquals(List.of(), quotes(text));
  }

  @Test
  void theSpeakerOfAQuoteInTheNextSentenceIsTheOneWhoWentOnTalking() {
    String text = "\u201CWe filled every seat,\u201D chief executive Mariam Haddad told analysts. "
        + "\u201CThe second half will be stronger.\u201D";
    List<Quote> quotes = quotes(text);
    assertEquals(2, quotes.size(), quotes::toString);
    assertEquals("chief executive Mariam Haddad", quotes.get(1).speaker().text());
  }

  @Test
  void usersAddAndRemoveReportingWordsWithoutRecompiling(@TempDir Path dir) throws IOException {
    Path verbs = dir.resolve("verbs.tsv");
    Files.writeString(verbs, "lemma\tpos\tframes\ngrumble\tVERB\tthat|direct\nsay\tVERB\tnone\n", StandardCharsets.UTF_8);
    Properties properties = new Properties();
    properties.setProperty("quotes.extraVerbs", verbs.toString());
    QuotedSpeechAnnotator annotator = new QuotedSpeechAnnotator("quotes", properties);

    String text = "The farmers have waited three years for the road, their leader grumbled. The mayor said it was coming.";
    Annotation annotation = pipeline().coreNlpAnnotation(text);
    annotator.annotate(annotation);
    List<Quote> quotes = annotation.get(DemarcheAnnotations.QuotesAnnotation.class);
    assertEquals(List.of("The farmers have waited three years for the road"), quotes.stream().map(Quote::text).toList(),
        "grumble reports speech and say no longer does");
  }

  @Test
  void aBrokenLexiconFileIsAnErrorNamingItsLine(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.tsv");
    Files.writeString(broken, "lemma\tpos\tframes\nmutter\tVERB\tdirect\nmumble\tADVERB\tdirect\n", StandardCharsets.UTF_8);
    Properties properties = new Properties();
    properties.setProperty("quotes.extraVerbs", broken.toString());
    LexiconException error = assertThrows(LexiconException.class, () -> new QuotedSpeechAnnotator("quotes", properties));
    assertEquals(broken + ":3: pos is VERB or NOUN, not 'ADVERB'", error.getMessage());

    Files.writeString(broken, "lemma\tpos\tframes\nmutter\tVERB\twhisper\n", StandardCharsets.UTF_8);
    error = assertThrows(LexiconException.class, () -> new QuotedSpeechAnnotator("quotes", properties));
    assertTrue(error.getMessage().startsWith(broken + ":2: unknown frame 'whisper'"), error.getMessage());
  }

  @Test
  void anUnknownOptionIsAnError() {
    Properties properties = new Properties();
    properties.setProperty("quotes.extraVerb", "x.tsv");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new QuotedSpeechAnnotator("quotes", properties));
    assertTrue(error.getMessage().startsWith("unknown option quotes.extraVerb"), error.getMessage());
  }

  /**
   * CoreNLP's own QuoteAnnotator is the baseline: every quotation it finds in the project's corpus,
   * other than a scare quote (which the annotation standard does not count), is a direct quote here.
   * It runs in a pipeline of its own, without attribution (which would need coreference), since it
   * is not safe to share.
   */
  @Test
  void findsEveryQuoteCoreNlpsQuoteAnnotatorFindsInTheCorpus() throws IOException {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,quote");
    properties.setProperty("quote.attributeQuotes", "false");
    StanfordCoreNLP baseline = new StanfordCoreNLP(properties);
    List<String> missing = new ArrayList<>();
    int baselineQuotes = 0;
    for (Path file : corpusTexts()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Annotation annotation = new Annotation(text);
      baseline.annotate(annotation);
      List<Quote> ours = quotes(text).stream().filter(quote -> quote.kind() == QuoteKind.DIRECT).toList();
      List<CoreMap> theirs = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
      for (CoreMap quotation : theirs == null ? List.<CoreMap>of() : theirs) {
        Span span = Span.of(quotation.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            quotation.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        Span content = Span.of(Math.min(span.begin() + 1, span.end()), Math.max(span.end() - 1, span.begin()));
        if (DirectQuoteFinder.isScareQuote(text, content)) {
          continue;
        }
        baselineQuotes++;
        if (ours.stream().noneMatch(quote -> quote.span().overlaps(span))) {
          missing.add(file.getFileName() + ": " + span.coveredText(text));
        }
      }
    }
    assertTrue(baselineQuotes > 20, "the baseline found only " + baselineQuotes + " quotes; is the corpus there?");
    assertEquals(List.of(), missing, "quotes CoreNLP finds and this annotator misses");
  }

  private static List<Path> corpusTexts() throws IOException {
    Path corpus = Path.of("..", "examples", "corpus");
    assertTrue(Files.isDirectory(corpus), "the project corpus is not at " + corpus.toAbsolutePath());
    try (Stream<Path> files = Files.list(corpus)) {
      return files.filter(file -> file.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void quotesAreNestedOrDisjointNeverCrossing() {
    for (String text : texts()) {
      List<Quote> quotes = quotes(text);
      for (Quote a : quotes) {
        for (Quote b : quotes) {
          assertTrue(a.span().nestsWith(b.span()), () -> a + " crosses " + b);
        }
        assertNotNull(a.kind());
      }
    }
  }
}
