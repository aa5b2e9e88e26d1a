package org.demarche.annotators.demands;

import org.jspecify.annotations.Nullable;

/**
 * The parts of one conditional construction in a sentence, as token ranges {@code [begin, end)} of
 * that sentence (the condition of an "otherwise" may lie in the sentence before: {@code
 * conditionInPrevious}).
 *
 * @param connective the connective that opens it
 * @param condition what the addressee must do (without the connective)
 * @param consequence what the demander will do
 * @param conditionSubject the subject of the condition, when it has one
 * @param consequenceSubject the subject of the consequence (or of the clause that governs it)
 * @param conditionSubjectHead the head word of the condition's subject, or -1
 * @param consequenceSubjectHead the head word of the consequence's subject, or -1
 * @param conditionNegated "if they don't withdraw"
 * @param consequenceNegated "will not withdraw until ..."
 * @param committed the consequence is a commitment (will, would, must, "is ready to", "threatened
 *     to"), not a statement of fact
 * @param conditionInPrevious the condition's range indexes the previous sentence
 */
record Construction(
    Connective connective,
    Range condition,
    Range consequence,
    @Nullable Range conditionSubject,
    @Nullable Range consequenceSubject,
    int conditionSubjectHead,
    int consequenceSubjectHead,
    boolean conditionNegated,
    boolean consequenceNegated,
    boolean committed,
    boolean conditionInPrevious) {

  /** Tokens {@code [begin, end)} of a sentence. */
  record Range(int begin, int end) {
    boolean isEmpty() {
      return end <= begin;
    }

    boolean contains(int token) {
      return begin <= token && token < end;
    }
  }
}
