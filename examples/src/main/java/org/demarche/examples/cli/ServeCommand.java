package org.demarche.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demarche serve}: the pipeline behind an HTTP endpoint. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serves the pipeline over HTTP, for tools in any language.",
        "%nPOST /annotate with the text as the request body (UTF-8; ?source=NAME optional) returns the "
            + "document as JSON; GET /health answers once the models are loaded."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String bind;

  @Mixin
  PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws Exception {
    HttpEndpoint endpoint = HttpEndpoint.start(pipelineOptions.build(spec.commandLine()), bind, port);
    spec.commandLine().getErr().println("demarche: serving on http://" + bind + ":" + endpoint.port()
        + "/annotate (Ctrl-C stops)");
    endpoint.awaitTermination();
    return ExitCodes.OK;
  }
}
