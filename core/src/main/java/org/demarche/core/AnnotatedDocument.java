package org.demarche.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text with everything Demarche found in it. Immutable.
 *
 * <p>Construction checks that every span lies within the text and that every mention's text is
 * what its span covers, so a document that exists is consistent.
 *
 * @param source where the text came from (a file path as given, an id), or null
 * @param text the text, unchanged
 * @param actors negotiation actors, in span order
 * @param territories territorial references, in span order
 * @param demands conditional demands, in span order
 * @param quotes quoted and reported speech, in span order
 */
public record AnnotatedDocument(
    @Nullable String source,
    String text,
    List<ActorMention> actors,
    List<TerritoryMention> territories,
    List<Demand> demands,
    List<Quote> quotes) {

  public AnnotatedDocument {
    requireNonNull(text, "text");
    actors = ImmutableList.copyOf(actors);
    territories = ImmutableList.copyOf(territories);
    demands = ImmutableList.copyOf(demands);
    quotes = ImmutableList.copyOf(quotes);
    for (ActorMention actor : actors) {
      checkMention(text, "actor", actor);
    }
    for (TerritoryMention territory : territories) {
      checkMention(text, "territory", territory);
      territory.actors().forEach(ref -> checkRef(text, "territory actor", ref));
    }
    for (Demand demand : demands) {
      checkMention(text, "demand", demand);
      checkMention(text, "demand condition", demand.condition());
      checkMention(text, "demand consequence", demand.consequence());
      if (demand.demander() != null) {
        checkRef(text, "demander", demand.demander());
      }
      if (demand.addressee() != null) {
        checkRef(text, "addressee", demand.addressee());
      }
    }
    for (Quote quote : quotes) {
      checkMention(text, "quote", quote);
      if (quote.speaker() != null) {
        checkRef(text, "speaker", quote.speaker());
      }
      if (quote.cueSpan() != null) {
        checkArgument(quote.cueSpan().fitsIn(text.length()), "quote cue %s is outside the text", quote.cueSpan());
      }
    }
  }

  /** A document with nothing found in it. */
  public static AnnotatedDocument empty(@Nullable String source, String text) {
    return new AnnotatedDocument(source, text, List.of(), List.of(), List.of(), List.of());
  }

  /** The same document with another source. */
  public AnnotatedDocument withSource(@Nullable String newSource) {
    return new AnnotatedDocument(newSource, text, actors, territories, demands, quotes);
  }

  /** Every mention of one layer, in span order. */
  public List<? extends Mention> mentions(Layer layer) {
    return switch (layer) {
      case ACTORS -> actors;
      case TERRITORIES -> territories;
      case DEMANDS -> demands;
      case QUOTES -> quotes;
    };
  }

  private static void checkMention(String text, String what, Mention mention) {
    Span span = mention.span();
    checkArgument(
        span.fitsIn(text.length()),
        "%s %s %s is outside the text of length %s", what, span, mention.text(), text.length());
    checkArgument(
        span.coveredText(text).equals(mention.text()),
        "%s text %s does not match the text at %s: %s",
        what, mention.text(), span, span.coveredText(text));
  }

  private static void checkRef(String text, String what, ActorRef ref) {
    Span span = ref.span();
    if (span == null) {
      return;
    }
    checkArgument(span.fitsIn(text.length()), "%s %s is outside the text", what, span);
    checkArgument(
        span.coveredText(text).equals(ref.text()),
        "%s text %s does not match the text at %s", what, ref.text(), span);
  }
}
