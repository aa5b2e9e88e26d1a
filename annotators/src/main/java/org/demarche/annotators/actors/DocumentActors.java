package org.demarche.annotators.actors;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.core.ActorMention;
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

  /** Counts the country of every mention, for guessing the country of an actor the text leaves open. */
  void count(ActorMention mention) {
    if (mention.country() != null) {
      countryCounts.merge(mention.country(), 1, Integer::sum);
    }
  }

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
