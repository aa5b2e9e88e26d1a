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
import org.demarche.core.brat.BratStandoff;
import org.demarche.core.json.DocumentJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demarche annotate}: annotates files and prints JSON, or writes brat standoff files. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
        "Annotates text files and prints one JSON object per document.",
        "%nEach object has \"source\" (the path as given), \"text\", and the lists \"actors\", \"territories\", "
            + "\"demands\" and \"quotes\". A file that cannot be read is reported on stderr (and, with jsonl, "
            + "as an {\"source\": ..., \"error\": ...} record); the other files are still annotated and the "
            + "exit status is 1."})
final class AnnotateCommand implements Callable<Integer> {

  enum Format { json, jsonl, brat }

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files, or - for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (indented, one object per document), jsonl (one object per line), or brat "
          + "(writes NAME.ann beside each NAME.txt, or NAME.txt and NAME.ann into --output). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--input", paramLabel = "KIND", defaultValue = "TEXT",
      description = "text (each FILE is one document) or jsonl (each line of each FILE is "
          + "{\"source\": ..., \"text\": ...}). Default: text.",
      converter = InputFormatConverter.class)
  Inputs.Format input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "With --format brat: the folder to write into.")
  @Nullable Path output;

  @Option(names = "--force", description = "With --format brat: overwrite existing .ann files.")
  boolean force;

  @Mixin
  PipelineOptions pipelineOptions;

  @Override
  public Integer call() {
    if (format == Format.brat && output == null && (files.contains(Inputs.STDIN) || input == Inputs.Format.JSONL)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format brat needs --output DIR when documents come from standard input or JSON Lines");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DemarchePipeline pipeline = pipelineOptions.build(spec.commandLine());
    Progress progress = new Progress(err, input == Inputs.Format.TEXT ? files.size() : -1);
    int[] failures = {0};
    pipeline.annotateAll(Inputs.iterate(files, input, System.in), result -> {
      boolean ok = emit(result, out, err);
      if (!ok) {
        failures[0]++;
      }
      progress.documentDone(ok);
    });
    progress.finish();
    out.flush();
    return failures[0] == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private boolean emit(BatchResult result, PrintWriter out, PrintWriter err) {
    if (result instanceof BatchResult.Failed failed) {
      err.println("demarche: " + failed.source() + ": " + failed.error());
      if (format == Format.jsonl) {
        out.println(DocumentJson.errorRecord(failed.source(), failed.error()));
      }
      return false;
    }
    AnnotatedDocument document = ((BatchResult.Annotated) result).document();
    switch (format) {
      case jsonl -> out.println(DocumentJson.toJson(document));
      case json -> {
        DocumentJson.write(document, out, true);
        out.println();
      }
      case brat -> {
        return writeBrat(document, err);
      }
    }
    return true;
  }

  private boolean writeBrat(AnnotatedDocument document, PrintWriter err) {
    String source = String.valueOf(document.source());
    Path sourcePath = Path.of(source);
    String name = sourcePath.getFileName().toString().replaceFirst("\\.txt$", "");
    Path folder = output != null ? output : sourcePath.toAbsolutePath().getParent();
    Path ann = folder.resolve(name + ".ann");
    try {
      Files.createDirectories(folder);
      if (Files.exists(ann) && !force) {
        err.println("demarche: " + source + ": " + ann + " exists; not overwritten (use --force)");
        return false;
      }
      if (output != null) {
        Files.writeString(folder.resolve(name + ".txt"), document.text(), StandardCharsets.UTF_8);
      }
      Files.writeString(ann, BratStandoff.write(document), StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("demarche: " + source + ": cannot write " + ann + ": " + e.getMessage());
      return false;
    }
  }

  /** Accepts text and jsonl in any case. */
  static final class InputFormatConverter implements CommandLine.ITypeConverter<Inputs.Format> {
    @Override
    public Inputs.Format convert(String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "text" -> Inputs.Format.TEXT;
        case "jsonl" -> Inputs.Format.JSONL;
        default -> throw new CommandLine.TypeConversionException("expected text or jsonl, not '" + value + "'");
      };
    }
  }
}
