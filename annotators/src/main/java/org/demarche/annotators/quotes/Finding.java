package org.demarche.annotators.quotes;

import org.demarche.core.ActorRef;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * A quote as a finder proposes it, before speakers are resolved and overlaps settled.
 *
 * @param span the content
 * @param speaker the speaker's mention, or null
 * @param speakerRef the speaker when it is known without a mention in a sentence (an actor named
 *     before), used when {@code speaker} is null
 * @param cue the reporting word, or null
 */
record Finding(Span span, QuoteKind kind, @Nullable Phrase speaker, @Nullable ActorRef speakerRef, @Nullable Phrase cue) {

  static Finding of(Span span, QuoteKind kind, @Nullable Phrase speaker, @Nullable Phrase cue) {
    return new Finding(span, kind, speaker, null, cue);
  }

  Finding withSpan(Span newSpan) {
    return new Finding(newSpan, kind, speaker, speakerRef, cue);
  }
}
