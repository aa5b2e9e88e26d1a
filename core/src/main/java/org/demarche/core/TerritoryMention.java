package org.demarche.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reference to land or water as the object of sovereignty, claim, occupation or control.
 *
 * @param span where the reference is
 * @param text the reference as written
 * @param kind named from the gazetteer, or descriptive
 * @param placeId the gazetteer id ({@code crimea}), or null for a descriptive reference that names no
 *     known place
 * @param name the place's canonical name, or null
 * @param iso3166_2 the ISO 3166-2 subdivision code where one exists ({@code UA-43}), or null
 * @param claimants ISO alpha-3 codes of the parties that claim it, from the gazetteer and the modifier
 * @param controller the party in control, or null when unknown
 * @param status the place's status ({@code ANNEXED}, {@code OCCUPIED}, {@code CONTESTED} ...) or, for
 *     a descriptive reference, the status its modifier states; null when unknown
 * @param actors the parties named in a descriptive reference's modifier ("Moscow" in "territory
 *     claimed by Moscow")
 */
public record TerritoryMention(
    Span span,
    String text,
    TerritoryKind kind,
    @Nullable String placeId,
    @Nullable String name,
    @Nullable String iso3166_2,
    List<String> claimants,
    @Nullable String controller,
    @Nullable String status,
    List<ActorRef> actors)
    implements Mention {

  public TerritoryMention {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    claimants = ImmutableList.copyOf(claimants);
    actors = ImmutableList.copyOf(actors);
  }
}
