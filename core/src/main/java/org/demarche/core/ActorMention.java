package org.demarche.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A mention of a party to international politics, normalised to a CAMEO-style code.
 *
 * @param span where the mention is
 * @param text the mention as written
 * @param code the actor code: a country with an optional role ({@code RUS}, {@code UKRMIL}) or an
 *     organisation's acronym ({@code NATO}, {@code UNSC})
 * @param country ISO 3166-1 alpha-3 of the country, or null for an international organisation
 * @param role the role part of the code, or null when the text gives no role evidence
 * @param kind what kind of party it is
 * @param name the canonical name of the actor ("Vladimir Putin", "Russia", "United Nations")
 * @param metonym true when a place stands for an institution ("Kyiv", "the Kremlin")
 * @param actorId the document-level actor this mention refers to; mentions of the same actor in one
 *     document share it ("Witkoff" and "special envoy Steve Witkoff")
 */
public record ActorMention(
    Span span,
    String text,
    String code,
    @Nullable String country,
    @Nullable ActorRole role,
    ActorKind kind,
    String name,
    boolean metonym,
    String actorId)
    implements Mention {

  public ActorMention {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    requireNonNull(actorId, "actorId");
    checkArgument(!code.isBlank(), "actor code is blank for %s", text);
  }

  /** A reference to this mention, for a quote's speaker or a demand's parties. */
  public ActorRef toRef() {
    return new ActorRef(text, span, code, name);
  }
}
