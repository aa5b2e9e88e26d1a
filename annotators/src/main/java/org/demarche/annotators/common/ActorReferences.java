package org.demarche.annotators.common;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
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
 * <p>Pronouns are resolved by agreement and salience: {@code he}, {@code she} and their forms name a
 * person; {@code they} and {@code it} a state, government, force, organisation or group. Within the pronoun's own sentence the nearest such actor before it is taken;
 * otherwise the first such actor of the sentence before (usually its subject, which a next sentence
 * most often continues with), and so on back. This is what news prose needs most often; it is not
 * general coreference.
 */
public final class ActorReferences {

  private static final Set<String> PERSONAL = ImmutableSet.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
  private static final Set<String> PLURAL = ImmutableSet.of("they", "them", "their", "theirs", "themselves");
  private static final Set<String> NEUTER = ImmutableSet.of("it", "its", "itself");

  /** How far back (in characters) a pronoun looks for the actor it names. */
  private static final int PRONOUN_REACH = 1200;

  private final ImmutableList<ActorMention> actors;
  /** Where each sentence begins, in order; empty when the sentences are not known. */
  private final int[] sentenceBegins;

  private ActorReferences(List<ActorMention> actors, int[] sentenceBegins) {
    this.actors = ImmutableList.copyOf(actors);
    this.sentenceBegins = sentenceBegins;
  }

  /** The actors the actor layer stored on the document (none when it did not run). */
  public static ActorReferences of(Annotation document) {
    List<ActorMention> actors = document.get(DemarcheAnnotations.ActorsAnnotation.class);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    int[] begins = new int[sentences == null ? 0 : sentences.size()];
    for (int i = 0; i < begins.length; i++) {
      begins[i] = sentences.get(i).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }
    return new ActorReferences(actors == null ? List.of() : actors, begins);
  }

  /** Actors without sentence boundaries: pronouns take the nearest agreeing actor before them. */
  public static ActorReferences of(List<ActorMention> actors) {
    return new ActorReferences(actors, new int[0]);
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
    Predicate<ActorMention> agrees;
    if (PERSONAL.contains(lower)) {
      agrees = actor -> actor.kind() == ActorKind.PERSON;
    } else if (PLURAL.contains(lower)) {
      // "they" names a plural group first ("Ukrainian troops", "the rebels"); a state only when
      // no group is in reach.
      ActorMention group = resolve(span, actor -> actor.kind() == ActorKind.GROUP || actor.kind() == ActorKind.MILITARY
          || isPluralName(actor));
      if (group != null) {
        return group;
      }
      agrees = actor -> actor.kind() != ActorKind.PERSON && actor.kind() != ActorKind.LOCATION;
    } else if (NEUTER.contains(lower)) {
      // A collective in the singular ("the delegation", "the army") is "it" as much as a state is.
      agrees = actor -> actor.kind() != ActorKind.PERSON && actor.kind() != ActorKind.LOCATION;
    } else {
      return null;
    }
    return resolve(span, agrees);
  }

  private static boolean isPluralName(ActorMention actor) {
    String text = actor.text();
    return text.endsWith("s") && !text.endsWith("ss") && actor.kind() != ActorKind.STATE
        && actor.kind() != ActorKind.PERSON && actor.kind() != ActorKind.LOCATION;
  }

  private @Nullable ActorMention resolve(Span span, Predicate<ActorMention> agrees) {
    if (sentenceBegins.length == 0) {
      return nearestBefore(span.begin(), PRONOUN_REACH, agrees);
    }
    int sentence = sentenceOf(span.begin());
    ActorMention inSentence = null;
    for (ActorMention actor : actors) {
      if (actor.span().end() <= span.begin() && sentenceOf(actor.span().begin()) == sentence && agrees.test(actor)) {
        inSentence = actor;
      }
    }
    if (inSentence != null) {
      return inSentence;
    }
    for (int previous = sentence - 1; previous >= 0; previous--) {
      for (ActorMention actor : actors) {
        if (sentenceOf(actor.span().begin()) == previous && agrees.test(actor)) {
          return span.begin() - actor.span().end() <= PRONOUN_REACH ? actor : null;
        }
      }
    }
    return null;
  }

  private int sentenceOf(int offset) {
    int index = java.util.Arrays.binarySearch(sentenceBegins, offset);
    return index >= 0 ? index : -index - 2;
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
