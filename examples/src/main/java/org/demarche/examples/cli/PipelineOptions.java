package org.demarche.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.Layer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that choose and configure the pipeline, shared by the commands that annotate. */
final class PipelineOptions {

  @Option(names = "--layers", split = ",", paramLabel = "LAYER",
      description = "Layers to produce: actors, territories, quotes, demands (default: all). "
          + "Layers they depend on are added.")
  List<String> layers = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Documents annotated in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--option", paramLabel = "KEY=VALUE",
      description = "A layer or CoreNLP property, e.g. actors.extraLexicons=my-people.tsv. Repeatable.")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--parse-all", description = "Parse every sentence, not only those a layer needs (slower).")
  boolean parseAll;

  @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log messages and stack traces.")
  boolean verbose;

  DemarchePipeline build(CommandLine commandLine) {
    if (threads < 1) {
      throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1, not " + threads);
    }
    DemarchePipeline.Builder builder = DemarchePipeline.builder().threads(threads).parseAllSentences(parseAll);
    if (!layers.isEmpty()) {
      List<Layer> chosen = new ArrayList<>();
      for (String name : layers) {
        chosen.add(Layer.named(name).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
            "unknown layer '" + name + "': choose from actors, territories, quotes, demands")));
      }
      builder.layers(chosen);
    }
    options.forEach(builder::option);
    return builder.build();
  }
}
