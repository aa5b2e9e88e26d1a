package org.demarche.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Quoted or reported speech and who said it.
 *
 * @param span the content, without quotation marks and without "that"
 * @param text the content as written
 * @param kind direct, unmarked or indirect
 * @param speaker who said it, or null when the text does not say
 * @param cue the reporting word as written ("said", "stating"), or null when there is none
 * @param cueSpan where the cue is, or null
 */
public record Quote(
    Span span,
    String text,
    QuoteKind kind,
    @Nullable ActorRef speaker,
    @Nullable String cue,
    @Nullable Span cueSpan)
    implements Mention {

  public Quote {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
  }
}
