package org.demarche.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the tokens and documents each benchmark thread annotated; JMH reports them as rates
 * beside the operation rate, so a result reads directly as tokens per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TokenCounter {

  /** Tokens annotated; reported as tokens per second. */
  public long tokens;

  /** Documents annotated; reported as documents per second. */
  public long documents;

  @Setup(Level.Iteration)
  public void reset() {
    tokens = 0;
    documents = 0;
  }

  void add(int documentTokens) {
    tokens += documentTokens;
    documents++;
  }
}
