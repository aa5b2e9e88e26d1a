package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.demarche.annotators.common.ActorReferences;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRef;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * Turns a speaker's mention into a reference to an actor of the actor layer: the actor named in the
 * mention ("Foreign Minister Hakan Fidan", "officials in Tokyo"), the actor a pronoun refers to
 * ("he said" → the person named last before), or the owner of a possessive ("its spokesman" → the
 * government or organisation named last). A speaker outside international politics keeps its words
 * without a code; a pronoun for such a person keeps the person's name when the text gives one.
 */
final class SpeakerResolver {

  private static final Set<String> POSSESSIVES = ImmutableSet.of("its", "his", "her", "their");
  private static final Set<String> PERSONAL = ImmutableSet.of("he", "she", "him", "her", "his");
  /** How many sentences back a pronoun looks for a person the actor layer does not know. */
  private static final int PERSON_SENTENCES = 4;

  private final DocumentView document;
  private final ActorReferences actors;

  SpeakerResolver(DocumentView document, ActorReferences actors) {
    this.document = document;
    this.actors = actors;
  }

  ActorRef resolve(Phrase phrase) {
    Span span = phrase.span();
    String text = span.coveredText(document.text);
    ActorMention named = actors.within(span);
    if (named == null) {
      named = actors.overlapping(span);
    }
    if (named != null) {
      return new ActorRef(text, span, named.code(), named.name());
    }
    Sentence sentence = phrase.sentence();
    String first = phrase.firstLower();
    if (phrase.to() - phrase.from() == 1 && ActorReferences.isPronoun(first)) {
      ActorMention antecedent = actors.resolvePronoun(first, span);
      if (antecedent != null) {
        return new ActorRef(text, span, antecedent.code(), antecedent.name());
      }
      String person = PERSONAL.contains(first) ? personNamedBefore(sentence, phrase.from()) : null;
      return new ActorRef(text, span, null, person);
    }
    if (POSSESSIVES.contains(first) && phrase.to() - phrase.from() > 1) {
      ActorMention owner = actors.resolvePronoun(first, sentence.span(phrase.from(), phrase.from() + 1));
      if (owner != null) {
        return new ActorRef(text, span, owner.code(), null);
      }
    }
    return new ActorRef(text, span, null, null);
  }

  /** The last run of PERSON tokens before the pronoun, in this or the few sentences before. */
  private @Nullable String personNamedBefore(Sentence sentence, int before) {
    for (int k = sentence.index, steps = 0; k >= 0 && steps <= PERSON_SENTENCES; k--, steps++) {
      Sentence candidate = document.sentences.get(k);
      int end = k == sentence.index ? before : candidate.size();
      for (int i = end - 1; i >= 0; i--) {
        if ("PERSON".equals(candidate.token(i).ner())) {
          int from = i;
          while (from > 0 && "PERSON".equals(candidate.token(from - 1).ner())) {
            from--;
          }
          return candidate.span(from, i + 1).coveredText(document.text);
        }
      }
    }
    return null;
  }
}
