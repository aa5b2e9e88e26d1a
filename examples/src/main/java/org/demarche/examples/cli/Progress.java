package org.demarche.examples.cli;

import java.io.PrintWriter;

/**
 * Reports a batch's progress on stderr: on one rewritten line on a terminal, otherwise every few
 * documents. Silent for batches of a few documents, where it would only be noise.
 */
final class Progress {

  private static final int QUIET_UP_TO = 4;
  private static final int LOG_EVERY = 25;

  private final PrintWriter err;
  private final int total;
  private final boolean terminal;
  private int done;
  private int failed;

  /** @param total the number of documents, or -1 when unknown (JSON Lines input) */
  Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
    this.terminal = System.console() != null;
  }

  void documentDone(boolean success) {
    done++;
    if (!success) {
      failed++;
    }
    if (total >= 0 && total <= QUIET_UP_TO) {
      return;
    }
    if (terminal) {
      err.print("\r" + line());
      err.flush();
    } else if (done % LOG_EVERY == 0) {
      err.println(line());
    }
  }

  void finish() {
    if (total >= 0 && total <= QUIET_UP_TO) {
      return;
    }
    err.println((terminal ? "\r" : "") + line());
  }

  private String line() {
    return "demarche: " + done + (total >= 0 ? " of " + total : "") + " documents annotated"
        + (failed > 0 ? ", " + failed + " failed" : "");
  }
}
