package org.demarche.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A conditional demand, offer, threat or refusal: a party makes its own action depend on what
 * another party does.
 *
 * @param span the whole construction: consequence, connective and condition
 * @param text the construction as written
 * @param connective the connective in lower case ("if", "only if", "unless", "in exchange for",
 *     "should" for an inverted conditional, "or" and "otherwise" for ultimatums)
 * @param type offer, threat or refusal
 * @param condition what the addressee must do or stop doing, without the connective
 * @param consequence what the demander will do
 * @param demander who makes the demand: the speaker when it is quoted, otherwise the subject of the
 *     consequence; null when the text does not say
 * @param addressee of whom the condition asks something; null when the text does not say
 * @param polarity whether the condition as written is negated ("if they don't withdraw")
 * @param category what is demanded, where clear ({@code WITHDRAWAL}, {@code CEASEFIRE} ...), or null
 * @param demandCameo the nearest CAMEO code for what is demanded ("1056"), or null
 * @param responseCameo the nearest CAMEO code for the threat, offer or refusal ("138"), or null
 */
public record Demand(
    Span span,
    String text,
    String connective,
    DemandType type,
    Clause condition,
    Clause consequence,
    @Nullable ActorRef demander,
    @Nullable ActorRef addressee,
    Polarity polarity,
    @Nullable String category,
    @Nullable String demandCameo,
    @Nullable String responseCameo)
    implements Mention {

  public Demand {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(connective, "connective");
    requireNonNull(type, "type");
    requireNonNull(condition, "condition");
    requireNonNull(consequence, "consequence");
    requireNonNull(polarity, "polarity");
  }
}
