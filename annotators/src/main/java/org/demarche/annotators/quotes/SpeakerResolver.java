package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.demarche.annotators.common.ActorReferences;
import org.demarche.annotators.common.Tokens;
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
  /** Pronouns that name someone who can speak ("it" may be a fact, "they" may be figures, but rarely). */
  private static final Set<String> SPEAKING_PRONOUNS = ImmutableSet.of("he", "she", "they", "we", "i", "you", "it");

  /**
   * Nouns for people, bodies and the documents that speak for them, beyond the actors the actor
   * layer knows: "the report noted that ...", "analysts suggested that ...".
   */
  private static final Set<String> SPEAKING_NOUNS = ImmutableSet.of("official", "spokesman", "spokeswoman",
      "spokesperson", "minister", "president", "analyst", "expert", "diplomat", "source", "observer", "economist",
      "scientist", "researcher", "leader", "author", "critic", "commentator", "lawyer", "negotiator", "envoy",
      "ambassador", "officer", "commander", "general", "chief", "director", "secretary", "chairman", "chairwoman",
      "chair", "head", "member", "lawmaker", "senator", "governor", "mayor", "resident", "witness", "people",
      "group", "government", "ministry", "office", "agency", "council", "committee", "court", "army", "military",
      "police", "report", "statement", "letter", "resolution", "document", "communique", "declaration", "memo",
      "mediator", "delegate", "delegation", "organiser", "organizer", "representative", "aide", "adviser",
      "advisor", "campaigner", "activist", "doctor", "engineer", "forecaster", "trader", "investor",
      "company", "firm", "bank", "union", "authority", "authorities", "party", "movement", "coalition", "alliance",
      "administration", "cabinet", "parliament", "assembly", "tribunal", "commission", "board", "panel", "mission",
      "embassy", "consulate", "prosecutor", "judge", "organisation", "organization", "institute", "foundation");

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
    ActorMention named = named(phrase);
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

  /**
   * True when the phrase names someone who can speak: an actor, a person or body by name or by a
   * noun for people, a personal pronoun. "The fact that talks resumed" and "the latest incident"
   * cannot.
   */
  boolean namesSomeone(Phrase phrase) {
    Sentence sentence = phrase.sentence();
    if (named(phrase) != null) {
      return true;
    }
    int head = phrase.head() >= 0 ? phrase.head() : phrase.to() - 1;
    String tag = sentence.tag(head);
    if (tag.equals("PRP")) {
      return SPEAKING_PRONOUNS.contains(sentence.lower(head));
    }
    if (tag.startsWith("NNP")) {
      return true;
    }
    for (int i = phrase.from(); i < phrase.to(); i++) {
      String ner = sentence.token(i).ner();
      if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
        return true;
      }
    }
    String lemma = Tokens.lemma(sentence.token(head));
    // analyst, specialist, economist, statistician, politician: words for people by what they do
    return SPEAKING_NOUNS.contains(lemma) || lemma.endsWith("ist") || lemma.endsWith("ian");
  }

  /**
   * The actor the phrase names: the one at its head, else the longest within it, else one it
   * overlaps, else one in its asides ("The group, known as OPEC+").
   */
  private @Nullable ActorMention named(Phrase phrase) {
    Span span = phrase.span();
    if (phrase.head() >= 0) {
      ActorMention atHead = actors.overlapping(phrase.sentence().span(phrase.head(), phrase.head() + 1));
      if (atHead != null && span.overlaps(atHead.span())) {
        return atHead;
      }
    }
    ActorMention named = actors.within(span);
    if (named == null) {
      named = actors.overlapping(span);
    }
    if (named == null && phrase.wideTo() > phrase.to()) {
      named = actors.within(phrase.wideSpan());
    }
    return named;
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
