package org.demarche.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.demarche.core.ActorRef;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.Demand;
import org.demarche.core.Layer;
import org.demarche.core.Mention;
import org.demarche.core.Quote;
import org.demarche.core.Span;
import org.demarche.core.TerritoryMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks every layer annotator must pass, whatever it finds: offsets within the text, mention
 * text equal to what its span covers, output in span order, the same output every time and from
 * many threads sharing one pipeline, mentions that move with a prefixed paragraph, and no exception
 * on odd input. An annotator's test extends this class and adds its own examples.
 */
public abstract class LayerConformanceTest {

  private static final String NEUTRAL_PARAGRAPH = "Markets were quiet on a mild Tuesday morning.\n\n";

  /** The layer under test. */
  protected abstract Layer layer();

  /** Texts in which the layer finds something; the base checks that it does in each. */
  protected abstract List<String> texts();

  /** The pipeline under test; by default the shared pipeline with every installed layer. */
  protected DemarchePipeline pipeline() {
    return SharedPipelines.full();
  }

  private List<? extends Mention> mentions(AnnotatedDocument document) {
    return document.mentions(layer());
  }

  @Test
  void findsSomethingInEachOfItsTexts() {
    for (String text : texts()) {
      assertFalse(mentions(pipeline().annotate(text)).isEmpty(), () -> layer() + " found nothing in: " + text);
    }
  }

  @Test
  void everySpanLiesInTheTextAndCoversTheMentionText() {
    for (String text : texts()) {
      AnnotatedDocument document = pipeline().annotate(text);
      for (Mention mention : mentions(document)) {
        assertCovers(text, mention.span(), mention.text());
        for (Span inner : innerSpans(mention)) {
          assertTrue(inner.fitsIn(text.length()), () -> "inner span " + inner + " of " + mention + " is outside the text");
        }
      }
    }
  }

  @Test
  void mentionsComeInSpanOrder() {
    for (String text : texts()) {
      List<? extends Mention> mentions = mentions(pipeline().annotate(text));
      for (int i = 1; i < mentions.size(); i++) {
        Mention previous = mentions.get(i - 1);
        Mention current = mentions.get(i);
        assertTrue(previous.span().compareTo(current.span()) <= 0,
            () -> "out of order: " + previous.span() + " before " + current.span() + " in: " + text);
      }
    }
  }

  @Test
  void annotatingTwiceGivesTheSameDocument() {
    for (String text : texts()) {
      assertEquals(pipeline().annotate(text), pipeline().annotate(text));
    }
  }

  @Test
  void threadsSharingOnePipelineGetTheSameOutputAsOneThread() throws Exception {
    List<String> texts = texts();
    List<AnnotatedDocument> expected = texts.stream().map(pipeline()::annotate).toList();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedDocument>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String text : texts) {
          futures.add(threads.submit(() -> pipeline().annotate(text)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aParagraphPrefixedToTheTextShiftsEveryMention() {
    for (String text : texts()) {
      AnnotatedDocument plain = pipeline().annotate(text);
      String prefixed = NEUTRAL_PARAGRAPH + text;
      AnnotatedDocument expected = Shift.document(plain, prefixed, NEUTRAL_PARAGRAPH.length());
      assertEquals(expected.mentions(layer()), mentions(pipeline().annotate(prefixed)), () -> "in: " + text);
    }
  }

  static Stream<Arguments> oddInputs() {
    String sample = "The minister said \"we will talk\" in Geneva.";
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("whitespace only", " \n\t \r\n  "),
        Arguments.of("CRLF line ends", "Russia said on Monday it was ready.\r\n\r\nUkraine said \"no\".\r\n"),
        Arguments.of("characters outside the BMP", "\uD83D\uDE00 Talks \uD840\uDC0B resumed in \uD835\uDD04 Geneva. "
            + sample + " \uD83C\uDDFA\uD83C\uDDE6"),
        Arguments.of("control characters", "Talks\u0000 resumed\u0007 in\u001B Geneva.\u000B\u000C " + sample),
        Arguments.of("unbalanced quotation marks", "He said \u201CWe will \u00AB never \" leave ' and \u201E then."),
        Arguments.of("one very long sentence", "and the talks went on ".repeat(800)),
        Arguments.of("a long document", (sample + " ").repeat(600)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddInputs")
  void oddInputGivesAConsistentDocument(String description, String text) {
    AnnotatedDocument document = pipeline().annotate(text);
    assertEquals(text, document.text());
    for (Mention mention : mentions(document)) {
      assertCovers(text, mention.span(), mention.text());
    }
  }

  private static void assertCovers(String text, Span span, String mentionText) {
    assertTrue(span.fitsIn(text.length()), () -> span + " is outside a text of length " + text.length());
    assertEquals(span.coveredText(text), mentionText, () -> "mention text differs from the text at " + span);
  }

  private static List<Span> innerSpans(Mention mention) {
    List<Span> spans = new ArrayList<>();
    if (mention instanceof Quote quote) {
      addRef(spans, quote.speaker());
      if (quote.cueSpan() != null) {
        spans.add(quote.cueSpan());
      }
    } else if (mention instanceof Demand demand) {
      spans.add(demand.condition().span());
      spans.add(demand.consequence().span());
      addRef(spans, demand.demander());
      addRef(spans, demand.addressee());
    } else if (mention instanceof TerritoryMention territory) {
      territory.actors().forEach(ref -> addRef(spans, ref));
    }
    return spans;
  }

  private static void addRef(List<Span> spans, ActorRef ref) {
    if (ref != null && ref.span() != null) {
      spans.add(ref.span());
    }
  }
}
