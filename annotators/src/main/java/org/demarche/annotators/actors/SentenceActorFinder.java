package org.demarche.annotators.actors;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.demarche.annotators.actors.ActorLexicon.Adjective;
import org.demarche.annotators.actors.ActorLexicon.Demonym;
import org.demarche.annotators.actors.ActorLexicon.Entry;
import org.demarche.annotators.actors.ActorLexicon.Organization;
import org.demarche.annotators.actors.ActorLexicon.Person;
import org.demarche.annotators.actors.ActorLexicon.Seat;
import org.demarche.annotators.actors.ActorLexicon.State;
import org.demarche.annotators.actors.ActorLexicon.Title;
import org.demarche.annotators.actors.ActorLexicon.TitleKind;
import org.demarche.annotators.common.Dependencies;
import org.demarche.annotators.common.Tokens;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRole;
import org.demarche.core.Span;
import org.demarche.core.lexicon.PhraseMatcher.Match;
import org.jspecify.annotations.Nullable;

/**
 * Finds the actors of one sentence: noun phrases built around titles and role nouns ("US President
 * Donald Trump", "Kyiv's troops", "American and Russian officials"), then the names left over
 * (states, seats acting as governments, organisations, known people, demonyms), then surnames and
 * bare titles of people the document introduced before.
 *
 * <p>Stateless; the per-document memory lives in {@link DocumentActors}.
 */
final class SentenceActorFinder {

  /** Modifiers a title can carry between its anchor and itself ("top", "special", "former"). */
  private static final Set<String> MODIFIER_VERBS = ImmutableSet.of("visiting", "outgoing", "acting", "ruling",
      "governing", "leading", "incoming", "serving", "retired", "elected", "appointed", "designated", "exiled",
      "sitting", "reigning", "caretaker", "interim");

  /** Lower-case words that may sit inside a person's name ("Mohammed bin Salman", "Ursula von der Leyen"). */
  private static final Set<String> NAME_PARTICLES = ImmutableSet.of("bin", "ibn", "al", "al-", "el", "de", "del",
      "der", "van", "von", "la", "le", "da", "di", "du", "dos", "das", "ben", "abu", "bint", "y");

  /** Nouns a group title can take after it as its head ("coast guard vessels"). */
  private static final Set<String> GROUP_TAILS = ImmutableSet.of("vessels", "ships", "boats", "units", "unit",
      "officers", "personnel", "troops", "forces", "patrols", "warships", "aircraft", "jets", "team", "teams",
      "delegation", "delegations", "contingent", "battalion", "battalions", "brigade", "brigades", "commanders");

  private final ActorLexicon lexicon;
  private final MetonymyClassifier metonymy = new MetonymyClassifier();

  SentenceActorFinder(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The working state of one sentence. */
  private final class Sentence {
    final String text;
    final List<CoreLabel> tokens;
    final @Nullable Dependencies parse;
    final DocumentActors document;
    final int size;
    @SuppressWarnings("unchecked")
    final Match<Entry>[] nameAt;
    final int[] nameOwner;
    @SuppressWarnings("unchecked")
    final Match<Title>[] titleAt;
    final int[] titleOwner;
    final boolean[] used;
    final List<Match<Entry>> names = new ArrayList<>();
    final List<ActorMention> found = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Sentence(String text, List<CoreLabel> tokens, @Nullable Dependencies parse, DocumentActors document) {
      this.text = text;
      this.tokens = tokens;
      this.parse = parse;
      this.document = document;
      this.size = tokens.size();
      this.nameAt = new Match[size];
      this.nameOwner = filled(size);
      this.titleAt = new Match[size];
      this.titleOwner = filled(size);
      this.used = new boolean[size];
    }
  }

  private static int[] filled(int size) {
    int[] array = new int[size];
    java.util.Arrays.fill(array, -1);
    return array;
  }

  /** The actors of the sentence, in span order. */
  List<ActorMention> find(String text, List<CoreLabel> tokens, @Nullable Dependencies parse, DocumentActors document) {
    Sentence s = new Sentence(text, tokens, parse, document);
    matchLexicon(s);
    for (int i = 0; i < s.size; i++) {
      if (s.titleAt[i] != null && !s.used[i]) {
        titlePhrase(s, i);
      }
    }
    for (Match<Entry> match : s.names) {
      if (!s.used[match.tokenBegin()]) {
        bareName(s, match);
      }
    }
    knownPeople(s);
    s.found.sort((a, b) -> a.span().compareTo(b.span()));
    return s.found;
  }

  // ---- lexicon matching

  private void matchLexicon(Sentence s) {
    int i = 0;
    while (i < s.size) {
      Match<Entry> name = lexicon.names().longestAt(s.text, s.tokens, i, s.size);
      if (name != null && !embeddedInLargerName(s, name)) {
        s.names.add(name);
        s.nameAt[i] = name;
        for (int t = name.tokenBegin(); t < name.tokenEnd(); t++) {
          s.nameOwner[t] = name.tokenBegin();
        }
        i = name.tokenEnd();
        continue;
      }
      Match<Title> title = lexicon.titles().longestAt(s.text, s.tokens, i, s.size);
      if (title != null) {
        s.titleAt[i] = title;
        for (int t = title.tokenBegin(); t < title.tokenEnd(); t++) {
          s.titleOwner[t] = title.tokenBegin();
        }
        i = title.tokenEnd();
        continue;
      }
      i++;
    }
  }

  /**
   * True when a place or organisation name is only part of a longer name CoreNLP's NER found ("the
   * Washington Post", "Georgia Tech", "Jordan Bardella"). People's names and adjectives are exempt.
   */
  private boolean embeddedInLargerName(Sentence s, Match<Entry> match) {
    Entry entry = match.values().get(0);
    if (entry instanceof Person || entry instanceof Adjective || entry instanceof Demonym) {
      return false;
    }
    return continuesName(s, match.tokenEnd() - 1, match.tokenEnd()) || continuesName(s, match.tokenBegin(), match.tokenBegin() - 1);
  }

  private boolean continuesName(Sentence s, int inside, int outside) {
    if (outside < 0 || outside >= s.size) {
      return false;
    }
    CoreLabel in = s.tokens.get(inside);
    CoreLabel out = s.tokens.get(outside);
    String tag = out.ner();
    if (tag == null || !tag.equals(in.ner()) || !(tag.equals("ORGANIZATION") || tag.equals("PERSON") || tag.equals("MISC"))) {
      return false;
    }
    if (!Tokens.isCapitalized(out) || lexicon.titles().longestAt(s.text, s.tokens, outside, outside + 1) != null) {
      return false;
    }
    return lexicon.names().longestAt(s.text, s.tokens, outside, s.size) == null;
  }

  // ---- phrases around titles and role nouns

  private void titlePhrase(Sentence s, int start) {
    // A chain of titles: "foreign ministry spokesman", "Secretary of State".
    int chainEnd = s.titleAt[start].tokenEnd();
    Title head = s.titleAt[start].values().get(0);
    ActorRole role = head.role();
    while (chainEnd < s.size && s.titleAt[chainEnd] != null) {
      Title next = s.titleAt[chainEnd].values().get(0);
      if (role == ActorRole.GOV) {
        role = next.role();
      }
      head = next;
      chainEnd = s.titleAt[chainEnd].tokenEnd();
    }
    // Left: modifiers, anchors (possessive, adjective, name), coordinated anchors, "the".
    List<Match<Entry>> anchors = new ArrayList<>();
    int left = start;
    boolean determiner = false;
    boolean possessive = false;
    while (left > 0) {
      int j = left - 1;
      CoreLabel token = s.tokens.get(j);
      if (s.titleOwner[j] >= 0) {
        left = s.titleOwner[j];
        continue;
      }
      if (Tokens.isPossessive(token) && j > 0 && s.nameOwner[j - 1] >= 0 && !s.used[j - 1]) {
        Match<Entry> owner = s.nameAt[s.nameOwner[j - 1]];
        if (isAnchor(owner.values().get(0))) {
          anchors.add(0, owner);
          left = withArticle(s, owner);
          possessive = true;
        }
        break;
      }
      if (s.nameOwner[j] >= 0 && !s.used[j]) {
        Match<Entry> owner = s.nameAt[s.nameOwner[j]];
        Entry entry = owner.values().get(0);
        if (!isAnchor(entry) || entry instanceof Person) {
          break;
        }
        anchors.add(0, owner);
        left = withArticle(s, owner);
        // "American and Russian officials", "Georgian, Russian and Abkhaz delegations".
        while (left >= 2 && isCoordinator(s.tokens.get(left - 1)) && s.nameOwner[left - 2] >= 0
            && !s.used[left - 2] && s.nameAt[s.nameOwner[left - 2]].values().get(0) instanceof Adjective) {
          Match<Entry> previous = s.nameAt[s.nameOwner[left - 2]];
          anchors.add(0, previous);
          left = previous.tokenBegin();
        }
        continue;
      }
      if (isModifier(token)) {
        left = j;
        continue;
      }
      String word = Tokens.lower(token);
      if (word.equals("the")) {
        determiner = true;
        left = j;
      }
      break;
    }
    TitleKind kind = head.kind();
    int right = chainEnd;
    Person person = null;
    int nameBegin = -1;
    if (kind == TitleKind.PERSON) {
      int[] name = personName(s, chainEnd);
      if (name != null) {
        nameBegin = name[0];
        right = name[1];
        Match<Entry> known = s.nameAt[nameBegin];
        if (known != null && known.values().get(0) instanceof Person p && known.tokenEnd() == right) {
          person = p;
        }
      }
    } else if (right < s.size && GROUP_TAILS.contains(Tokens.lower(s.tokens.get(right)))) {
      right++;
    }
    emitTitlePhrase(s, anchors, left, determiner && !possessive, start, right, role, head, kind, nameBegin, person);
  }

  private void emitTitlePhrase(Sentence s, List<Match<Entry>> anchors, int left, boolean determiner, int titleStart,
      int right, ActorRole role, Title head, TitleKind kind, int nameBegin, @Nullable Person person) {
    String name = nameBegin >= 0 ? Tokens.span(s.tokens, nameBegin, right).coveredText(s.text) : null;
    Match<Entry> anchor = anchors.isEmpty() ? null : anchors.get(anchors.size() - 1);
    String code;
    String canonical;
    boolean metonym = anchor != null && anchor.values().get(0) instanceof Seat;
    if (person != null) {
      code = person.code();
      canonical = person.name();
    } else if (anchor != null) {
      code = withRole(anchor.values().get(0), role);
      canonical = name != null ? name : nameOf(anchor.values().get(0));
    } else if (kind == TitleKind.PERSON && name != null) {
      DocumentActors.KnownPerson known = s.document.personNamed(name);
      String country = known != null ? null : s.document.mainCountry();
      if (known == null && country == null) {
        return;
      }
      code = known != null ? known.code() : country + role.name();
      canonical = known != null ? known.name() : name;
    } else if (kind == TitleKind.PERSON && determiner) {
      DocumentActors.KnownPerson known = s.document.personTitled(head.phrase());
      if (known == null) {
        return;
      }
      code = known.code();
      canonical = known.name();
      emit(s, left, right, code, ActorKind.PERSON, canonical, false, known.actorId());
      return;
    } else {
      return;
    }
    // Coordinated anchors before the last one stand alone: "American" in "American and Russian officials".
    for (int i = 0; i < anchors.size() - 1; i++) {
      Match<Entry> other = anchors.get(i);
      emit(s, other.tokenBegin(), other.tokenEnd(), withRole(other.values().get(0), role), kindOf(kind, role),
          nameOf(other.values().get(0)), false, null);
    }
    int begin = anchors.size() > 1 ? anchors.get(anchors.size() - 1).tokenBegin() : left;
    if (anchors.size() > 1 && determiner) {
      begin = left;
    }
    boolean isPerson = kind == TitleKind.PERSON;
    ActorMention mention = emit(s, begin, right, code, isPerson ? ActorKind.PERSON : kindOf(kind, role), canonical,
        metonym, null);
    if (mention != null && isPerson) {
      s.document.person(canonical, code, head.phrase(), mention.actorId());
    }
  }

  /** The tokens of a person's name right after a title: a known person, or a run of proper nouns. */
  private int @Nullable [] personName(Sentence s, int from) {
    if (from >= s.size) {
      return null;
    }
    Match<Entry> known = s.nameAt[from];
    if (known != null && known.values().get(0) instanceof Person) {
      return new int[] {from, known.tokenEnd()};
    }
    int end = from;
    while (end < s.size) {
      CoreLabel token = s.tokens.get(end);
      boolean particle = end > from && NAME_PARTICLES.contains(Tokens.lower(token));
      if (!particle && (!Tokens.isProperNoun(token) || !Tokens.isCapitalized(token))) {
        break;
      }
      if (s.titleOwner[end] >= 0 || (s.nameOwner[end] >= 0 && !(s.nameAt[s.nameOwner[end]].values().get(0) instanceof Person))) {
        break;
      }
      String ner = token.ner();
      if ("ORGANIZATION".equals(ner) || "LOCATION".equals(ner) || "COUNTRY".equals(ner) || "CITY".equals(ner)) {
        return null;
      }
      end++;
    }
    while (end > from && NAME_PARTICLES.contains(Tokens.lower(s.tokens.get(end - 1)))) {
      end--;
    }
    return end > from ? new int[] {from, end} : null;
  }

  private static boolean isAnchor(Entry entry) {
    return entry instanceof State || entry instanceof Adjective || entry instanceof Seat
        || entry instanceof Organization || entry instanceof Person;
  }

  private static boolean isCoordinator(CoreLabel token) {
    String word = token.originalText();
    return word.equals("and") || word.equals(",") || word.equals("or");
  }

  private static boolean isModifier(CoreLabel token) {
    String tag = String.valueOf(token.tag());
    if (tag.startsWith("JJ") || tag.equals("VBN")) {
      return true;
    }
    return tag.equals("VBG") && MODIFIER_VERBS.contains(Tokens.lower(token));
  }

  /** The first token of a name, with its "the" when the name takes one. */
  private int withArticle(Sentence s, Match<Entry> match) {
    int begin = match.tokenBegin();
    if (begin > 0 && Tokens.lower(s.tokens.get(begin - 1)).equals("the")
        && lexicon.takesArticle(match.span().coveredText(s.text))) {
      return begin - 1;
    }
    return begin;
  }

  // ---- names on their own

  private void bareName(Sentence s, Match<Entry> match) {
    Entry entry = match.values().get(0);
    int begin = match.tokenBegin();
    int end = match.tokenEnd();
    if (entry instanceof Person person) {
      ActorMention mention = emit(s, begin, end, person.code(), ActorKind.PERSON, person.name(), false, null);
      if (mention != null) {
        s.document.person(person.name(), person.code(), null, mention.actorId());
      }
    } else if (entry instanceof State state) {
      if (!state.region() || actsAsSubject(s, begin, end)) {
        emit(s, withArticle(s, match), end, state.code(), ActorKind.STATE, state.name(), false, null);
      }
    } else if (entry instanceof Seat seat) {
      if (metonymy.actsAsGovernment(s.tokens, begin, end, s.parse)) {
        ActorRole role = seat.role();
        String code = role == null ? seat.code() : seat.code() + role.name();
        ActorKind kind = role == null ? ActorKind.ORGANIZATION : role == ActorRole.MIL ? ActorKind.MILITARY : ActorKind.GOVERNMENT;
        emit(s, withArticle(s, match), end, code, kind, nameOf(seat), true, null);
      }
    } else if (entry instanceof Organization organization) {
      emit(s, withArticle(s, match), end, organization.code(), organization.kind(), organization.name(), false, null);
    } else if (entry instanceof Demonym demonym) {
      int first = begin > 0 && Tokens.lower(s.tokens.get(begin - 1)).equals("the") ? begin - 1 : begin;
      emit(s, first, end, demonym.code(), ActorKind.GROUP, demonym.name(), false, null);
    }
  }

  /** Whether a region name ("Europe", "the West") is the subject of its clause, and so acts. */
  private boolean actsAsSubject(Sentence s, int begin, int end) {
    if (s.parse != null) {
      return s.parse.relation(end - 1).startsWith("nsubj");
    }
    return end < s.size && Tokens.isVerb(s.tokens.get(end));
  }

  /** Surnames and full names of people the document introduced before ("Witkoff"). */
  private void knownPeople(Sentence s) {
    int i = 0;
    while (i < s.size) {
      if (s.used[i] || !Tokens.isProperNoun(s.tokens.get(i)) || !Tokens.isCapitalized(s.tokens.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < s.size && !s.used[end] && Tokens.isProperNoun(s.tokens.get(end)) && Tokens.isCapitalized(s.tokens.get(end))) {
        end++;
      }
      String name = Tokens.span(s.tokens, i, end).coveredText(s.text);
      DocumentActors.KnownPerson known = s.document.personNamed(name);
      if (known != null) {
        emit(s, i, end, known.code(), ActorKind.PERSON, known.name(), false, known.actorId());
      }
      i = end;
    }
  }

  // ---- building mentions

  private @Nullable ActorMention emit(Sentence s, int begin, int end, String code, ActorKind kind, String name,
      boolean metonym, @Nullable String actorId) {
    for (int t = begin; t < end; t++) {
      if (s.used[t]) {
        return null;
      }
    }
    Span span = Tokens.span(s.tokens, begin, end);
    ActorLexicon.CodeParts parts = lexicon.parse(code);
    String country = parts != null && lexicon.isCountry(parts.country()) ? parts.country() : null;
    ActorRole role = parts != null ? parts.role() : null;
    String id = actorId != null ? actorId : kind == ActorKind.PERSON ? code + "/" + name : code;
    ActorMention mention = new ActorMention(span, span.coveredText(s.text), code, country, role, kind, name, metonym, id);
    for (int t = begin; t < end; t++) {
      s.used[t] = true;
    }
    s.found.add(mention);
    s.document.count(mention);
    return mention;
  }

  private String withRole(Entry anchor, ActorRole role) {
    if (anchor instanceof Organization organization) {
      return organization.code();
    }
    if (anchor instanceof Person person) {
      ActorLexicon.CodeParts parts = lexicon.parse(person.code());
      return parts != null ? parts.country() + role.name() : person.code();
    }
    return anchor.code() + role.name();
  }

  private String nameOf(Entry entry) {
    if (entry instanceof State state) {
      return state.name();
    } else if (entry instanceof Adjective adjective) {
      return adjective.name();
    } else if (entry instanceof Demonym demonym) {
      return demonym.name();
    } else if (entry instanceof Organization organization) {
      return organization.name();
    } else if (entry instanceof Person person) {
      return person.name();
    }
    Seat seat = (Seat) entry;
    String country = lexicon.countryName(seat.code());
    return country != null ? country : seat.name();
  }

  private static ActorKind kindOf(TitleKind kind, ActorRole role) {
    return switch (kind) {
      case PERSON, GROUP -> role == ActorRole.MIL ? ActorKind.MILITARY : ActorKind.GROUP;
      case GOVERNMENT -> role == ActorRole.MIL ? ActorKind.MILITARY : ActorKind.GOVERNMENT;
      case MILITARY -> ActorKind.MILITARY;
    };
  }
}
