package org.demarche.annotators.demands;

/**
 * A connective found in a sentence: its canonical form ("only if", "in exchange for"), its tokens
 * {@code [begin, end)} in the sentence, and the shape of construction it opens.
 */
record Connective(String text, int begin, int end, Shape shape) {

  /** How the connective joins condition and consequence. */
  enum Shape {
    /** A subordinate clause: "if", "unless", "until", "once", "as long as", "provided that". */
    SUBORDINATE,
    /** A prepositional phrase: "in exchange for", "in return for". */
    PREPOSITIONAL,
    /** An inverted conditional: "Should inspectors be denied entry, ...". */
    INVERTED,
    /** An ultimatum: "... or face sanctions". */
    ULTIMATUM,
    /** "... ; otherwise ...": the condition comes first, as a demand. */
    OTHERWISE
  }
}
