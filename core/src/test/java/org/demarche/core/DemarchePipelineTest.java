package org.demarche.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.demarche.core.testing.SharedPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline machinery, run on real CoreNLP models with core's two test layers. */
class DemarchePipelineTest {

  private static final String TEXT = "The talks in Geneva ended on Monday. Germany said \"we are ready\" on Tuesday.";

  @TempDir
  Path dir;

  @Test
  void aLayerBringsTheLayersItReadsAndRunsAfterThem() {
    assertEquals(List.of(Layer.ACTORS, Layer.QUOTES), SharedPipelines.forLayers(Set.of(Layer.QUOTES)).layers());
  }

  @Test
  void propertiesNameTheBaseAnnotatorsAndTheLayerClasses() {
    Properties properties = DemarchePipeline.builder().layers(Layer.QUOTES).toProperties();
    assertEquals("tokenize,ssplit,pos,lemma,ner,selectivedepparse,actors,quotes", properties.getProperty("annotators"));
    assertEquals("org.demarche.core.testlayer.NamedEntityActorAnnotator",
        properties.getProperty("customAnnotatorClass.actors"));
    assertEquals("false", properties.getProperty("ner.applyFineGrained"));
  }

  @Test
  void callerOptionsOverrideDefaults() {
    Properties properties = DemarchePipeline.builder().option("ner.applyFineGrained", "true").toProperties();
    assertEquals("true", properties.getProperty("ner.applyFineGrained"));
  }

  @Test
  void onlySentencesALayerAsksForAreParsed() {
    Annotation annotation = SharedPipelines.full().coreNlpAnnotation(TEXT);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(2, sentences.size());
    assertNull(sentences.get(0).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
    assertNotNull(sentences.get(1).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
  }

  @Test
  void layersRunInsideThePipelineAndTheDocumentCarriesTheirResults() {
    AnnotatedDocument document = SharedPipelines.full().annotate(TEXT);
    assertTrue(document.actors().stream().anyMatch(actor -> actor.text().equals("Germany")), document::toString);
    assertEquals(1, document.quotes().size());
    assertEquals("we are ready", document.quotes().get(0).text());
    assertEquals("Germany", document.quotes().get(0).speaker().text());
  }

  @Test
  void coreNlpLoadsTheSameAnnotatorsThroughCustomAnnotatorClass() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,actors");
    properties.setProperty("customAnnotatorClass.actors", "org.demarche.core.testlayer.NamedEntityActorAnnotator");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.useSUTime", "false");
    StanfordCoreNLP coreNlp = new StanfordCoreNLP(properties);
    Annotation annotation = new Annotation(TEXT);
    coreNlp.annotate(annotation);
    List<ActorMention> actors = annotation.get(DemarcheAnnotations.ActorsAnnotation.class);
    assertTrue(actors.stream().anyMatch(actor -> actor.text().equals("Germany")), String.valueOf(actors));
  }

  @Test
  void aBatchKeepsInputOrderAndAFailedDocumentDoesNotStopTheOthers() throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "France said \"no\" to the plan.", StandardCharsets.UTF_8);
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "S\u00E3o Tom\u00E9".getBytes(StandardCharsets.ISO_8859_1));
    List<DocumentInput> inputs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      inputs.add(DocumentInput.of("memory-" + i, "Talks number " + i + " with Italy resumed."));
    }
    inputs.add(2, DocumentInput.ofFile(dir.resolve("missing.txt"), "missing.txt"));
    inputs.add(4, DocumentInput.ofFile(latin1, "latin1.txt"));
    inputs.add(DocumentInput.ofFile(good, "good.txt"));

    DemarchePipeline twoThreads = DemarchePipeline.builder().layers(Layer.QUOTES).threads(2).build();
    List<BatchResult> results = twoThreads.annotateAll(inputs);

    assertEquals(inputs.stream().map(DocumentInput::source).toList(), results.stream().map(BatchResult::source).toList());
    assertEquals("no such file", assertInstanceOf(BatchResult.Failed.class, results.get(2)).error());
    assertEquals("not valid UTF-8 at byte 1", assertInstanceOf(BatchResult.Failed.class, results.get(4)).error());
    BatchResult.Annotated last = assertInstanceOf(BatchResult.Annotated.class, results.get(results.size() - 1));
    assertEquals("no", last.document().quotes().get(0).text());
    assertEquals(6, results.stream().filter(BatchResult.Annotated.class::isInstance).count());
  }

  @Test
  void aPipelineOfSomeLayersLeavesTheOthersEmpty() {
    AnnotatedDocument document = SharedPipelines.forLayers(Set.of(Layer.ACTORS)).annotate(TEXT);
    assertTrue(document.quotes().isEmpty());
    assertTrue(!document.actors().isEmpty());
  }
}
