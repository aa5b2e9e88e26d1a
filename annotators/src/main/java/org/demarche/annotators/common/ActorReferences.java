package org.demarche.annotators.common;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRef;
import org.demarche.core.DemarcheAnnotations;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * The actor layer's mentions of one document, asked the questions the later layers ask: which actor
 * a span names, and whom a pronoun refers to ("he said" → the last person named before it).
 *
 * <p>Pronouns are resolved by recency and agreement only: {@code he}, {@code she} and their forms to
 * the nearest person before them; {@code they} to the nearest group, government, force or state;
 * {@code it} to the nearest state, government or organisation. This is what news prose needs most
 * often; it is not general coreference.
 */
public final class ActorReferences {

  private static final Set<String> PERSONAL = ImmutableSet.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
  private static final Set<String> PLURAL = ImmutableSet.of("they", "them", "their", "theirs", "themselves");
  private static final Set<String> NEUTER = ImmutableSet.of("it", "its", "itself");

  /** How far back (in characters) a pronoun looks for the actor it names. */
  private static final int PRONOUN_REACH = 1200;

  private final ImmutableList<ActorMention> actors;

  private ActorReferences(List<ActorMention> actors) {
    this.actors = ImmutableList.copyOf(actors);
  }

  /** The actors the actor layer stored on the document (none when it did not run). */
  public static ActorReferences of(Annotation document) {
    List<ActorMention> actors = document.get(DemarcheAnnotations.ActorsAnnotation.class);
    return new ActorReferences(actors == null ? List.of() : actors);
  }

  public static ActorReferences of(List<ActorMention> actors) {
    return new ActorReferences(actors);
  }

  public List<ActorMention> all() {
    return actors;
  }

  /** The longest actor mention inside the span, or null. */
  public @Nullable ActorMention within(Span span) {
    ActorMention best = null;
    for (ActorMention actor : actors) {
      if (span.contains(actor.span()) && (best == null || actor.span().length() > best.span().length())) {
        best = actor;
      }
    }
    return best;
  }

  /** The actor mention that overlaps the span most, or null. */
  public @Nullable ActorMention overlapping(Span span) {
    ActorMention best = null;
    int bestShared = 0;
    for (ActorMention actor : actors) {
      int shared = Math.min(span.end(), actor.span().end()) - Math.max(span.begin(), actor.span().begin());
      if (shared > bestShared) {
        best = actor;
        bestShared = shared;
      }
    }
    return best;
  }

  /** The nearest actor mention ending at or before {@code offset} that the test accepts, or null. */
  public @Nullable ActorMention nearestBefore(int offset, int reach, Predicate<ActorMention> test) {
    for (int i = actors.size() - 1; i >= 0; i--) {
      ActorMention actor = actors.get(i);
      if (actor.span().end() > offset) {
        continue;
      }
      if (offset - actor.span().end() > reach) {
        return null;
      }
      if (test.test(actor)) {
        return actor;
      }
    }
    return null;
  }

  /** True for a personal, plural or neuter third-person pronoun this class can resolve. */
  public static boolean isPronoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return PERSONAL.contains(lower) || PLURAL.contains(lower) || NEUTER.contains(lower);
  }

  /** The actor a third-person pronoun at {@code span} refers to, or null. */
  public @Nullable ActorMention resolvePronoun(String pronoun, Span span) {
    String lower = pronoun.toLowerCase(Locale.ROOT);
    if (PERSONAL.contains(lower)) {
      return nearestBefore(span.begin(), PRONOUN_REACH, actor -> actor.kind() == ActorKind.PERSON);
    }
    if (PLURAL.contains(lower)) {
      return nearestBefore(span.begin(), PRONOUN_REACH, actor -> actor.kind() != ActorKind.PERSON);
    }
    if (NEUTER.contains(lower)) {
      return nearestBefore(span.begin(), PRONOUN_REACH, actor -> actor.kind() == ActorKind.STATE
          || actor.kind() == ActorKind.GOVERNMENT || actor.kind() == ActorKind.ORGANIZATION);
    }
    return null;
  }

  /**
   * A reference to the party named by the words at {@code span}: the actor mention there, or the
   * actor a pronoun there refers to (keeping the pronoun's own text and span), or just the words.
   */
  public ActorRef refer(String text, Span span) {
    ActorMention named = overlapping(span);
    if (named != null) {
      return new ActorRef(text, span, named.code(), named.name());
    }
    ActorMention antecedent = isPronoun(text) ? resolvePronoun(text, span) : null;
    if (antecedent != null) {
      return new ActorRef(text, span, antecedent.code(), antecedent.name());
    }
    return new ActorRef(text, span, null, null);
  }
}
