package org.demarche.core;

/**
 * Whether a demand's condition, as written, states the demanded action or its negation: in "if they
 * don't withdraw" the condition is {@link #NEGATIVE} and the demand is that they withdraw.
 */
public enum Polarity {
  POSITIVE,
  NEGATIVE
}
