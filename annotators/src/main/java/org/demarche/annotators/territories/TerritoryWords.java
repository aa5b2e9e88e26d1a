package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The closed word classes the territory layer reads: nouns that head references to land and water,
 * the categories and parts a place name combines with, and the words that state claim, control or
 * dispute. Words are lower-case word forms (not lemmas), so that a lookup costs one hash probe and
 * no tagger lemma is trusted for participles ("occupied" the adjective and the verb).
 */
final class TerritoryWords {

  private TerritoryWords() {}

  /** What a modifier says about its land: which relation, and so which status and which party role. */
  enum Relation {
    ANNEX("ANNEXED", true, true),
    OCCUPY("OCCUPIED", false, true),
    SEIZE("OCCUPIED", false, true),
    CONTROL("CONTROLLED", false, true),
    REGAIN("CONTROLLED", false, true),
    CLAIM("CLAIMED", true, false),
    SOVEREIGN("SOVEREIGN", true, false),
    DISPUTE("DISPUTED", true, false),
    CONTEST("CONTESTED", true, false),
    BREAKAWAY("BREAKAWAY", false, false),
    DEMILITARISED("DEMILITARISED", false, false),
    RESTRICTED("RESTRICTED", false, false);

    private final String status;
    private final boolean claims;
    private final boolean controls;

    Relation(String status, boolean claims, boolean controls) {
      this.status = status;
      this.claims = claims;
      this.controls = controls;
    }

    /** The status a reference with this modifier has. */
    String status() {
      return status;
    }

    /** True when the party the modifier names claims the land ("claimed by Moscow"). */
    boolean claims() {
      return claims;
    }

    /** True when the party the modifier names holds the land ("Russia has seized"). */
    boolean controls() {
      return controls;
    }
  }

  /**
   * Nouns that head a reference to land or water once a modifier of claim, control or dispute goes
   * with them ("the contested stretch", "positions Israel has kept"). Without such a modifier they
   * are ordinary words: "the area", "the islands" are anaphors the gold marks optional at most.
   */
  static final ImmutableSet<String> HEADS = ImmutableSet.of("territory", "territories", "land", "lands", "soil",
      "waters", "airspace", "seabed", "shelf", "province", "provinces", "oblast", "oblasts", "enclave", "enclaves",
      "exclave", "exclaves", "colony", "colonies", "area", "areas", "region", "regions", "part", "parts", "portion",
      "portions", "stretch", "stretches", "strip", "strips", "sliver", "swathe", "swathes", "zone", "zones",
      "corridor", "corridors", "district", "districts", "town", "towns", "village", "villages", "city", "cities",
      "municipality", "municipalities", "outpost", "outposts", "position", "positions", "hilltop", "hilltops",
      "hills", "heights", "plateau", "valley", "coast", "coastline", "waterway", "waterways", "river", "reef",
      "reefs", "shoal", "shoals", "island", "islands", "islet", "islets", "archipelago", "atoll", "peninsula",
      "isthmus", "north", "south", "east", "west", "field", "fields", "mines", "resort", "sector", "sectors", "port",
      "bank", "border", "borders", "frontier", "boundary", "half", "sea", "lake", "gulf", "bay", "strait");

  /**
   * Verbs of claim that take a complement after their object's gap ("areas Beijing considers its
   * own", "an area that Pakistan considers to be on its side of the border"): what follows them belongs
   * to the clause.
   */
  static final ImmutableSet<String> WITH_COMPLEMENT = ImmutableSet.of("consider", "regard", "call", "declare",
      "deem", "view", "see", "treat", "describe");

  /** Quantities the tagger does not call nouns that still take a part: "most of the territory". */
  static final ImmutableSet<String> QUANTITIES = ImmutableSet.of("most", "much", "half", "all", "some", "part",
      "third", "quarter", "fifth", "tenth");

  /** Heads that name a part and so need the whole they are part of: "part of the region", not "take part". */
  static final ImmutableSet<String> NEED_OF = ImmutableSet.of("part", "parts", "portion", "portions", "half",
      "sliver", "swathe", "swathes", "section", "sections");

  /**
   * Heads for which a possessor ("its", "Japan's") or "of" with a state ("a province of Serbia")
   * states sovereignty on its own: "our waters", "Kosovo's territory", "its southern provinces".
   */
  static final ImmutableSet<String> POSSESSED_HEADS = ImmutableSet.of("territory", "territories", "land", "lands",
      "soil", "waters", "airspace", "seabed", "shelf", "province", "provinces", "oblast", "oblasts", "enclave",
      "exclave", "colony", "colonies", "islands", "islets", "archipelago", "zone", "zones", "hills", "hilltops",
      "heights");

  /** Heads for which a nationality adjective states sovereignty: "Japanese territory", "Lebanese soil". */
  static final ImmutableSet<String> NATIONAL_HEADS = ImmutableSet.of("territory", "territories", "land", "lands",
      "soil", "waters", "airspace", "seabed", "shelf", "enclave", "exclave", "colony", "colonies");

  /**
   * Nouns that name a part of what their "of" complement names: "the parts of the Donbas", "a sliver of
   * land", "two-thirds of its own territory". The reference is the whole phrase.
   */
  static final ImmutableSet<String> PARTITIVES = ImmutableSet.of("part", "parts", "portion", "portions", "half",
      "third", "thirds", "quarter", "quarters", "fifth", "fifths", "percent", "most", "much", "all", "rest",
      "remainder", "bulk",
      "stretch", "stretches", "strip", "strips", "sliver", "swathe", "swathes", "section", "sections", "corner",
      "chunk", "area", "areas", "towns", "villages", "cities", "municipalities", "districts", "provinces",
      "regions", "islands", "north", "south", "east", "west", "side", "fields", "mines", "reefs");

  /**
   * Nouns that say what kind of place a name is, written after it ("the Galwan valley", "the Kherson
   * and Zaporizhzhia regions") or before it with "of" ("the breakaway region of Transnistria").
   */
  static final ImmutableSet<String> CATEGORIES = ImmutableSet.of("region", "regions", "province", "provinces",
      "oblast", "oblasts", "district", "districts", "peninsula", "island", "islands", "islet", "islets",
      "archipelago", "valley", "plateau", "plains", "heights", "hills", "corridor", "strait", "temple", "river",
      "coast", "town", "city", "village", "area", "enclave", "exclave", "territory", "strip", "gorge", "gap",
      "bay", "lake", "reef", "shoal", "atoll", "chain", "republic", "municipality", "municipalities", "summit",
      "port", "triangle", "sector", "zone", "ridge", "mountains", "spit", "cays", "cayes", "rocks", "bank",
      "settlement", "line", "sea", "ocean", "gulf");

  /** Words that make a noun a boundary: "the line with South Ossetia" names a place, not a partner. */
  static final ImmutableSet<String> BOUNDARIES = ImmutableSet.of("line", "border", "borders", "frontier",
      "boundary", "crossing", "crossings", "fence", "side");

  /** Modifiers that state the relation by themselves: participles, adjectives, verbs of claim and control. */
  private static final ImmutableMap<String, Relation> CUES = cues();

  /** Modifiers that make a reference only with certain heads: "buffer zone", "territorial waters". */
  private static final ImmutableMap<String, ImmutableSet<String>> HEAD_CUES = ImmutableMap.<String, ImmutableSet<String>>builder()
      .put("buffer", ImmutableSet.of("zone", "zones", "strip", "area", "areas", "corridor"))
      .put("exclusion", ImmutableSet.of("zone", "zones", "area", "areas"))
      .put("security", ImmutableSet.of("zone", "zones", "strip", "belt"))
      .put("territorial", ImmutableSet.of("waters", "sea"))
      .put("economic", ImmutableSet.of("zone", "zones"))
      .put("continental", ImmutableSet.of("shelf"))
      .put("contiguous", ImmutableSet.of("zone"))
      .put("overseas", ImmutableSet.of("territory", "territories"))
      .put("sovereign", ImmutableSet.of("territory", "territories", "land", "soil", "waters"))
      .buildOrThrow();

  private static final ImmutableMap<String, Relation> HEAD_CUE_RELATIONS = ImmutableMap.<String, Relation>builder()
      .put("buffer", Relation.DEMILITARISED)
      .put("exclusion", Relation.RESTRICTED)
      .put("security", Relation.RESTRICTED)
      .put("territorial", Relation.SOVEREIGN)
      .put("economic", Relation.SOVEREIGN)
      .put("continental", Relation.SOVEREIGN)
      .put("contiguous", Relation.SOVEREIGN)
      .put("overseas", Relation.SOVEREIGN)
      .put("sovereign", Relation.SOVEREIGN)
      .buildOrThrow();

  /**
   * Nouns of sovereignty whose complement is land: "sovereignty over the area", "the occupation of the
   * three islands", "the reintegration of the left bank".
   */
  private static final ImmutableMap<String, Relation> SOVEREIGNTY_NOUNS = ImmutableMap.<String, Relation>builder()
      .put("sovereignty", Relation.SOVEREIGN)
      .put("claim", Relation.CLAIM)
      .put("claims", Relation.CLAIM)
      .put("control", Relation.CONTROL)
      .put("occupation", Relation.OCCUPY)
      .put("annexation", Relation.ANNEX)
      .put("reintegration", Relation.CLAIM)
      .put("jurisdiction", Relation.CONTROL)
      .put("seizure", Relation.SEIZE)
      .put("capture", Relation.SEIZE)
      .put("handover", Relation.CONTROL)
      .put("administration", Relation.CONTROL)
      .put("liberation", Relation.REGAIN)
      .buildOrThrow();

  /** Words a hyphen joins to a party to make a modifier of control: "Turkish-controlled", "rebel-held". */
  private static final ImmutableMap<String, Relation> HYPHEN_CUES = ImmutableMap.<String, Relation>builder()
      .put("held", Relation.CONTROL)
      .put("controlled", Relation.CONTROL)
      .put("run", Relation.CONTROL)
      .put("administered", Relation.CONTROL)
      .put("governed", Relation.CONTROL)
      .put("occupied", Relation.OCCUPY)
      .put("annexed", Relation.ANNEX)
      .put("claimed", Relation.CLAIM)
      .put("backed", Relation.BREAKAWAY)
      .put("dominated", Relation.CONTROL)
      .buildOrThrow();

  private static ImmutableMap<String, Relation> cues() {
    Map<String, Relation> cues = new java.util.LinkedHashMap<>();
    put(cues, Relation.CLAIM, "claim", "claims", "claimed", "claiming", "covet", "covets", "coveted", "coveting",
        "consider", "considers", "considered", "regard", "regards", "regarded", "recognised", "recognized", "cede",
        "cedes", "ceded", "reclaim", "reclaims", "reclaimed", "lose", "loses", "lost");
    put(cues, Relation.DISPUTE, "dispute", "disputes", "disputed");
    put(cues, Relation.CONTEST, "contest", "contests", "contested", "besieged", "encircled");
    put(cues, Relation.SOVEREIGN, "belong", "belongs", "belonged", "awarded");
    put(cues, Relation.CLAIM, "handed", "returned", "transferred");
    put(cues, Relation.CONTROL, "control", "controls", "controlled", "controlling", "hold", "holds", "held",
        "holding", "administer", "administers", "administered", "govern", "governs", "governed", "keep", "keeps",
        "kept", "retain", "retains", "retained", "lease", "leases", "leased");
    put(cues, Relation.OCCUPY, "occupy", "occupies", "occupied", "occupying");
    put(cues, Relation.ANNEX, "annex", "annexes", "annexed", "annexing");
    put(cues, Relation.SEIZE, "seize", "seizes", "seized", "seizing", "capture", "captures", "captured", "take",
        "takes", "took", "taken", "conquer", "conquers", "conquered", "overrun", "overran", "grab", "grabbed",
        "invade", "invades", "invaded", "confiscate", "confiscated", "expropriated", "usurped");
    put(cues, Relation.REGAIN, "regain", "regains", "regained", "recover", "recovers", "recovered", "retake",
        "retook", "retaken", "recapture", "recaptured", "liberate", "liberated");
    put(cues, Relation.BREAKAWAY, "breakaway", "separatist", "secessionist", "self-declared", "self-proclaimed",
        "unrecognised", "unrecognized", "rebel");
    put(cues, Relation.DEMILITARISED, "demilitarised", "demilitarized");
    put(cues, Relation.RESTRICTED, "restricted", "fenced", "sealed", "cordoned");
    return ImmutableMap.copyOf(cues);
  }

  private static void put(Map<String, Relation> cues, Relation relation, String... words) {
    for (String word : words) {
      cues.put(word, relation);
    }
  }

  /**
   * Participles that state a relation after their noun only with an agent: "areas considered safe" and
   * "land taken for a road" are not claims, "areas considered Chinese by Beijing" is.
   */
  private static final ImmutableSet<String> NEED_AGENT = ImmutableSet.of("considered", "regarded", "kept", "taken",
      "leased", "retained", "recognised", "recognized", "ceded", "held", "handed", "returned", "transferred");

  /** True for a participle that states a relation after its noun only when "by" follows. */
  static boolean needsAgent(String lowerWord) {
    return NEED_AGENT.contains(lowerWord);
  }

  /** The relation a word states by itself, or null. */
  static @Nullable Relation cue(String lowerWord) {
    return CUES.get(lowerWord);
  }

  /** The relation a modifier states with this head only ("buffer" with "zone"), or null. */
  static @Nullable Relation headCue(String lowerModifier, String lowerHead) {
    ImmutableSet<String> heads = HEAD_CUES.get(lowerModifier);
    return heads != null && heads.contains(lowerHead) ? HEAD_CUE_RELATIONS.get(lowerModifier) : null;
  }

  /** The relation a noun of sovereignty states of its complement ("sovereignty over"), or null. */
  static @Nullable Relation sovereigntyNoun(String lowerWord) {
    return SOVEREIGNTY_NOUNS.get(lowerWord);
  }

  /** The relation the second half of a hyphenated modifier states ("-controlled"), or null. */
  static @Nullable Relation hyphenCue(String lowerWord) {
    return HYPHEN_CUES.get(lowerWord);
  }

  /** Head nouns as written: lower case and capitalised ("Territory" opens a sentence). */
  private static final ImmutableSet<String> WRITTEN_HEADS = withCapitals(HEADS);

  /** Cue words as written: modifiers, verbs of claim or control, nouns of sovereignty. */
  private static final ImmutableSet<String> WRITTEN_CUES = withCapitals(ImmutableSet.<String>builder()
      .addAll(CUES.keySet()).addAll(HEAD_CUES.keySet()).addAll(SOVEREIGNTY_NOUNS.keySet()).build());

  private static ImmutableSet<String> withCapitals(ImmutableSet<String> words) {
    ImmutableSet.Builder<String> written = ImmutableSet.builder();
    for (String word : words) {
      written.add(word, Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return written.build();
  }

  /** True for a territory noun as written in the text, without case folding. */
  static boolean isWrittenHead(String written) {
    return WRITTEN_HEADS.contains(written);
  }

  /** True for a word of claim, control or dispute as written in the text, without case folding. */
  static boolean isWrittenCue(String written) {
    return WRITTEN_CUES.contains(written);
  }

  /** The word in lower case, allocating only when it has upper-case letters. */
  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
