package org.demarche.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code demarche} command: annotate, evaluate, convert and serve. */
@Command(
    name = "demarche",
    mixinStandardHelpOptions = true,
    versionProvider = DemarcheCommand.Version.class,
    description = "Annotates diplomatic and political news text: negotiation actors, territorial "
        + "references, conditional demands and quoted speech, on top of Stanford CoreNLP.",
    subcommands = {
        AnnotateCommand.class,
        EvaluateCommand.class,
        ConvertCommand.class,
        RenderCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class},
    footer = {
        "",
        "Exit status: 0 success, 1 some document failed (the others are still processed), 2 usage error.",
        "CoreNLP's own log messages are hidden unless --verbose is given."})
public final class DemarcheCommand implements Runnable {

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "Missing command: annotate, evaluate, convert, render or serve");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Logging.configure(isVerbose(args));
    CommandLine commandLine = new CommandLine(new DemarcheCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      CommandLine failed = exception.getCommandLine();
      failed.getErr().println("demarche: " + exception.getMessage());
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    });
    commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
      err.println("demarche: " + exception.getMessage());
      if (isVerbose(args)) {
        exception.printStackTrace(err);
      }
      return ExitCodes.FAILED;
    });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  private static boolean isVerbose(String[] args) {
    for (String arg : args) {
      if (arg.equals("--verbose") || arg.equals("-v")) {
        return true;
      }
    }
    return false;
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = DemarcheCommand.class.getPackage().getImplementationVersion();
      return new String[] {"demarche " + (version == null ? "development build" : version)};
    }
  }
}
