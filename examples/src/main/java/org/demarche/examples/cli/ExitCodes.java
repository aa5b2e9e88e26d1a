package org.demarche.examples.cli;

/** The command line's exit statuses. */
final class ExitCodes {
  static final int OK = 0;
  /** Some document or item failed; everything else was still processed. */
  static final int FAILED = 1;
  /** The command line was wrong: picocli's usage error status. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
