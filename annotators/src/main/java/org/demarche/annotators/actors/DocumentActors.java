package org.demarche.annotators.actors;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.demarche.annotators.actors.ActorLexicon.Title;
import org.demarche.annotators.actors.ActorLexicon.TitleKind;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRole;
import org.jspecify.annotations.Nullable;

/**
 * What one document has said about its actors so far, read in order: the people it introduced (so
 * that "Witkoff" after "special envoy Steve Witkoff" is the same actor), the titles they hold (so
 * that "the president" is the president named before), and which countries it is about.
 *
 * <p>Not thread-safe: one instance per document, used by the thread annotating it.
 */
final class DocumentActors {

  /** A person the document introduced. */
  record KnownPerson(String code, String name, @Nullable String title, String actorId) {}

  private final Map<String, KnownPerson> bySurname = new HashMap<>();
  private final Map<String, KnownPerson> byFullName = new HashMap<>();
  private final Map<String, KnownPerson> byTitle = new HashMap<>();
  private final Map<String, Integer> countryCounts = new LinkedHashMap<>();
  private final List<ActorMention> history = new ArrayList<>();
  private final List<Integer> sentenceOf = new ArrayList<>();
  private int sentence = -1;

  /** How far back (in characters) a pronoun or definite noun looks for whom it refers to. */
  private static final int REACH = 1500;

  /** Codes of courts, for "the court". */
  private static final Set<String> COURTS = ImmutableSet.of("ICJ", "ICC", "PCA", "ECHR", "ITLOS", "CAS");

  /** Records a person mention: full name, surname (the last word of the name) and title. */
  void person(String name, String code, @Nullable String title, String actorId) {
    KnownPerson person = new KnownPerson(code, name, title, actorId);
    byFullName.put(name, person);
    List<String> words = List.of(name.split("\\s+"));
    if (words.size() > 1) {
      String surname = words.get(words.size() - 1);
      KnownPerson previous = bySurname.get(surname);
      // Two people of one surname in a document: the surname alone no longer says which.
      bySurname.put(surname, previous == null || previous.actorId().equals(actorId) ? person : null);
    }
    if (title != null) {
      byTitle.put(title, person);
    }
  }

  /** The person a bare surname or full name refers to, if the document introduced exactly one. */
  @Nullable KnownPerson personNamed(String name) {
    KnownPerson full = byFullName.get(name);
    return full != null ? full : bySurname.get(name);
  }

  /** The person last introduced with this title ("president"), if any. */
  @Nullable KnownPerson personTitled(String title) {
    return byTitle.get(title);
  }

  /** Records a mention: for the country counts, and as a referent of later pronouns and definite nouns. */
  void add(ActorMention mention) {
    history.add(mention);
    sentenceOf.add(sentence);
    if (mention.country() != null) {
      countryCounts.merge(mention.country(), 1, Integer::sum);
    }
  }

  /**
   * Whom a possessive pronoun at {@code offset} refers to: "his" and "her" the nearest person,
   * "its" the nearest state, government, force or organisation, "their" the nearest group of any
   * kind but a person. First-person pronouns are the speaker's, which this layer does not know.
   */
  @Nullable ActorMention pronounReferent(String pronoun, int offset) {
    String word = pronoun.toLowerCase(Locale.ROOT);
    if (word.equals("his") || word.equals("her")) {
      return nearest(offset, actor -> actor.kind() == ActorKind.PERSON);
    }
    if (word.equals("its")) {
      // A body, a state or an armed or political movement ("Hamas ... its fighters"); not a plural
      // group of people ("Ukrainian officials").
      return nearest(offset, actor -> actor.kind() != ActorKind.PERSON && actor.kind() != ActorKind.LOCATION
          && (actor.kind() != ActorKind.GROUP || isMovement(actor)));
    }
    if (word.equals("their")) {
      return nearest(offset, actor -> actor.kind() != ActorKind.PERSON && actor.kind() != ActorKind.LOCATION);
    }
    return null;
  }

  /**
   * A named armed or political movement ("Hamas", "the RSF"): its text is its name or an acronym,
   * where a group named by a plural noun ("Palestinian militants") is not.
   */
  private static boolean isMovement(ActorMention actor) {
    if (actor.role() != ActorRole.REB && actor.role() != ActorRole.OPP) {
      return false;
    }
    String text = actor.text();
    String last = text.substring(text.lastIndexOf(' ') + 1);
    return text.contains(actor.name()) || last.length() > 1 && last.toUpperCase(Locale.ROOT).equals(last);
  }

  /**
   * Whom a definite noun at {@code offset} refers to: "the bloc" the nearest organisation, "the
   * court" the nearest court, "the rebels" the nearest armed group, "the government" or "the army"
   * the nearest actor with a country. Plural groups of officials ("the ministers") are left alone:
   * they seldom mean one actor.
   */
  @Nullable ActorMention definiteReferent(Title title, int offset) {
    ActorRole role = title.role();
    if (title.kind() == TitleKind.ORGANIZATION) {
      String noun = title.phrase();
      if (noun.equals("alliance")) {
        return nearest(offset, actor -> ALLIANCES.contains(actor.code()));
      }
      if (noun.equals("bloc")) {
        return nearest(offset, actor -> BLOCS.contains(actor.code()));
      }
      // "the council" is the nearest organisation with "Council" in its name, "the mission" the
      // nearest mission; failing that, the nearest organisation of no more specific kind.
      String inName = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
      ActorMention named = nearest(offset, actor -> actor.kind() == ActorKind.ORGANIZATION
          && (actor.name() != null && actor.name().contains(inName) || actor.text().contains(inName)));
      if (named != null || noun.equals("council")) {
        return named;
      }
      return nearest(offset, actor -> actor.kind() == ActorKind.ORGANIZATION && !ALLIANCES.contains(actor.code())
          && !BLOCS.contains(actor.code()) && !COURTS.contains(actor.code()));
    }
    if (role == ActorRole.JUD) {
      return nearest(offset, actor -> COURTS.contains(actor.code()) || actor.role() == ActorRole.JUD);
    }
    if (role == ActorRole.REB) {
      return nearest(offset, actor -> actor.role() == ActorRole.REB);
    }
    if (title.kind() == TitleKind.GOVERNMENT || title.kind() == TitleKind.MILITARY) {
      return nearest(offset, actor -> actor.country() != null && actor.kind() != ActorKind.LOCATION
          && (actor.role() == null || actor.role() == ActorRole.GOV || actor.role() == ActorRole.MIL));
    }
    return null;
  }

  /**
   * The referent of a pronoun or definite noun: within its own sentence the nearest actor before
   * it; otherwise, sentence by sentence backwards, the first actor a sentence names (usually its
   * subject, the entity a next sentence most often continues with).
   */
  private @Nullable ActorMention nearest(int offset, Predicate<ActorMention> test) {
    ActorMention inSentence = null;
    for (int i = history.size() - 1; i >= 0; i--) {
      ActorMention actor = history.get(i);
      if (sentenceOf.get(i) == sentence && actor.span().end() <= offset && test.test(actor)
          && (inSentence == null || actor.span().end() > inSentence.span().end())) {
        inSentence = actor;
      }
    }
    if (inSentence != null) {
      return inSentence;
    }
    for (int previous = sentence - 1; previous >= 0; previous--) {
      ActorMention first = null;
      for (int i = 0; i < history.size(); i++) {
        ActorMention actor = history.get(i);
        if (sentenceOf.get(i) == previous && test.test(actor)
            && (first == null || actor.span().begin() < first.span().begin())) {
          first = actor;
        }
      }
      if (first != null) {
        return offset - first.span().end() <= REACH ? first : null;
      }
    }
    return null;
  }

  /** Starts the next sentence. */
  void startSentence() {
    sentence++;
  }

  /**
   * True for the collective nouns that, with "the" or a possessive pronoun, refer back to one
   * actor named before ("the government", "its army", "the bloc"). Plurals of people ("the
   * soldiers", "its citizens") seldom do, and are left alone.
   */
  static boolean refersBack(Title title) {
    return REFERRING_NOUNS.contains(title.phrase());
  }

  private static final Set<String> REFERRING_NOUNS = ImmutableSet.of("government", "administration", "cabinet",
      "authorities", "leadership", "regime", "junta", "ministry", "foreign ministry", "defence ministry",
      "defense ministry", "interior ministry", "army", "military", "navy", "air force", "armed forces", "parliament",
      "legislature", "court", "supreme court", "tribunal", "rebels", "movement", "militia", "bloc", "alliance",
      "agency", "watchdog", "commission", "mission", "council", "troops", "soldiers", "forces", "organisation", "organization", "embassy", "presidency",
      "coast guard");

  /** Organisations "the alliance" and "the bloc" can mean; "the agency" is any other organisation. */
  private static final Set<String> ALLIANCES = ImmutableSet.of("NATO", "CSTO", "AUKUS", "QUAD");
  private static final Set<String> BLOCS = ImmutableSet.of("EU", "ASEAN", "AU", "GCC", "ECOWAS", "SADC", "EAC",
      "BRICS", "SCO", "MERCOSUR", "CARICOM", "ARL", "OIC", "EAEU", "G7", "G20", "OAS", "CELAC", "APEC", "CIS", "IGAD",
      "OPEC", "OPECPLUS");


  /** The country the document has mentioned most so far (the first of equals), or null. */
  @Nullable String mainCountry() {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> entry : countryCounts.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return best;
  }
}
