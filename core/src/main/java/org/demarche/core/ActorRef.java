package org.demarche.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A party as another layer refers to it: a quote's speaker, a demand's demander or addressee, the
 * claimant named in a territory's modifier.
 *
 * @param text the words in the document that name the party ("he", "Putin", "Kyiv's troops")
 * @param span where those words are, or null when the party is not named in the text
 * @param code the resolved actor code, or null when unknown
 * @param name the resolved actor's canonical name, or null when unknown ("Vladimir Putin" for "he")
 */
public record ActorRef(String text, @Nullable Span span, @Nullable String code, @Nullable String name) {

  public ActorRef {
    requireNonNull(text, "text");
  }
}
