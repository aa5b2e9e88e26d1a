package org.demarche.core;

import static java.util.Objects.requireNonNull;

/** A part of a demand: its condition or its consequence. */
public record Clause(Span span, String text) implements Mention {

  public Clause {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
  }
}
