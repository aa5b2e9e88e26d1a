package org.demarche.core.testing;

import org.demarche.core.ActorMention;
import org.demarche.core.ActorRef;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.Clause;
import org.demarche.core.Demand;
import org.demarche.core.Quote;
import org.demarche.core.Span;
import org.demarche.core.TerritoryMention;
import org.jspecify.annotations.Nullable;

/** Moves every span of a document's mentions by a number of characters. */
public final class Shift {

  private Shift() {}

  /** The mentions of {@code document} moved by {@code delta}, on the text {@code newText}. */
  public static AnnotatedDocument document(AnnotatedDocument document, String newText, int delta) {
    return new AnnotatedDocument(
        document.source(),
        newText,
        document.actors().stream().map(a -> new ActorMention(a.span().shift(delta), a.text(), a.code(), a.country(),
            a.role(), a.kind(), a.name(), a.metonym(), a.actorId())).toList(),
        document.territories().stream().map(t -> new TerritoryMention(t.span().shift(delta), t.text(), t.kind(),
            t.placeId(), t.name(), t.iso3166_2(), t.claimants(), t.controller(), t.status(),
            t.actors().stream().map(r -> ref(r, delta)).toList())).toList(),
        document.demands().stream().map(d -> new Demand(d.span().shift(delta), d.text(), d.connective(), d.type(),
            new Clause(d.condition().span().shift(delta), d.condition().text()),
            new Clause(d.consequence().span().shift(delta), d.consequence().text()),
            ref(d.demander(), delta), ref(d.addressee(), delta), d.polarity(), d.category(), d.demandCameo(),
            d.responseCameo())).toList(),
        document.quotes().stream().map(q -> new Quote(q.span().shift(delta), q.text(), q.kind(),
            ref(q.speaker(), delta), q.cue(), span(q.cueSpan(), delta))).toList());
  }

  private static @Nullable ActorRef ref(@Nullable ActorRef ref, int delta) {
    return ref == null ? null : new ActorRef(ref.text(), span(ref.span(), delta), ref.code(), ref.name());
  }

  private static @Nullable Span span(@Nullable Span span, int delta) {
    return span == null ? null : span.shift(delta);
  }
}
