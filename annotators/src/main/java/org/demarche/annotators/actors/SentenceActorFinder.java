package org.demarche.annotators.actors;

import com.google.common.collect.ImmutableMap;
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

  private static final Set<String> COMPASS = ImmutableSet.of("north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern");

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
    document.startSentence();
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
    namedOrganizations(s);
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
   * Washington Post", "Georgia Tech", "Jordan Bardella", "the South China Sea"). People's names and
   * adjectives are exempt.
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
    if (outside < inside && COMPASS.contains(Tokens.lower(s.tokens.get(outside)))) {
      // "South Lebanon", "northern Kosovo": a part of the country, still the country.
      return false;
    }
    CoreLabel in = s.tokens.get(inside);
    CoreLabel out = s.tokens.get(outside);
    String tag = out.ner();
    if (tag == null || !tag.equals(in.ner()) || !(tag.equals("ORGANIZATION") || tag.equals("PERSON") || tag.equals("MISC")
        || tag.equals("LOCATION"))) {
      return false;
    }
    if (!Tokens.isCapitalized(out) || lexicon.titles().longestAt(s.text, s.tokens, outside, outside + 1) != null) {
      return false;
    }
    return lexicon.names().longestAt(s.text, s.tokens, outside, s.size) == null;
  }

  // ---- phrases around titles and role nouns

  /** What a title's phrase says about whose it is, gathered by walking left from the title. */
  private static final class Owner {
    final List<Match<Entry>> anchors = new ArrayList<>();
    int left;
    boolean determiner;
    boolean possessive;
    /** An actor named before, that a possessive pronoun or definite noun ("its", "the movement's") refers to. */
    @Nullable ActorMention referent;
    /** A noun modifier was crossed ("the city authorities"): the phrase is not a bare definite. */
    boolean nounModified;
  }

  private void titlePhrase(Sentence s, int start) {
    // A chain of titles: "foreign ministry spokesman", "Secretary of State". The role is the most
    // specific one in the chain ("defence ministry spokesman" is military).
    int chainEnd = s.titleAt[start].tokenEnd();
    Title head = s.titleAt[start].values().get(0);
    ActorRole role = head.role();
    while (chainEnd < s.size && s.titleAt[chainEnd] != null) {
      Title next = s.titleAt[chainEnd].values().get(0);
      if (role == null || role == ActorRole.GOV && next.role() != null) {
        role = next.role();
      }
      head = next;
      chainEnd = s.titleAt[chainEnd].tokenEnd();
    }
    Owner owner = owner(s, start);
    Title first = s.titleAt[start].values().get(0);
    if (owner.anchors.isEmpty() && owner.referent == null && first != head && first.kind() == TitleKind.ORGANIZATION
        && Tokens.isCapitalized(s.tokens.get(start))) {
      // "Commission spokesman Pieter Vos": the body named before ("the European Commission") owns him.
      owner.referent = s.document.definiteReferent(first, s.tokens.get(start).beginPosition());
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
    if (kind != TitleKind.PERSON && owner.anchors.isEmpty() && owner.referent == null) {
      // "the government in Tripoli", "officials in Moscow": the seat after "in" says whose they are.
      Match<Entry> seat = seatAfterIn(s, right);
      if (seat != null) {
        owner.anchors.add(seat);
        right = seat.tokenEnd();
      }
    }
    emitTitlePhrase(s, owner, start, right, role, head, nameBegin, person);
  }

  /**
   * The nearest name before a possessive pronoun in the sentence that the pronoun can stand for:
   * a person for "his" and "her", a state, seat or organisation for "its" and "their".
   */
  private @Nullable Match<Entry> nameBeforePronoun(Sentence s, int pronoun, String word) {
    Match<Entry> nearest = null;
    for (Match<Entry> match : s.names) {
      if (match.tokenEnd() > pronoun || s.used[match.tokenBegin()]) {
        continue;
      }
      Entry entry = match.values().get(0);
      boolean person = entry instanceof Person;
      boolean fits = word.equals("his") || word.equals("her") ? person
          : (entry instanceof State || entry instanceof Seat || entry instanceof Organization);
      if (fits && (nearest == null || match.tokenBegin() > nearest.tokenBegin())) {
        nearest = match;
      }
    }
    return nearest;
  }

  /**
   * Titles a possessive pronoun gives an owner: people ("his spokesman"), bodies ("its government"),
   * and a party's delegations and forces ("his delegation", "its fighters"); not other groups ("their
   * students").
   */
  private static boolean ownedByPronoun(Title title) {
    if (title.kind() == TitleKind.PERSON || DocumentActors.refersBack(title) || title.kind() == TitleKind.MILITARY) {
      return true;
    }
    ActorRole role = title.role();
    // "its side of the border" is a place.
    boolean side = title.phrase().equals("side") || title.phrase().equals("sides");
    return title.kind() == TitleKind.GROUP && !side && (role == ActorRole.GOV || role == ActorRole.MIL || role == ActorRole.REB);
  }

  private static @Nullable Match<Entry> seatAfterIn(Sentence s, int next) {
    if (next + 1 >= s.size || !Tokens.lower(s.tokens.get(next)).equals("in")) {
      return null;
    }
    Match<Entry> name = s.nameAt[next + 1];
    if (name == null || s.used[next + 1]) {
      return null;
    }
    Entry entry = name.values().get(0);
    return entry instanceof Seat seat && seat.role() != null ? name : null;
  }

  /** Walks left from a title over modifiers to what owns it: anchors, a possessive, "the". */
  private Owner owner(Sentence s, int start) {
    Owner owner = new Owner();
    owner.left = start;
    while (owner.left > 0) {
      int j = owner.left - 1;
      CoreLabel token = s.tokens.get(j);
      if (s.titleOwner[j] >= 0) {
        owner.left = s.titleOwner[j];
        continue;
      }
      if (Tokens.isPossessive(token) && j > 0) {
        possessor(s, owner, j - 1);
        break;
      }
      if ("PRP$".equals(token.tag())) {
        // "its spokesman", "his government": the owner is whom the pronoun names.
        Title title = s.titleAt[start].values().get(0);
        if (!ownedByPronoun(title)) {
          break;
        }
        ActorMention earlier = s.document.pronounReferent(token.originalText(), token.beginPosition());
        Match<Entry> inSentence = nameBeforePronoun(s, j, Tokens.lower(token));
        if (inSentence != null && (earlier == null || earlier.span().end() <= s.tokens.get(inSentence.tokenBegin()).beginPosition())) {
          // "Hamas said its fighters ...": the name this sentence gives, not yet an actor when titles
          // are read, is nearer than any actor before it.
          owner.anchors.add(inSentence);
          owner.left = j;
          owner.possessive = true;
        } else if (earlier != null) {
          owner.referent = earlier;
          owner.left = j;
          owner.possessive = true;
        }
        break;
      }
      if (s.nameOwner[j] >= 0 && !s.used[j]) {
        Match<Entry> name = s.nameAt[s.nameOwner[j]];
        Entry entry = name.values().get(0);
        if (!isAnchor(entry) || entry instanceof Person) {
          break;
        }
        owner.anchors.add(0, name);
        owner.left = withArticle(s, name);
        // "American and Russian officials", "Georgian, Russian and Abkhaz delegations".
        while (owner.left >= 2 && isCoordinator(s.tokens.get(owner.left - 1)) && s.nameOwner[owner.left - 2] >= 0
            && !s.used[owner.left - 2] && s.nameAt[s.nameOwner[owner.left - 2]].values().get(0) instanceof Adjective) {
          Match<Entry> previous = s.nameAt[s.nameOwner[owner.left - 2]];
          owner.anchors.add(0, previous);
          owner.left = previous.tokenBegin();
        }
        continue;
      }
      if (isModifier(token)) {
        owner.left = j;
        continue;
      }
      if (isNounModifier(s, j)) {
        owner.left = j;
        owner.nounModified = true;
        continue;
      }
      if (Tokens.lower(token).equals("the")) {
        owner.determiner = true;
        owner.left = j;
      }
      break;
    }
    return owner;
  }

  /** The possessor before {@code 's}: a name ("Ukraine's"), or a definite noun ("the movement's"). */
  private void possessor(Sentence s, Owner owner, int last) {
    if (s.nameOwner[last] >= 0 && !s.used[last]) {
      Match<Entry> name = s.nameAt[s.nameOwner[last]];
      if (isAnchor(name.values().get(0))) {
        owner.anchors.add(0, name);
        owner.left = withArticle(s, name);
        owner.possessive = true;
      }
      return;
    }
    if (s.titleOwner[last] >= 0) {
      int titleStart = s.titleOwner[last];
      if (titleStart > 0 && Tokens.lower(s.tokens.get(titleStart - 1)).equals("the")) {
        Title title = s.titleAt[titleStart].values().get(0);
        owner.referent = s.document.definiteReferent(title, s.tokens.get(titleStart - 1).beginPosition());
        if (owner.referent != null) {
          owner.left = titleStart - 1;
          owner.possessive = true;
        }
      }
    }
  }

  private void emitTitlePhrase(Sentence s, Owner owner, int titleStart, int right, @Nullable ActorRole titleRole,
      Title head, int nameBegin, @Nullable Person person) {
    TitleKind kind = head.kind();
    String name = nameBegin >= 0 ? Tokens.span(s.tokens, nameBegin, right).coveredText(s.text) : null;
    List<Match<Entry>> anchors = owner.anchors;
    Match<Entry> anchor = anchors.isEmpty() ? null : anchors.get(anchors.size() - 1);
    ActorRole role = armedRole(titleRole == null ? ActorRole.GOV : titleRole, anchor == null ? null : anchor.values().get(0));
    boolean isPerson = kind == TitleKind.PERSON;
    String code;
    String canonical;
    String actorId = null;
    if (person != null) {
      code = person.code();
      canonical = person.name();
    } else if (anchor != null) {
      code = withRole(anchor.values().get(0), role);
      canonical = name != null ? name : nameOf(anchor.values().get(0));
    } else if (owner.referent != null) {
      code = withRole(owner.referent, role);
      canonical = name != null ? name : owner.referent.name();
    } else if (isPerson && name != null) {
      DocumentActors.KnownPerson known = s.document.personNamed(name);
      Person bySurname = known == null ? lexicon.personBySurname(s.tokens.get(right - 1).originalText()) : null;
      if (known != null) {
        code = known.code();
        canonical = known.name();
      } else if (bySurname != null) {
        code = bySurname.code();
        canonical = bySurname.name();
      } else {
        String country = contextCountry(s, titleStart);
        if (country == null) {
          return;
        }
        code = country + role.name();
        canonical = name;
      }
    } else if (owner.determiner && isPerson) {
      // "the president": the person the document last gave that title.
      DocumentActors.KnownPerson known = s.document.personTitled(head.phrase());
      if (known == null) {
        return;
      }
      emit(s, owner.left, right, known.code(), ActorKind.PERSON, known.name(), false, known.actorId());
      return;
    } else if (owner.determiner && !owner.nounModified && DocumentActors.refersBack(head)) {
      // "the government", "the bloc", "the rebels": the actor of that kind named last.
      ActorMention referent = s.document.definiteReferent(head, s.tokens.get(owner.left).beginPosition());
      if (referent == null) {
        return;
      }
      code = withRole(referent, role);
      canonical = referent.name();
      actorId = code.equals(referent.code()) ? referent.actorId() : null;
    } else {
      return;
    }
    // Coordinated anchors before the last one stand alone: "American" in "American and Russian officials".
    for (int i = 0; i < anchors.size() - 1; i++) {
      Match<Entry> other = anchors.get(i);
      emit(s, other.tokenBegin(), other.tokenEnd(), withRole(other.values().get(0), role), kindOf(kind, role),
          nameOf(other.values().get(0)), false, null);
    }
    int begin = anchors.size() > 1 && !owner.determiner ? anchor.tokenBegin() : owner.left;
    boolean metonym = anchor != null && anchor.values().get(0) instanceof Seat;
    ActorKind actorKind = isPerson ? ActorKind.PERSON
        : kind == TitleKind.ORGANIZATION ? ActorKind.ORGANIZATION : kindOf(kind, role);
    ActorMention mention = emit(s, begin, right, code, actorKind, canonical, metonym, actorId);
    if (mention != null && isPerson) {
      s.document.person(canonical, code, head.phrase(), mention.actorId());
    }
  }

  /** The code of an actor named before, with the role of the title now referring to it. */
  private static String withRole(ActorMention referent, ActorRole role) {
    if (referent.kind() == ActorKind.ORGANIZATION || referent.country() == null) {
      return referent.code();
    }
    return referent.country() + role.name();
  }

  /**
   * The country of a person the text introduces with a title but no country: the one the sentence
   * names close before the title, else the first it names before it, as a party (not as a place:
   * "in Washington"), then the
   * country the document is most about, then one after the title, then any at all.
   */
  /** How many tokens before a title a country counts as in the title's own phrase. */
  private static final int NEAR_TITLE = 4;

  private @Nullable String contextCountry(Sentence s, int title) {
    String before = null;
    String after = null;
    String anywhere = null;
    for (Match<Entry> match : s.names) {
      String country = countryOf(match.values().get(0));
      if (country == null) {
        continue;
      }
      if (anywhere == null) {
        anywhere = country;
      }
      if (afterLocativePreposition(s, match.tokenBegin())) {
        continue;
      }
      if (match.tokenBegin() < title && (before == null || title - match.tokenEnd() <= NEAR_TITLE)) {
        // The first country before the title, unless one stands close to it, in its own phrase:
        // "China's drills ... American lawmakers led by Representative X".
        before = country;
      } else if (match.tokenBegin() > title && after == null) {
        after = country;
      }
    }
    if (before != null) {
      return before;
    }
    String main = s.document.mainCountry();
    if (main != null) {
      return main;
    }
    return after != null ? after : anywhere;
  }

  private static boolean afterLocativePreposition(Sentence s, int token) {
    int previous = token - 1;
    if (previous >= 0 && Tokens.lower(s.tokens.get(previous)).equals("the")) {
      previous--;
    }
    if (previous < 0) {
      return false;
    }
    String word = Tokens.lower(s.tokens.get(previous));
    return word.equals("in") || word.equals("at") || word.equals("near") || word.equals("to")
        || word.equals("from") || word.equals("into") || word.equals("across") || word.equals("outside");
  }

  /** The tokens of a person's name right after a title: a known person, or a run of proper nouns. */
  /**
   * True when the person's name goes on past a known name ("Mubarak Adam Ishaq" is not Hosni
   * Mubarak): the next token is a capitalised proper noun tagged as part of the same person.
   */
  private static boolean nameGoesOn(Sentence s, int next) {
    if (next >= s.size) {
      return false;
    }
    CoreLabel token = s.tokens.get(next);
    return Tokens.isProperNoun(token) && Tokens.isCapitalized(token) && "PERSON".equals(token.ner())
        && s.titleOwner[next] < 0;
  }

  private int @Nullable [] personName(Sentence s, int from) {
    if (from >= s.size) {
      return null;
    }
    Match<Entry> known = s.nameAt[from];
    if (known != null && known.values().get(0) instanceof Person && !nameGoesOn(s, known.tokenEnd())) {
      return new int[] {from, known.tokenEnd()};
    }
    String word = Tokens.lower(s.tokens.get(from));
    if (word.equals("for") || word.equals("of")) {
      // "Minister for Interior Aftab Sherpao": the office's complement, then the name NER tags.
      int person = from + 1;
      while (person < s.size && Tokens.isProperNoun(s.tokens.get(person)) && !"PERSON".equals(s.tokens.get(person).ner())) {
        person++;
      }
      if (person == from + 1 || person >= s.size || !"PERSON".equals(s.tokens.get(person).ner())) {
        return null;
      }
      from = person;
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

  /**
   * A noun before a title that belongs to it: "rebel leaders", "peace negotiators", "Planning and
   * Investment Minister". A capitalised one must not be a name the lexicon knows, and "and" only
   * joins two of them.
   */
  private boolean isNounModifier(Sentence s, int j) {
    CoreLabel token = s.tokens.get(j);
    String tag = String.valueOf(token.tag());
    if (tag.equals("NN") && !Tokens.isCapitalized(token)) {
      return true;
    }
    if (tag.equals("NNP") && Tokens.isCapitalized(token) && s.nameOwner[j] < 0 && !"PERSON".equals(token.ner())) {
      return true;
    }
    return tag.equals("CC") && token.originalText().equals("and") && j > 0 && j + 1 < s.size
        && "NNP".equals(s.tokens.get(j - 1).tag()) && "NNP".equals(s.tokens.get(j + 1).tag())
        && s.nameOwner[j - 1] < 0 && s.nameOwner[j + 1] < 0;
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
      if (nameGoesOn(s, end) || begin > 0 && nameGoesOn(s, begin - 1) && !s.used[begin - 1]) {
        // Part of a longer name the lexicon does not know: someone else of the same name.
        return;
      }
      ActorMention mention = emit(s, begin, end, person.code(), ActorKind.PERSON, person.name(), false, null);
      if (mention != null) {
        s.document.person(person.name(), person.code(), null, mention.actorId());
      }
    } else if (entry instanceof State state) {
      if (!state.region()) {
        boolean acts = metonymy.actsAsParty(s.tokens, begin, end, s.parse, true);
        emit(s, withArticle(s, match), end, state.code(), acts ? ActorKind.STATE : ActorKind.LOCATION, state.name(),
            false, null);
      } else if (actsAsSubject(s, begin, end)) {
        emit(s, withArticle(s, match), end, state.code(), ActorKind.STATE, state.name(), false, null);
      }
    } else if (entry instanceof Seat seat) {
      ActorRole role = seat.role();
      if (metonymy.actsAsParty(s.tokens, begin, end, s.parse, false)) {
        String code = role == null ? seat.code() : seat.code() + role.name();
        ActorKind kind = role == null ? ActorKind.ORGANIZATION : role == ActorRole.MIL ? ActorKind.MILITARY : ActorKind.GOVERNMENT;
        emit(s, withArticle(s, match), end, code, kind, nameOf(seat), true, null);
      } else if (role != null && (seat.type().equals("CAPITAL") || seat.type().equals("CITY"))) {
        // Only the place: coded by its country, as the standard's optional location actors are
        // (a city; a building or a region named as a place is no actor at all).
        emit(s, begin, end, seat.code(), ActorKind.LOCATION, nameOf(seat), false, null);
      }
    } else if (entry instanceof Adjective adjective) {
      if (adjective.region()) {
        return;
      }
      if (usedAsNoun(s, begin, end)) {
        // A group's adjective used as a noun is as often its region ("fighting in Tigray").
        if (adjective.authorityRole() == null) {
          emit(s, begin, end, adjective.code(), ActorKind.GROUP, adjective.name(), false, null);
        }
      } else if (end < s.size) {
        // "an Indian proposal", "Israeli air raids": the state is the agent of the act.
        String act = Tokens.lemma(s.tokens.get(actionHead(s, end)));
        if (ACTS.containsKey(act)) {
          ActorRole role = ACTS.get(act) == null ? null : armedRole(ACTS.get(act), adjective);
          ActorKind kind = role == null ? ActorKind.STATE : role == ActorRole.MIL ? ActorKind.MILITARY : ActorKind.GROUP;
          emit(s, begin, end, role == null ? adjective.code() : adjective.code() + role.name(), kind, adjective.name(),
              false, null);
        }
      }
    } else if (entry instanceof Organization organization) {
      emit(s, withArticle(s, match), end, organization.code(), organization.kind(), organization.name(), false, null);
    } else if (entry instanceof Demonym demonym) {
      int first = begin > 0 && Tokens.lower(s.tokens.get(begin - 1)).equals("the") ? begin - 1 : begin;
      emit(s, first, end, demonym.code(), ActorKind.GROUP, demonym.name(), false, null);
    }
  }

  /**
   * Acts a state performs, which make a nationality adjective before them name the state acting
   * ("a Senegalese peace plan", "Israeli tanks"): diplomatic acts code the state, military acts and
   * arms its forces.
   */
  private static final java.util.Map<String, @Nullable ActorRole> ACTS = actions();

  private static java.util.Map<String, @Nullable ActorRole> actions() {
    java.util.Map<String, @Nullable ActorRole> acts = new java.util.HashMap<>();
    for (String act : List.of("proposal", "plan", "ultimatum", "mediation", "offer", "initiative", "demand",
        "change", "decision", "request", "rule", "occupation", "uprising", "riot", "veto", "objection",
        "protest", "complaint", "warning", "threat", "recognition", "aggression", "intervention")) {
      acts.put(act, null);
    }
    for (String act : List.of("raid", "airstrike", "strike", "attack", "incursion", "shelling", "bombardment",
        "tank", "aircraft", "warplane", "helicopter", "jet", "gunboat", "artillery", "offensive", "invasion",
        "bomber", "fighter-bomber", "drone", "submarine", "missile", "rocket", "shell", "warship", "frigate",
        "destroyer", "blockade", "buildup", "build-up", "drill", "exercise")) {
      acts.put(act, ActorRole.MIL);
    }
    return acts;
  }

  /**
   * The authorities and forces of a people or province within a state ("Tigrayan forces", "the
   * Abkhaz leader", "Abkhazia's foreign minister") are not that state's government or military:
   * they take the role the groups lexicon gives them, rebels for a breakaway region.
   */
  private static ActorRole armedRole(ActorRole role, @Nullable Entry anchor) {
    ActorRole authority = null;
    if (anchor instanceof Adjective adjective) {
      authority = adjective.authorityRole();
    } else if (anchor instanceof Demonym demonym) {
      authority = demonym.authorityRole();
    } else if (anchor instanceof Seat seat && seat.type().equals(ActorLexicon.REGION_SEAT)) {
      authority = seat.role();
    }
    return authority != null && (role == ActorRole.GOV || role == ActorRole.MIL) ? authority : role;
  }

  /** The noun an adjective modifies, skipping a modifier in between ("Israeli air raids", "Senegalese peace plan"). */
  private static int actionHead(Sentence s, int next) {
    int head = next;
    if (head + 1 < s.size && Tokens.isNoun(s.tokens.get(head)) && Tokens.isNoun(s.tokens.get(head + 1))) {
      head++;
    }
    return head;
  }

  /** "A Palestinian was wounded": a nationality adjective the tagger reads as a noun heading its phrase. */
  private static boolean usedAsNoun(Sentence s, int begin, int end) {
    String tag = String.valueOf(s.tokens.get(end - 1).tag());
    if (!tag.startsWith("NN")) {
      return false;
    }
    return end >= s.size || !Tokens.isNoun(s.tokens.get(end));
  }

  /** Whether a region name ("Europe", "the West") is the subject of its clause, and so acts. */
  private boolean actsAsSubject(Sentence s, int begin, int end) {
    if (s.parse != null) {
      return s.parse.relation(end - 1).startsWith("nsubj");
    }
    return end < s.size && Tokens.isVerb(s.tokens.get(end));
  }

  /**
   * Political organisations the lexicon does not know, found by CoreNLP's NER and named like one
   * ("Islamic Salvation Front", "Montenegro Assembly"): coded by the country in or near the name
   * and the role its keyword implies. Names without such a keyword (companies, institutes) are left
   * alone.
   */
  private void namedOrganizations(Sentence s) {
    int i = 0;
    while (i < s.size) {
      if (s.used[i] || !"ORGANIZATION".equals(s.tokens.get(i).ner())) {
        i++;
        continue;
      }
      int end = i;
      while (end < s.size && !s.used[end] && "ORGANIZATION".equals(s.tokens.get(end).ner())) {
        end++;
      }
      ActorRole role = null;
      boolean political = false;
      String country = null;
      for (int t = i; t < end; t++) {
        String word = Tokens.lower(s.tokens.get(t));
        if (ORGANIZATION_ROLES.containsKey(word)) {
          political = true;
          ActorRole implied = ORGANIZATION_ROLES.get(word);
          if (role == null || implied == ActorRole.REB) {
            role = implied;
          }
        }
        if (country == null) {
          // The lexicon's names inside the organisation's own name: "Montenegro Assembly".
          Match<Entry> inside = lexicon.names().longestAt(s.text, s.tokens, t, end);
          if (inside != null) {
            country = countryOf(inside.values().get(0));
          }
        }
      }
      if (political) {
        if (country == null) {
          country = contextCountry(s, i);
        }
        if (country != null) {
          String code = role == null ? country : country + role.name();
          String name = Tokens.span(s.tokens, i, end).coveredText(s.text);
          emit(s, i, end, code, role == ActorRole.GOV ? ActorKind.GOVERNMENT : ActorKind.GROUP, name, false, null);
        }
      }
      i = end;
    }
  }

  /** Keywords of political organisations' names, and the role each implies. */
  private static final ImmutableMap<String, ActorRole> ORGANIZATION_ROLES = ImmutableMap.<String, ActorRole>builder()
      .put("front", ActorRole.REB)
      .put("liberation", ActorRole.REB)
      .put("movement", ActorRole.REB)
      .put("brigade", ActorRole.REB)
      .put("brigades", ActorRole.REB)
      .put("militia", ActorRole.REB)
      .put("resistance", ActorRole.REB)
      .put("jihad", ActorRole.REB)
      .put("army", ActorRole.MIL)
      .put("assembly", ActorRole.LEG)
      .put("parliament", ActorRole.LEG)
      .put("congress", ActorRole.LEG)
      .put("senate", ActorRole.LEG)
      .put("court", ActorRole.JUD)
      .put("tribunal", ActorRole.JUD)
      .put("ministry", ActorRole.GOV)
      .put("government", ActorRole.GOV)
      .put("cabinet", ActorRole.GOV)
      .put("presidency", ActorRole.GOV)
      .put("party", ActorRole.OPP)
      .put("alliance", ActorRole.OPP)
      .put("coalition", ActorRole.OPP)
      .put("union", ActorRole.CVL)
      .put("association", ActorRole.CVL)
      .put("federation", ActorRole.CVL)
      .put("police", ActorRole.COP)
      .buildOrThrow();

  /** The country an entry names, or null for a region or an organisation without one. */
  private @Nullable String countryOf(Entry entry) {
    if (entry instanceof State state) {
      return state.region() ? null : state.code();
    } else if (entry instanceof Adjective adjective) {
      return adjective.region() ? null : adjective.code();
    } else if (entry instanceof Demonym demonym) {
      return demonym.region() ? null : demonym.code();
    } else if (entry instanceof Seat seat) {
      return seat.role() == null ? null : seat.code();
    } else if (entry instanceof Organization organization) {
      return organization.country();
    }
    ActorLexicon.CodeParts parts = lexicon.parse(entry.code());
    return parts != null && lexicon.isCountry(parts.country()) ? parts.country() : null;
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
    s.document.add(mention);
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
    if (seat.type().equals(ActorLexicon.REGION_SEAT)) {
      return seat.name();
    }
    String country = lexicon.countryName(seat.code());
    return country != null ? country : seat.name();
  }

  private static ActorKind kindOf(TitleKind kind, ActorRole role) {
    return switch (kind) {
      case PERSON, GROUP -> role == ActorRole.MIL ? ActorKind.MILITARY : ActorKind.GROUP;
      case GOVERNMENT -> role == ActorRole.MIL ? ActorKind.MILITARY : ActorKind.GOVERNMENT;
      case MILITARY -> ActorKind.MILITARY;
      case ORGANIZATION -> ActorKind.ORGANIZATION;
    };
  }
}
