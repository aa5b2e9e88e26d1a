package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableSet;
import org.demarche.annotators.common.Dependencies;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRole;

/**
 * Decides what a place name does in its sentence: whether the place is spoken of as land (the object
 * of claim, control, travel of troops, the subject of "is Egyptian"), only as the scene of an event
 * ("talks in Geneva", "reporters in Tiraspol", "a trip to Kyrgyzstan"), as a party that acts ("Taiwan
 * said", "talks with Somaliland", "Kosovo's government"), or as a modifier of another noun ("Takeshima
 * Day", "the Gibraltar government").
 *
 * <p>With a dependency parse it reads the name's relation, its preposition and the word it depends
 * on; without one it reads the same cues from the neighbouring tokens.
 */
final class PlaceRoles {

  /** The reading of a place name in its sentence; only {@link #TERRITORY} is a territorial reference. */
  enum Role { TERRITORY, SCENE, PARTY, MODIFIER }

  /** Words whose "in", "at", "to" or "from" complement is where they happen, not what they are about. */
  private static final ImmutableSet<String> SCENE_WORDS = ImmutableSet.of("talk", "talks", "summit", "meeting", "meet",
      "conference", "briefing", "rally", "ceremony", "speech", "interview", "session", "forum", "visit", "trip", "tour",
      "travel", "fly", "flight", "flights", "journey", "arrive", "arrival", "say", "said", "tell", "told", "speak",
      "announce", "report", "reporter", "reporters", "journalist", "journalists", "official", "officials", "authority",
      "authorities", "diplomat", "diplomats", "ambassador", "embassy", "consulate", "office", "headquarters", "lawyer",
      "lawyers", "analyst", "analysts", "minister", "ministers", "ministry", "hotel", "university", "exhibition",
      "festival", "marathon", "match", "game", "concert", "sign", "host", "gather", "convene", "negotiation",
      "negotiations", "negotiator", "negotiators", "delegate", "delegates", "delegation", "mediator", "mediators",
      "forecaster", "forecasters", "trader", "traders", "economist", "economists", "observer", "correspondent",
      "bureau", "spokesman", "spokeswoman", "spokesperson", "media", "television", "radio", "newspaper", "daily",
      "agency", "round", "dialogue", "cabinet", "parliament", "court", "statement", "address", "hearing",
      "hearings", "vote", "election", "elections", "protest", "protests", "demonstration", "march", "funeral",
      "commemoration", "anniversary", "celebration", "parade", "exchange", "sideline", "sidelines", "leader", "leaders",
      "museum", "school", "schools", "hospital", "hospitals", "restaurant", "company", "companies", "firm", "firms",
      "shop", "shops", "church", "cinema", "theatre", "theater", "stadium", "club", "price", "prices", "market",
      "markets", "sale", "sales", "route", "routes");

  /** Words of travel and trade: their "to" and "from" complements are destinations and origins, not land at stake. */
  private static final ImmutableSet<String> TRAVEL_WORDS = ImmutableSet.of("visit", "trip", "travel", "fly", "flight",
      "flights", "journey", "come", "go", "head", "arrive", "tour", "commute", "relocate", "move", "delegation",
      "mission", "invitation", "invite", "ferry", "train", "bus", "route", "routes", "boat", "boats", "vessel",
      "vessels", "ship", "ships", "fisherman", "fishermen", "tourist", "tourists", "visitor", "visitors", "worker",
      "workers", "student", "students", "investor", "investors", "import", "imports", "export", "exports", "good",
      "goods", "product", "products", "shipment", "shipments", "team");

  /** Words whose "between" complements are parties: "talks between Serbia and Kosovo". */
  private static final ImmutableSet<String> BETWEEN_PARTIES = ImmutableSet.of("talk", "talks", "dialogue",
      "relation", "relations", "tension", "tensions", "agreement", "deal", "treaty", "war", "conflict", "dispute",
      "row", "meeting", "summit", "negotiation", "negotiations", "rivalry", "exchange", "swap", "accord", "trade");

  /** Words whose "on" or "against" complement is a party: "sanctions on Iran". */
  private static final ImmutableSet<String> AGAINST_PARTIES = ImmutableSet.of("sanction", "sanctions", "measure",
      "measures", "pressure", "embargo", "impose", "tariff", "tariffs", "call", "rely", "depend", "agree", "ban",
      "restriction", "restrictions", "penalty", "penalties", "win", "victory", "lose", "defeat", "case");

  /** Words whose "from" complement is a party: "a statement from Pristina". */
  private static final ImmutableSet<String> FROM_PARTIES = ImmutableSet.of("statement", "pressure", "delegation",
      "envoy", "official", "officials", "response", "offer", "demand", "warning", "message", "letter", "call",
      "reply", "protest", "request", "threat", "support", "aid", "funding", "money", "order", "orders", "approval",
      "permission", "recognition", "independence", "help", "assistance");

  /** Words whose "to" complement is an addressee: "a letter to Pristina", "talk to Taipei". */
  private static final ImmutableSet<String> TO_PARTIES = ImmutableSet.of("talk", "speak", "say", "tell", "letter",
      "message", "offer", "appeal", "threat", "ultimatum", "ambassador", "envoy", "answer", "reply", "respond",
      "response", "warning", "proposal", "aid", "support", "loan", "sell", "sale", "sales", "deliver", "supply",
      "recognition", "extend");

  /** Words whose "for" complement is a party: "support for Taiwan". */
  private static final ImmutableSet<String> FOR_PARTIES = ImmutableSet.of("support", "aid", "help", "backing",
      "sympathy", "envoy", "representative", "commissioner", "funding", "assistance", "vote", "votes");

  /** Verbs whose object acts or is acted on as a party: "urged Taiwan", "sanctioned Kosovo". */
  private static final ImmutableSet<String> PARTY_OBJECTS = ImmutableSet.of("urge", "ask", "accuse", "warn", "tell",
      "invite", "sanction", "support", "back", "help", "thank", "criticise", "criticize", "blame", "pressure",
      "persuade", "force", "allow", "expect", "want", "join", "meet", "congratulate", "condemn", "praise",
      "fight", "defeat", "beat", "arm", "fund", "pay", "trust", "threaten", "court", "lobby", "represent");

  /** Words tagged as prepositions that open a clause: the name after them is its subject. */
  private static final ImmutableSet<String> SUBORDINATORS = ImmutableSet.of("once", "if", "unless", "while",
      "because", "although", "though", "whereas", "until", "till", "whether", "as", "after", "before", "since");

  /** Verbs of visiting and of weather: their object is a scene. */
  private static final ImmutableSet<String> VISITS = ImmutableSet.of("visit", "tour", "batter", "lash", "pound",
      "drench", "flood", "inundate", "sweep", "blanket");

  /**
   * Nouns of economy and everyday life: a place's possessive before them ("Crimea's tourism industry")
   * names where they are, not land at stake.
   */
  private static final ImmutableSet<String> EVERYDAY = ImmutableSet.of("industry", "economy", "tourism", "price",
      "prices", "market", "markets", "export", "exports", "import", "imports", "budget", "company", "companies",
      "bank", "banks", "team", "club", "football", "culture", "cuisine", "weather", "climate", "airline", "hotels",
      "beaches", "museums", "universities", "schools", "hospitals", "farmers", "businesses", "growth", "inflation");

  /** Verbs whose subject is a place rather than an agent: "Hala'ib is Egyptian", "the islands lie". */
  private static final ImmutableSet<String> STATIVE = ImmutableSet.of("be", "remain", "lie", "belong", "stay",
      "become", "sit", "straddle", "include", "comprise", "span", "contain", "border", "stretch", "cover", "face",
      "overlook", "house", "host", "lose", "suffer", "fall", "need", "deserve", "see");

  private final ActorVocabulary vocabulary;

  PlaceRoles(ActorVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * The role of the noun phrase of tokens {@code [begin, end)} whose head is token {@code head}: the
   * place name's last word, or the category noun after it ("the Galwan valley").
   */
  Role of(SentenceView s, int begin, int end, int head) {
    if (embeddedInName(s, begin)) {
      return Role.MODIFIER;
    }
    if (begin >= 2 && s.is(begin - 1, "of") && s.is(begin - 2, "out")) {
      // "pull its troops out of Badme": land left or held, whatever governs "out of".
      return Role.TERRITORY;
    }
    Dependencies parse = s.parse;
    Role role = parse != null ? fromParse(s, parse, begin, end, head) : fromNeighbours(s, begin, end);
    // "the breakaway region of Transnistria began rationing": a region that acts is still land.
    return role == Role.PARTY && s.isCommonNoun(head) ? Role.TERRITORY : role;
  }

  /** Prepositions that join a place into the name of a body: "Force for Abyei", "Mission in Kosovo". */
  private static final ImmutableSet<String> NAME_PREPOSITIONS = ImmutableSet.of("for", "in", "of");

  /** "the UN Interim Security Force for Abyei": a place inside the proper name of a body. */
  private static boolean embeddedInName(SentenceView s, int begin) {
    int preposition = begin - 1;
    if (preposition < 1 || !s.isPreposition(preposition)) {
      return false;
    }
    int governor = preposition - 1;
    // The place must belong to the name too: "a ruling from the International Court of Justice on the
    // Essequibo" names the court, then the land.
    int place = s.is(begin, "the") && begin + 1 < s.size ? begin + 1 : begin;
    return s.tag(governor).equals("NNP") && s.isCapitalized(governor) && s.ner(governor).equals("ORGANIZATION")
        && (NAME_PREPOSITIONS.contains(s.lower(preposition)) || s.ner(place).equals("ORGANIZATION"));
  }

  private Role fromParse(SentenceView s, Dependencies parse, int begin, int end, int head) {
    int x = head;
    // Inside a multi-word name the parse may hang the last word on another: climb to the word whose
    // head lies outside the phrase.
    for (int steps = 0; steps < end - begin && parse.head(x) >= begin && parse.head(x) < end; steps++) {
      x = parse.head(x);
    }
    String relation = parse.relation(x);
    for (int steps = 0; steps < 4 && (relation.equals("conj") || relation.equals("appos")); steps++) {
      int first = parse.head(x);
      if (first < 0) {
        break;
      }
      x = first;
      relation = parse.relation(x);
    }
    int governor = parse.head(x);
    String governorWord = governor >= 0 ? s.lower(governor) : "";
    String governorLemma = governor >= 0 ? s.lemma(governor) : "";
    if (relation.equals("compound")) {
      // "the Galwan valley" is the place; "the Taiwan Strait", "East China Sea islets" and "Takeshima
      // Day" are other things named after it.
      boolean category = governor > x && !s.isCapitalized(governor) && TerritoryWords.CATEGORIES.contains(governorWord)
          && !TerritoryWords.CATEGORIES.contains(s.lower(x));
      return category ? Role.TERRITORY : Role.MODIFIER;
    }
    if (relation.equals("nmod:poss")) {
      return governor >= 0 ? possessorRole(s, governor) : Role.TERRITORY;
    }
    if (relation.startsWith("nsubj:pass") || relation.startsWith("csubj:pass")) {
      return Role.TERRITORY;
    }
    if (relation.startsWith("nsubj") || relation.startsWith("csubj")) {
      return governor >= 0 && isStative(s, parse, governor) ? Role.TERRITORY : Role.PARTY;
    }
    if (relation.equals("iobj") || relation.startsWith("obl:agent")) {
      return Role.PARTY;
    }
    if (relation.equals("obj")) {
      for (int child : parse.children(governor, "xcomp")) {
        if (s.isVerb(child)) {
          return Role.PARTY;
        }
      }
      if (VISITS.contains(governorLemma)) {
        return Role.SCENE;
      }
      return PARTY_OBJECTS.contains(governorLemma) ? Role.PARTY : Role.TERRITORY;
    }
    if (relation.startsWith("obl") || relation.startsWith("nmod") || relation.startsWith("advcl")) {
      String preposition = parse.preposition(x);
      if (preposition == null) {
        return Role.TERRITORY;
      }
      return byPreposition(s, preposition, governor, governorWord, governorLemma);
    }
    if (relation.equals("amod")) {
      return Role.MODIFIER;
    }
    if (relation.equals("root") || relation.equals("obj") || relation.equals("xcomp")) {
      return Role.TERRITORY;
    }
    return fromNeighbours(s, begin, end);
  }

  private Role byPreposition(SentenceView s, String preposition, int governor, String governorWord,
      String governorLemma) {
    switch (preposition) {
      case "with" -> {
        return TerritoryWords.BOUNDARIES.contains(governorWord) ? Role.TERRITORY : Role.PARTY;
      }
      case "between", "among", "amongst" -> {
        return BETWEEN_PARTIES.contains(governorLemma) || BETWEEN_PARTIES.contains(governorWord)
            ? Role.PARTY : Role.TERRITORY;
      }
      case "by" -> {
        return Role.PARTY;
      }
      case "from" -> {
        if (TRAVEL_WORDS.contains(governorLemma)) {
          return Role.SCENE;
        }
        return FROM_PARTIES.contains(governorWord) || FROM_PARTIES.contains(governorLemma) ? Role.PARTY : Role.TERRITORY;
      }
      case "in", "at", "inside" -> {
        return isScene(governorWord, governorLemma) ? Role.SCENE : Role.TERRITORY;
      }
      case "towards", "toward", "into" -> {
        return TRAVEL_WORDS.contains(governorLemma) || TRAVEL_WORDS.contains(governorWord) ? Role.SCENE : Role.TERRITORY;
      }
      case "to" -> {
        if (TRAVEL_WORDS.contains(governorLemma) || TRAVEL_WORDS.contains(governorWord)) {
          return Role.SCENE;
        }
        return TO_PARTIES.contains(governorLemma) ? Role.PARTY : Role.TERRITORY;
      }
      case "on", "against", "upon" -> {
        return AGAINST_PARTIES.contains(governorLemma) || AGAINST_PARTIES.contains(governorWord)
            ? Role.PARTY : Role.TERRITORY;
      }
      case "for" -> {
        return FOR_PARTIES.contains(governorLemma) ? Role.PARTY : Role.TERRITORY;
      }
      case "of" -> {
        // "the Syrian side of the Golan Heights", "the line of control": a part of the land.
        if (TerritoryWords.BOUNDARIES.contains(governorWord)) {
          return Role.TERRITORY;
        }
        return governor >= 0 && isParty(s, governor) ? Role.PARTY : Role.TERRITORY;
      }
      default -> {
        return Role.TERRITORY;
      }
    }
  }

  /**
   * A place's possessive: a party before a title, body or party attribute ("Gibraltar's Chief
   * Minister", "Kosovo's government"), a scene before everyday things ("Crimea's tourism industry"),
   * land otherwise ("Gibraltar's port", "the area's status").
   */
  private Role possessorRole(SentenceView s, int possessed) {
    if (isParty(s, possessed) || s.isProperNoun(possessed)) {
      return Role.PARTY;
    }
    return EVERYDAY.contains(s.lower(possessed)) ? Role.SCENE : Role.TERRITORY;
  }

  private static boolean isScene(String governorWord, String governorLemma) {
    return SCENE_WORDS.contains(governorLemma) || SCENE_WORDS.contains(governorWord);
  }

  /** A title, body or attribute of a party ("president", "government", "independence"), or an actor. */
  private boolean isParty(SentenceView s, int token) {
    if (vocabulary.isPartyNoun(s.lower(token))) {
      return true;
    }
    ActorMention actor = s.actorAt(token);
    if (actor == null || actor.kind() == ActorKind.STATE) {
      return false;
    }
    // "the Serbs of Kosovo", "residents of Abyei": people of a place, not a party acting for it.
    ActorRole role = actor.role();
    return actor.kind() != ActorKind.GROUP || role != null && role != ActorRole.CVL && role != ActorRole.REF;
  }

  private static boolean isStative(SentenceView s, Dependencies parse, int verb) {
    if (!parse.children(verb, "cop").isEmpty() || !parse.children(verb, "aux:pass").isEmpty()) {
      return true;
    }
    return STATIVE.contains(s.lemma(verb)) || !s.isVerb(verb);
  }

  /** The same cues read off the neighbouring tokens, for a sentence without a parse. */
  private Role fromNeighbours(SentenceView s, int begin, int end) {
    if (end < s.size && s.tag(end).equals("POS")) {
      for (int i = end + 1; i < s.size && i <= end + 4; i++) {
        if (s.isNoun(i) && (i + 1 >= s.size || !s.isNoun(i + 1))) {
          return possessorRole(s, i);
        }
      }
      return Role.TERRITORY;
    }
    if (end < s.size && s.isNoun(end)) {
      return Role.MODIFIER;
    }
    int before = begin - 1;
    // "routes to Taipei and Jerusalem": the preposition before the first of coordinated names.
    while (before >= 1 && (s.is(before, "and") || s.is(before, ",") || s.is(before, "or")) && s.isProperNoun(before - 1)) {
      before--;
      while (before >= 0 && (s.isProperNoun(before) || s.is(before, "the"))) {
        before--;
      }
    }
    if (before >= 0 && SUBORDINATORS.contains(s.lower(before)) && end < s.size && s.isVerb(end)) {
      return subjectRole(s, end);   // "Once Tiraspol accepts our rules": a subject, not an object of "once"
    }
    if (before >= 0 && s.isPreposition(before)) {
      int governor = -1;
      for (int i = before - 1; i >= 0 && i >= before - 4; i--) {
        if (s.isNoun(i) || s.isVerb(i)) {
          governor = i;
          break;
        }
      }
      String word = governor >= 0 ? s.lower(governor) : "";
      String lemma = governor >= 0 ? s.lemma(governor) : "";
      return byPreposition(s, s.lower(before), governor, word, lemma);
    }
    if (end < s.size && s.isVerb(end)) {
      return subjectRole(s, end);
    }
    int afterCoordination = afterCoordinatedNames(s, end);
    if (afterCoordination > end && afterCoordination < s.size && s.isVerb(afterCoordination)) {
      return subjectRole(s, afterCoordination);   // "Abkhazia and South Ossetia declared ..."
    }
    if (before >= 0 && s.isVerb(before)) {
      String lemma = s.lemma(before);
      if (VISITS.contains(lemma)) {
        return Role.SCENE;
      }
      if (PARTY_OBJECTS.contains(lemma) || end + 1 < s.size && s.is(end, "to") && s.tag(end + 1).equals("VB")) {
        return Role.PARTY;
      }
    }
    return Role.TERRITORY;
  }

  /** The token after names coordinated with the one ending at {@code end} ("and South Ossetia"), or {@code end}. */
  private static int afterCoordinatedNames(SentenceView s, int end) {
    int i = end;
    while (i + 1 < s.size && (s.is(i, "and") || s.is(i, ",")) && s.isProperNoun(i + 1)) {
      i++;
      while (i < s.size && s.isProperNoun(i)) {
        i++;
      }
    }
    return i;
  }

  /** A place followed by its verb: a place when the verb is passive or stative, a party otherwise. */
  private static Role subjectRole(SentenceView s, int verb) {
    int i = verb;
    while (i < s.size && (s.tag(i).equals("MD") || s.tag(i).equals("RB") || s.is(i, "not") || s.is(i, "n't"))) {
      i++;
    }
    while (i + 1 < s.size && (s.lemma(i).equals("have") || s.lemma(i).equals("do")) && (s.isVerb(i + 1)
        || s.tag(i + 1).equals("RB"))) {
      i++;
      while (i < s.size && s.tag(i).equals("RB")) {
        i++;
      }
    }
    if (i >= s.size) {
      return Role.TERRITORY;
    }
    // "is Egyptian", "has been sealed off", "remains": the place is what is spoken of.
    return STATIVE.contains(s.lemma(i)) ? Role.TERRITORY : Role.PARTY;
  }
}
