package org.demarche.examples.cli;

/**
 * Keeps CoreNLP's log chatter (model loading, warnings about untokenizable characters) off the
 * user's terminal. CoreNLP logs through SLF4J; slf4j-simple reads these properties when the first
 * logger is created, so they are set before anything else runs.
 */
final class Logging {

  private Logging() {}

  static void configure(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
  }
}
