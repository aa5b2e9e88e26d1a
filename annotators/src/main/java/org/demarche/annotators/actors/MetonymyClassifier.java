package org.demarche.annotators.actors;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.demarche.annotators.common.Dependencies;
import org.demarche.annotators.common.Tokens;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a seat of government ("Moscow", "the Kremlin") acts as the government in its
 * sentence or only names a place, from its syntactic role: the subject of a verb, the possessor of
 * a demand or the partner in talks is the government; the goal of a trip, the scene of an event or
 * the target of an attack is a place.
 *
 * <p>With a dependency parse it reads the seat's relation, its preposition and the word it depends
 * on; without one (the sentence was not parsed) it reads the same cues from the neighbouring tokens.
 */
final class MetonymyClassifier {

  /** Prepositions that make their object a location, whatever they attach to. */
  private static final Set<String> LOCATIVE = ImmutableSet.of("in", "at", "near", "around", "outside", "inside",
      "across", "into", "through", "throughout", "over", "via", "within", "beyond", "onto", "off", "along",
      "toward", "towards", "past", "under", "above", "behind", "beneath", "en");

  /** Words of movement or travel: "to Moscow" and "from Kyiv" after them name places. */
  private static final Set<String> MOTION = ImmutableSet.of("visit", "trip", "travel", "flight", "fly", "journey",
      "return", "go", "come", "move", "head", "arrive", "arrival", "send", "deploy", "march", "advance", "route",
      "road", "drive", "train", "bus", "ship", "sail", "transfer", "relocate", "evacuate", "evacuation", "flee",
      "escape", "withdraw", "withdrawal", "retreat", "expel", "deport", "deportation", "extradite", "extradition",
      "bring", "take", "carry", "transport", "tour", "pilgrimage", "mission", "delegation", "correspondent",
      "report", "dispatch", "commute", "invite", "invitation", "welcome", "leave", "depart", "departure", "airlift",
      "convoy", "corridor", "railway", "highway", "distance", "kilometre", "kilometer", "mile", "border", "way",
      "miles", "kilometres", "kilometers", "km", "north", "south", "east", "west");

  /** Nouns whose complement or possessor is a place: "the outskirts of Kyiv", "Moscow's mayor". */
  private static final Set<String> PLACE_NOUNS = ImmutableSet.of("outskirts", "street", "streets", "center",
      "centre", "suburb", "suburbs", "mayor", "resident", "residents", "people", "citizen", "citizens", "skyline",
      "capture", "siege", "fall", "airport", "airports", "battle", "city", "region", "map", "heart", "north",
      "south", "east", "west", "district", "districts", "neighbourhood", "neighborhood", "neighbourhoods",
      "neighborhoods", "population", "inhabitant", "inhabitants", "metro", "subway", "hotel", "hotels", "university",
      "embassy", "embassies", "air", "sky", "skies", "weather", "traffic", "stock", "exchange", "court", "courts",
      "hospital", "hospitals", "school", "schools", "river", "port", "ports", "station", "defence", "defense",
      "liberation", "bombing", "shelling", "encirclement", "approaches", "gates", "walls", "parts", "areas",
      "area", "suburbia", "province", "outskirt", "environs", "periphery", "downtown", "landmark", "landmarks",
      "museum", "museums", "cathedral", "square", "park", "parks", "club", "team", "fans", "marathon", "festival",
      "summit", "conference", "talks", "meeting", "meetings", "forum", "office", "offices", "bureau", "correspondent",
      "visit", "trip", "journey", "flight", "flights", "power", "electricity", "water", "heating", "prices",
      "economy", "markets", "market", "property", "housing", "rent", "streets", "buildings", "building", "blocks",
      "apartment", "apartments", "house", "houses", "home", "homes", "zoo", "theatre", "theater", "stadium",
      "territory", "territories", "land", "lands", "soil", "airspace", "waters", "coast", "coastline", "border",
      "borders", "mainland", "interior", "port");

  /** Attacks and seizures: their object or target is a place ("shelled Kharkiv", "an attack on Kyiv"). */
  private static final Set<String> ATTACK = ImmutableSet.of("attack", "strike", "assault", "offensive", "raid",
      "bombardment", "bomb", "shell", "hit", "target", "capture", "seize", "take", "encircle", "surround", "besiege",
      "storm", "liberate", "occupy", "recapture", "retake", "invade", "invasion", "enter", "reach", "visit",
      "tour", "leave", "defend", "control", "hold", "evacuate", "fire", "missile", "drone", "rocket", "rockets",
      "drones", "missiles", "strikes", "attacks", "march", "push", "advance", "fly", "return", "flee");

  /** Verbs in the third person that the tagger often reads as plural nouns after a name. */
  private static final Set<String> VERBS_READ_AS_NOUNS = ImmutableSet.of("stops", "hands", "plans", "calls", "demands",
      "offers", "backs", "pledges", "vows", "pushes", "presses", "halts", "ends", "returns", "claims", "blocks",
      "fears", "signals", "moves", "cuts", "lifts", "eases", "drops", "delays", "bans", "orders", "promises",
      "supports", "aims", "hopes", "turns", "faces", "pulls", "steps", "talks", "strikes", "attacks", "threats",
      "agrees", "resumes", "reopens", "releases", "sends", "shows", "seeks", "wants", "needs", "gives", "keeps");

  /**
   * Tags that can open the object of the misread verb ("stops drone strikes", "hands the town"):
   * a noun phrase, where "Moscow talks collapsed" or "Kyiv talks in Geneva" continue otherwise.
   */
  private static final Set<String> OBJECT_STARTS = ImmutableSet.of("DT", "PRP$", "PRP", "CD", "JJ", "NN", "NNS",
      "NNP", "VBP", "RP");

  /** Whether the name opens its clause: at the start, or after a subordinator, "and", "but" or a comma. */
  private static boolean clauseInitial(List<CoreLabel> tokens, int begin) {
    int before = begin - 1;
    if (before >= 0 && Tokens.lower(tokens.get(before)).equals("the")) {
      before--;
    }
    if (before < 0) {
      return true;
    }
    String previous = Tokens.lower(tokens.get(before));
    return SUBORDINATORS.contains(previous) || previous.equals("and") || previous.equals("but")
        || previous.equals(",") || previous.equals(";") || previous.equals("when");
  }

  /** Words tagged as prepositions that also open a clause: "if Kyiv agrees", "until Moscow withdraws". */
  private static final Set<String> SUBORDINATORS = ImmutableSet.of("if", "unless", "because", "although", "though",
      "whereas", "while", "once", "until", "till", "after", "before", "since", "as", "that", "whether", "so");

  /** Prepositions that introduce a party: "talks with Kyiv", "pressure from Moscow". */
  private static final Set<String> PARTY = ImmutableSet.of("with", "between", "by", "against", "for", "on",
      "from", "to", "of", "among", "amongst", "towards", "versus", "vs", "and", "like", "unlike", "than");

  /**
   * Whether the name at tokens {@code [begin, end)} names a party rather than a place. {@code
   * partyByDefault} is the answer when nothing in the sentence says: a state named without a cue is
   * a party ("the US and Ukraine"), a capital is not ("Kyiv and Lviv").
   */
  boolean actsAsParty(List<CoreLabel> tokens, int begin, int end, @Nullable Dependencies parse, boolean partyByDefault) {
    return parse != null ? fromParse(tokens, begin, end, parse, partyByDefault) : fromNeighbours(tokens, begin, end, partyByDefault);
  }

  private boolean fromParse(List<CoreLabel> tokens, int begin, int end, Dependencies parse, boolean partyByDefault) {
    int head = end - 1;
    // Inside a multi-word name the parse may hang the last word on the first: climb to the word
    // whose head lies outside the name.
    for (int steps = 0; steps < end - begin && parse.head(head) >= begin && parse.head(head) < end; steps++) {
      head = parse.head(head);
    }
    String relation = parse.relation(head);
    if (relation.equals("conj")) {
      int first = parse.head(head);
      if (first >= 0) {
        head = first;
        relation = parse.relation(first);
      }
    }
    int governor = parse.head(head);
    String governorLemma = governor >= 0 ? Tokens.lemma(tokens.get(governor)) : "";
    if (relation.startsWith("nsubj") || relation.startsWith("csubj") || relation.equals("iobj")
        || relation.equals("vocative") || relation.startsWith("obl:agent")) {
      return true;
    }
    if (relation.equals("nmod:poss")) {
      return !PLACE_NOUNS.contains(governorLemma);
    }
    if (relation.equals("obj")) {
      return !ATTACK.contains(governorLemma) && !MOTION.contains(governorLemma);
    }
    if (relation.startsWith("obl") || relation.startsWith("nmod") || relation.startsWith("advcl")) {
      String preposition = parse.preposition(head);
      if (preposition == null) {
        return relation.startsWith("obl:tmod") ? false : !PLACE_NOUNS.contains(governorLemma);
      }
      return prepositionMakesParty(preposition, governorLemma);
    }
    if (relation.equals("appos") || relation.equals("root") || relation.equals("dep") || relation.equals("parataxis")) {
      return fromNeighbours(tokens, begin, end, partyByDefault);
    }
    if ((relation.equals("compound") || relation.equals("amod")) && governor == end && clauseInitial(tokens, begin)
        && "NNS".equals(tokens.get(governor).tag()) && VERBS_READ_AS_NOUNS.contains(Tokens.lower(tokens.get(governor)))
        && governor + 1 < tokens.size() && OBJECT_STARTS.contains(String.valueOf(tokens.get(governor + 1).tag()))) {
      // "if Kyiv stops drone strikes", "that Ankara hands the town back": the tagger read the verb
      // as a plural noun and the parser made the seat its modifier; at the start of a clause the
      // seat is the subject.
      return true;
    }
    // compound ("Moscow talks", "the Ukraine war"), amod, nummod and the rest: a modifier.
    return partyByDefault && relation.equals("compound");
  }

  private boolean prepositionMakesParty(String preposition, String governorLemma) {
    if (LOCATIVE.contains(preposition)) {
      return false;
    }
    if (preposition.equals("to") || preposition.equals("from")) {
      return !MOTION.contains(governorLemma) && !ATTACK.contains(governorLemma);
    }
    if (preposition.equals("of")) {
      return !PLACE_NOUNS.contains(governorLemma);
    }
    if (preposition.equals("on") || preposition.equals("against")) {
      return !ATTACK.contains(governorLemma);
    }
    return PARTY.contains(preposition);
  }

  /**
   * True when the neighbouring tokens settle the question as well as a parse would: a locative
   * preposition before the name, a possessive or a verb after it. Only the other sentences need
   * the parser for their seats of government.
   */
  static boolean neighboursDecide(List<CoreLabel> tokens, int begin, int end) {
    CoreLabel next = end < tokens.size() ? tokens.get(end) : null;
    if (next != null && (Tokens.isPossessive(next) || Tokens.isVerb(next))) {
      return true;
    }
    int before = begin - 1;
    if (before >= 0 && Tokens.lower(tokens.get(before)).equals("the")) {
      before--;
    }
    return before >= 0 && LOCATIVE.contains(Tokens.lower(tokens.get(before)));
  }

  /** The same cues read off the neighbouring tokens, for a sentence without a parse. */
  private boolean fromNeighbours(List<CoreLabel> tokens, int begin, int end, boolean partyByDefault) {
    CoreLabel next = end < tokens.size() ? tokens.get(end) : null;
    if (next != null && Tokens.isPossessive(next)) {
      CoreLabel possessed = end + 1 < tokens.size() ? tokens.get(end + 1) : null;
      return possessed == null || !PLACE_NOUNS.contains(Tokens.lemma(possessed));
    }
    int before = begin - 1;
    if (before >= 0 && Tokens.lower(tokens.get(before)).equals("the")) {
      before--;
    }
    String previous = before >= 0 ? Tokens.lower(tokens.get(before)) : "";
    String previousTag = before >= 0 ? String.valueOf(tokens.get(before).tag()) : "";
    if (SUBORDINATORS.contains(previous) && next != null && Tokens.isFinite(next)) {
      // "unless Tbilisi signed", "after Moscow agreed": the subject of a subordinate clause, though
      // the tagger gives its conjunction the tag of a preposition.
      return true;
    }
    if (previousTag.equals("IN") || previousTag.equals("TO")) {
      String governor = "";
      for (int i = before - 1; i >= 0 && i >= before - 4; i--) {
        if (Tokens.isNoun(tokens.get(i)) || Tokens.isVerb(tokens.get(i))) {
          governor = Tokens.lemma(tokens.get(i));
          break;
        }
      }
      return prepositionMakesParty(previous, governor);
    }
    if (next != null && (Tokens.isVerb(next) || Tokens.lower(next).equals("has") || Tokens.lower(next).equals("is"))) {
      return true;
    }
    if (next != null && next.originalText().equals(",")) {
      // "Kyiv, which has ruled out ...": a relative clause about the seat.
      CoreLabel after = end + 1 < tokens.size() ? tokens.get(end + 1) : null;
      if (after != null && (Tokens.lower(after).equals("which") || Tokens.lower(after).equals("who"))) {
        return true;
      }
    }
    return partyByDefault;
  }
}
