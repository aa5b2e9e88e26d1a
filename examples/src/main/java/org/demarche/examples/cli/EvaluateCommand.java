package org.demarche.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.BatchResult;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.DocumentInput;
import org.demarche.core.Layer;
import org.demarche.core.TextFiles;
import org.demarche.core.eval.EvaluationReport;
import org.demarche.core.eval.Evaluator;
import org.demarche.core.eval.GoldCorpus;
import org.demarche.core.eval.GoldDocument;
import org.demarche.core.json.DocumentJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demarche evaluate}: annotates a gold corpus and scores every layer. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
        "Annotates a gold corpus and prints precision, recall and F1 for every layer.",
        "%nGOLD_DIR holds NAME.txt with NAME.ann (brat standoff) or NAME.gold (the scorer's line format). "
            + "Lenient matching follows score.py: any overlap for actors and territories, a character Jaccard "
            + "of at least 0.5 for quotes and 0.3 for demands, pairs assigned one to one, best overlap first. "
            + "Strict matching asks for the exact span. Then come the accuracies of actor codes, territory and "
            + "quote kinds, speakers, demanders, addressees, connectives and demand types, on lenient matches."})
final class EvaluateCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "GOLD_DIR", description = "The folder of gold documents.")
  Path goldDir;

  @Option(names = "--errors", description = "List every missed, spurious and wrongly attributed item.")
  boolean errors;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a table) or json (for other tools). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Score these JSON Lines predictions (as 'annotate --format jsonl' writes them) instead of annotating.")
  @Nullable Path predictions;

  @Option(names = "--min", split = ",", paramLabel = "NAME=VALUE",
      description = "Fail (exit status 1) when a summary figure is below VALUE, e.g. actors=0.9,actor_code=0.9.")
  Map<String, Double> minimum = new LinkedHashMap<>();

  @Mixin
  PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(goldDir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), goldDir + " is not a folder");
    }
    List<GoldDocument> golds = GoldCorpus.load(goldDir);
    if (golds.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          goldDir + " holds no gold documents (NAME.txt with NAME.ann or NAME.gold)");
    }
    Map<String, AnnotatedDocument> predicted = predictions != null ? readPredictions(predictions) : annotate(golds, err);
    EvaluationReport report = Evaluator.evaluate(golds, predicted);
    out.print(format == Format.json ? report.toJson(errors) + System.lineSeparator() : report.toText(errors));
    out.flush();
    List<String> failed = new ArrayList<>();
    Map<String, Double> summary = summaryFigures(report);
    minimum.forEach((name, floor) -> {
      Double value = summary.get(name);
      if (value == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--min: unknown figure '" + name
            + "'; the figures are " + String.join(", ", summary.keySet()));
      }
      if (value < floor) {
        failed.add(String.format(Locale.ROOT, "%s=%.2f < %.2f", name, value, floor));
      }
    });
    if (!failed.isEmpty()) {
      err.println("demarche: below the minimum: " + String.join(", ", failed));
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }

  private Map<String, AnnotatedDocument> annotate(List<GoldDocument> golds, PrintWriter err) {
    DemarchePipeline pipeline = pipelineOptions.build(spec.commandLine());
    List<DocumentInput> inputs = golds.stream().map(gold -> DocumentInput.of(gold.name(), gold.text())).toList();
    Map<String, AnnotatedDocument> predicted = new HashMap<>();
    Progress progress = new Progress(err, inputs.size());
    pipeline.annotateAll(inputs.iterator(), result -> {
      if (result instanceof BatchResult.Annotated annotated) {
        predicted.put(result.source(), annotated.document());
      } else {
        err.println("demarche: " + result.source() + ": " + ((BatchResult.Failed) result).error());
      }
      progress.documentDone(result instanceof BatchResult.Annotated);
    });
    progress.finish();
    return predicted;
  }

  /** Predictions keyed as score.py keys them: the base name of "source" without its extension. */
  private static Map<String, AnnotatedDocument> readPredictions(Path file) throws IOException {
    Map<String, AnnotatedDocument> predicted = new HashMap<>();
    int number = 0;
    for (String line : TextFiles.readUtf8(file).split("\n")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      AnnotatedDocument document;
      try {
        document = DocumentJson.fromJson(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
      }
      String source = document.source() == null ? "" : document.source();
      String base = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
      int dot = base.lastIndexOf('.');
      predicted.put(dot > 0 ? base.substring(0, dot) : base, document);
    }
    return predicted;
  }

  private static Map<String, Double> summaryFigures(EvaluationReport report) {
    Map<String, Double> figures = new LinkedHashMap<>();
    for (Layer layer : Layer.values()) {
      figures.put(layer.annotatorName(), report.lenient(layer).f1());
      figures.put(layer.annotatorName() + "_R", report.lenient(layer).recall());
      figures.put(layer.annotatorName() + "_P", report.lenient(layer).precision());
      figures.put(layer.annotatorName() + "_strict", report.strict(layer).f1());
    }
    report.attributes().forEach((name, accuracy) -> figures.put(name.replace(' ', '_'), accuracy.value()));
    return figures;
  }
}
