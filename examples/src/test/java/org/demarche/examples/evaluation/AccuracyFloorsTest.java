package org.demarche.examples.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.BatchResult;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.DocumentInput;
import org.demarche.core.Layer;
import org.demarche.core.eval.EvaluationReport;
import org.demarche.core.eval.Evaluator;
import org.demarche.core.eval.GoldCorpus;
import org.demarche.core.eval.GoldDocument;
import org.demarche.core.json.DocumentJson;
import org.demarche.core.testing.SharedInputs;
import org.demarche.core.testing.SharedPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guard on accuracy, not on time: the default pipeline must keep every layer at or above the
 * floors its issue set, on the project's gold corpus and, where {@code ../shared} is present, on the
 * seed article and PLOVER's coded sentences. It also checks that the evaluator's figures are the
 * reference scorer's, on real output.
 */
class AccuracyFloorsTest {

  @TempDir
  Path dir;

  private static EvaluationReport evaluate(List<GoldDocument> golds) {
    DemarchePipeline pipeline = SharedPipelines.full();
    List<DocumentInput> inputs = golds.stream().map(gold -> DocumentInput.of(gold.name(), gold.text())).toList();
    Map<String, AnnotatedDocument> predicted = new HashMap<>();
    for (BatchResult result : pipeline.annotateAll(inputs)) {
      predicted.put(result.source(), ((BatchResult.Annotated) result).document());
    }
    return Evaluator.evaluate(golds, predicted);
  }

  private static Map<String, Double> figures(EvaluationReport report) {
    Map<String, Double> figures = new LinkedHashMap<>();
    for (Layer layer : Layer.values()) {
      figures.put(layer.annotatorName(), report.lenient(layer).f1());
      figures.put(layer.annotatorName() + "_R", report.lenient(layer).recall());
    }
    report.attributes().forEach((name, accuracy) -> figures.put(name, accuracy.value()));
    return figures;
  }

  /** The floors that apply to the layers installed here. */
  private static Map<String, Double> floors(boolean plover) {
    Map<String, Double> floors = new LinkedHashMap<>();
    var installed = org.demarche.core.spi.LayerProviders.installed().keySet();
    if (plover) {
      floors.put("actors_R", 0.85);
      floors.put(Evaluator.ACTOR_CODE, 0.85);
      if (installed.contains(Layer.DEMANDS)) {
        floors.put("demands", 0.75);
      }
      return floors;
    }
    floors.put("actors", 0.90);
    floors.put(Evaluator.ACTOR_CODE, 0.90);
    if (installed.contains(Layer.TERRITORIES)) {
      floors.put("territories", 0.85);
      floors.put(Evaluator.TERRITORY_KIND, 0.90);
    }
    if (installed.contains(Layer.QUOTES)) {
      floors.put("quotes", 0.85);
      floors.put(Evaluator.QUOTE_SPEAKER, 0.85);
      floors.put(Evaluator.QUOTE_KIND, 0.85);
    }
    if (installed.contains(Layer.DEMANDS) && installed.contains(Layer.QUOTES)) {
      floors.put("demands", 0.80);
      floors.put(Evaluator.DEMANDER, 0.80);
      floors.put(Evaluator.ADDRESSEE, 0.80);
      floors.put(Evaluator.CONNECTIVE, 0.90);
    }
    return floors;
  }

  private static void assertFloors(String corpus, EvaluationReport report, Map<String, Double> floors) {
    Map<String, Double> figures = figures(report);
    List<String> below = new ArrayList<>();
    floors.forEach((name, floor) -> {
      double value = figures.getOrDefault(name, 0.0);
      if (value < floor) {
        below.add(String.format(Locale.ROOT, "%s %.3f < %.2f", name, value, floor));
      }
    });
    assertEquals(List.of(), below, () -> corpus + " fell below its floors:\n" + report.toText(true));
  }

  @Test
  void theGoldCorpusStaysAboveEveryLayersFloor() throws IOException {
    EvaluationReport report = evaluate(GoldCorpus.load(SharedInputs.corpus()));
    assertFloors("examples/corpus", report, floors(false));
  }

  @Test
  void theHeldOutSetStaysAboveEveryLayersFloor() throws IOException {
    Path heldOut = SharedInputs.projectRoot().resolve("examples/heldout");
    assertFloors("examples/heldout", evaluate(GoldCorpus.load(heldOut)), floors(false));
  }

  @Test
  void theSeedArticleStaysAboveEveryLayersFloor() throws IOException {
    Optional<Path> seed = SharedInputs.find("eval/seed");
    assumeTrue(seed.isPresent(), "../shared/eval/seed is not here");
    assertFloors("the seed article", evaluate(GoldCorpus.load(seed.get())), floors(false));
  }

  @Test
  void ploverSentencesStayAboveTheirFloors() throws IOException {
    Optional<Path> plover = SharedInputs.find("eval/plover");
    assumeTrue(plover.isPresent(), "../shared/eval/plover is not here");
    assertFloors("PLOVER", evaluate(GoldCorpus.load(plover.get())), floors(true));
  }

  @Test
  void theEvaluatorAndTheReferenceScorerAgreeOnTheCorpus() throws Exception {
    Optional<Path> scorer = SharedInputs.find("tools/score.py");
    assumeTrue(scorer.isPresent(), "../shared/tools/score.py is not here");
    List<GoldDocument> golds = GoldCorpus.load(SharedInputs.corpus());
    EvaluationReport report = evaluate(golds);
    StringBuilder jsonl = new StringBuilder();
    for (GoldDocument gold : golds) {
      jsonl.append(DocumentJson.toJson(SharedPipelines.full().annotate(gold.name() + ".txt", gold.text()))).append('\n');
    }
    Path predictions = dir.resolve("pred.jsonl");
    Files.writeString(predictions, jsonl, StandardCharsets.UTF_8);
    Process process;
    try {
      process = new ProcessBuilder("python3", scorer.get().toString(), SharedInputs.corpus().toString(), predictions.toString())
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 is not here");
      return;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "score.py did not finish");
    String[] lines = output.strip().split("\n");
    assertEquals(lines[lines.length - 1], report.summaryLine(), output);
  }
}
