package org.demarche.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM and keeps what it printed. */
record CommandLineRun(int status, String out, String err) {

  static CommandLineRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = DemarcheCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CommandLineRun(status, out.toString(), err.toString());
  }
}
