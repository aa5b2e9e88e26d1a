package org.demarche.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.BatchResult;
import org.demarche.core.DemarchePipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demarche render}: annotated documents as HTML pages, for reading. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
        "Annotates text files and writes each as an HTML page for reading.",
        "%nThe page shows the text with every actor, territory, quote and demand marked (hover for codes "
            + "and kinds) and a table per layer. NAME.txt becomes NAME.html in the output folder."})
final class RenderCommand implements Callable<Integer> {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
      description = "The folder to write the pages into (default: the current folder).")
  Path output;

  @Mixin
  PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Files.createDirectories(output);
    DemarchePipeline pipeline = pipelineOptions.build(spec.commandLine());
    Progress progress = new Progress(err, files.size());
    int[] failures = {0};
    pipeline.annotateAll(Inputs.iterate(files, Inputs.Format.TEXT, System.in), result -> {
      boolean ok = write(result, err);
      if (!ok) {
        failures[0]++;
      }
      progress.documentDone(ok);
    });
    progress.finish();
    return failures[0] == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private boolean write(BatchResult result, PrintWriter err) {
    if (result instanceof BatchResult.Failed failed) {
      err.println("demarche: " + failed.source() + ": " + failed.error());
      return false;
    }
    AnnotatedDocument document = ((BatchResult.Annotated) result).document();
    String name = Path.of(result.source()).getFileName().toString().replaceFirst("\\.txt$", "") + ".html";
    Path page = output.resolve(name);
    try {
      Files.writeString(page, HtmlRenderer.render(document), StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("demarche: " + result.source() + ": cannot write " + page + ": " + e.getMessage());
      return false;
    }
  }
}
