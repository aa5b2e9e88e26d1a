package org.demarche.core.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRef;
import org.demarche.core.ActorRole;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.Clause;
import org.demarche.core.Demand;
import org.demarche.core.DemandType;
import org.demarche.core.Polarity;
import org.demarche.core.Quote;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;
import org.demarche.core.TerritoryKind;
import org.demarche.core.TerritoryMention;

/** jqwik generators of consistent {@link AnnotatedDocument}s, for round-trip properties. */
public final class Documents {

  private Documents() {}

  /** Documents of odd texts (any Unicode, line breaks, quotation marks) with mentions of every kind. */
  public static Arbitrary<AnnotatedDocument> documents() {
    Arbitrary<String> texts = Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(1).ofMaxLength(300),
        Arbitraries.strings().withChars("abc \n\t\"'\u201C\u201D\u00AB\u00BB|\\#=").ofMinLength(1).ofMaxLength(80),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(120));
    return texts.flatMap(text -> Combinators.combine(
            Arbitraries.strings().alpha().numeric().withChars("/._-").ofMaxLength(30).injectNull(0.3),
            actor(text).list().ofMaxSize(6),
            territory(text).list().ofMaxSize(4),
            demand(text).list().ofMaxSize(3),
            quote(text).list().ofMaxSize(4))
        .as((source, actors, territories, demands, quotes) ->
            new AnnotatedDocument(source, text, sorted(actors), sorted(territories), sorted(demands), sorted(quotes))));
  }

  private static <T extends org.demarche.core.Mention> List<T> sorted(List<T> mentions) {
    return mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
  }

  private static Arbitrary<Span> span(String text) {
    return Arbitraries.integers().between(0, text.length())
        .flatMap(begin -> Arbitraries.integers().between(begin, text.length()).map(end -> Span.of(begin, end)));
  }

  private static Arbitrary<String> word() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(12);
  }

  private static Arbitrary<ActorRef> ref(String text) {
    return Combinators.combine(span(text).injectNull(0.3), word().injectNull(0.3), word().injectNull(0.3), word())
        .as((span, code, name, loose) -> new ActorRef(span == null ? loose : span.coveredText(text), span, code, name));
  }

  private static Arbitrary<ActorMention> actor(String text) {
    return Combinators.combine(span(text), word(), word().injectNull(0.3),
            Arbitraries.of(ActorRole.class).injectNull(0.3), Arbitraries.of(ActorKind.class), word(),
            Arbitraries.of(true, false), word())
        .as((span, code, country, role, kind, name, metonym, id) ->
            new ActorMention(span, span.coveredText(text), code.isBlank() ? "X" + code : code, country, role, kind, name,
                metonym, id));
  }

  private static Arbitrary<TerritoryMention> territory(String text) {
    return Combinators.combine(span(text), Arbitraries.of(TerritoryKind.class), word().injectNull(0.3),
            word().injectNull(0.3), word().injectNull(0.5), word().list().ofMaxSize(3), word().injectNull(0.4),
            ref(text).list().ofMaxSize(2))
        .as((span, kind, place, name, iso, claimants, controller, refs) ->
            new TerritoryMention(span, span.coveredText(text), kind, place, name, iso, claimants, controller,
                controller, refs));
  }

  private static Arbitrary<Demand> demand(String text) {
    return Combinators.combine(span(text), word(), Arbitraries.of(DemandType.class), span(text), span(text),
            ref(text).injectNull(0.3), ref(text).injectNull(0.3), Arbitraries.of(Polarity.class))
        .as((span, connective, type, condition, consequence, demander, addressee, polarity) ->
            new Demand(span, span.coveredText(text), connective, type,
                new Clause(condition, condition.coveredText(text)),
                new Clause(consequence, consequence.coveredText(text)),
                demander, addressee, polarity, connective.length() % 2 == 0 ? null : "WITHDRAWAL",
                connective.length() % 3 == 0 ? null : "1056", connective.length() % 2 == 0 ? "138" : null));
  }

  private static Arbitrary<Quote> quote(String text) {
    return Combinators.combine(span(text), Arbitraries.of(QuoteKind.class), ref(text).injectNull(0.3),
            span(text).injectNull(0.4))
        .as((span, kind, speaker, cue) -> new Quote(span, span.coveredText(text), kind, speaker,
            cue == null ? null : cue.coveredText(text), cue));
  }
}
