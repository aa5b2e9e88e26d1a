package org.demarche.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarche.core.eval.BratGold;
import org.demarche.core.eval.GoldCorpus;
import org.demarche.core.eval.GoldDocument;
import org.demarche.core.eval.GoldLineFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demarche convert}: gold between brat standoff and the scorer's line format. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
        "Converts gold annotations between brat standoff and the scorer's line format.",
        "%n--to brat writes NAME.ann from each NAME.gold; --to gold writes NAME.gold from each NAME.ann, "
            + "so that score.py can read a corpus annotated in brat."})
final class ConvertCommand implements Callable<Integer> {

  enum Target { brat, gold }

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "brat or gold.")
  Target target;

  @Option(names = "--force", description = "With --to brat: overwrite existing .ann files.")
  boolean force;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of NAME.txt with NAME.gold or NAME.ann.")
  List<Path> folders = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int failures = 0;
    int written = 0;
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        err.println("demarche: " + folder + ": not a folder");
        failures++;
        continue;
      }
      for (String name : GoldCorpus.names(folder)) {
        try {
          if (convert(folder, name, err)) {
            written++;
          }
        } catch (IOException | IllegalArgumentException e) {
          err.println("demarche: " + e.getMessage());
          failures++;
        }
      }
    }
    err.println("demarche: wrote " + written + " file" + (written == 1 ? "" : "s")
        + (failures > 0 ? ", " + failures + " failed" : ""));
    return failures == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private boolean convert(Path folder, String name, PrintWriter err) throws IOException {
    if (target == Target.brat) {
      if (!Files.exists(folder.resolve(name + ".gold"))) {
        return false;
      }
      Path ann = folder.resolve(name + ".ann");
      if (Files.exists(ann) && !force) {
        err.println("demarche: " + ann + " exists; not overwritten (use --force)");
        return false;
      }
      GoldDocument gold = GoldCorpus.read(folder, name, GoldCorpus.Source.LINES);
      Files.writeString(ann, BratGold.write(gold), StandardCharsets.UTF_8);
      return true;
    }
    if (!Files.exists(folder.resolve(name + ".ann"))) {
      return false;
    }
    GoldDocument gold = GoldCorpus.read(folder, name, GoldCorpus.Source.BRAT);
    String header = "Gold for " + name + ".txt, generated from " + name + ".ann by `demarche convert --to gold`.\n"
        + "Edit the .ann (in brat or by hand) and convert again. Format: examples/corpus/GUIDELINES.md";
    Files.writeString(folder.resolve(name + ".gold"), GoldLineFormat.write(gold, header), StandardCharsets.UTF_8);
    return true;
  }
}
