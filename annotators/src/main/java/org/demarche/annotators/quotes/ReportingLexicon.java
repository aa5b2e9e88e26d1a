package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.demarche.annotators.common.Tokens;
import org.demarche.core.lexicon.TsvTable;
import org.jspecify.annotations.Nullable;

/**
 * The words that report speech ({@code reporting-verbs.tsv}, see {@code annotators/LEXICONS.md}):
 * verbs such as "say", "warn", "insist" and "point out", and nouns such as "belief" and "warning"
 * whose content clause is what was said.
 *
 * <p>Users add files through the annotator's {@code extraVerbs} option; an entry there replaces the
 * bundled entry of the same lemma and part of speech, and the frame {@code none} removes it.
 *
 * <h2>Thread safety</h2>
 * Immutable; loaded lexicons are cached per list of extra files and shared.
 */
final class ReportingLexicon {

  /** How a reporting word is used. */
  record Entry(String lemma, @Nullable String particle, boolean noun, boolean takesClause, boolean attributesSpeech,
      boolean takesAddressee, boolean needsSpeaker) {}

  static final List<String> COLUMNS = List.of("lemma", "pos", "frames");

  private static final String RESOURCE = "reporting-verbs.tsv";
  /** Particles that make a phrasal verb of a reporting verb ("add up", "point at"). */
  private static final Set<String> PARTICLES = ImmutableSet.of("up", "down", "off", "out", "away", "back");
  private static final Set<String> FRAMES = ImmutableSet.of("that", "direct", "addressee", "speaker", "none");
  private static final Map<List<Path>, ReportingLexicon> CACHE = new ConcurrentHashMap<>();

  /** Verbs without a particle, by lemma. */
  private final ImmutableMap<String, Entry> verbs;
  /** Phrasal verbs ("point out"), by the verb's lemma, then by particle. */
  private final ImmutableMap<String, ImmutableMap<String, Entry>> phrasal;
  private final ImmutableMap<String, Entry> nouns;

  private ReportingLexicon(Map<String, Entry> verbs, Map<String, Entry> nouns) {
    ImmutableMap.Builder<String, Entry> single = ImmutableMap.builder();
    Map<String, Map<String, Entry>> byVerb = new LinkedHashMap<>();
    for (Entry entry : verbs.values()) {
      if (entry.particle() == null) {
        single.put(entry.lemma(), entry);
      } else {
        byVerb.computeIfAbsent(entry.lemma(), lemma -> new LinkedHashMap<>()).put(entry.particle(), entry);
      }
    }
    this.verbs = single.buildOrThrow();
    ImmutableMap.Builder<String, ImmutableMap<String, Entry>> phrases = ImmutableMap.builder();
    byVerb.forEach((lemma, particles) -> phrases.put(lemma, ImmutableMap.copyOf(particles)));
    this.phrasal = phrases.buildOrThrow();
    this.nouns = ImmutableMap.copyOf(nouns);
  }

  /** The bundled lexicon plus the user's files, loaded once per list of files. */
  static ReportingLexicon load(List<Path> extraFiles) {
    return CACHE.computeIfAbsent(ImmutableList.copyOf(extraFiles), ReportingLexicon::build);
  }

  private static ReportingLexicon build(List<Path> extraFiles) {
    Map<String, Entry> verbs = new LinkedHashMap<>();
    Map<String, Entry> nouns = new LinkedHashMap<>();
    add(TsvTable.readResource(ReportingLexicon.class, RESOURCE, COLUMNS), verbs, nouns);
    for (Path file : extraFiles) {
      add(TsvTable.read(file, COLUMNS), verbs, nouns);
    }
    return new ReportingLexicon(verbs, nouns);
  }

  private static void add(TsvTable table, Map<String, Entry> verbs, Map<String, Entry> nouns) {
    // Within one file a lemma may appear once; a later file overrides an earlier one.
    Map<String, String> seen = new HashMap<>();
    for (TsvTable.Row row : table.rows()) {
      String lemma = row.required("lemma");
      if (!lemma.equals(lemma.toLowerCase(Locale.ROOT))) {
        throw row.error("lemma '" + lemma + "' must be in lower case");
      }
      List<String> words = List.of(lemma.split(" "));
      if (words.size() > 2 || words.stream().anyMatch(String::isEmpty)) {
        throw row.error("lemma '" + lemma + "' must be one word, or a verb and its particle (\"point out\")");
      }
      String pos = row.required("pos");
      boolean noun;
      if (pos.equals("VERB")) {
        noun = false;
      } else if (pos.equals("NOUN")) {
        noun = true;
      } else {
        throw row.error("pos is VERB or NOUN, not '" + pos + "'");
      }
      List<String> frames = row.list("frames");
      if (frames.isEmpty()) {
        throw row.error("frames is empty; give that, direct, addressee, speaker (separated by |), or none");
      }
      for (String frame : frames) {
        if (!FRAMES.contains(frame)) {
          throw row.error("unknown frame '" + frame + "'; frames are that, direct, addressee, speaker and none");
        }
      }
      boolean none = frames.contains("none");
      if (none && frames.size() > 1) {
        throw row.error("the frame none cannot be combined with others");
      }
      if (noun && (words.size() > 1 || frames.contains("direct") || frames.contains("addressee"))) {
        throw row.error("a NOUN is one word and its only frame is that (or none)");
      }
      String key = pos + " " + lemma;
      String previous = seen.put(key, row.where());
      if (previous != null) {
        throw row.error(lemma + " (" + pos + ") is already listed at " + previous);
      }
      Map<String, Entry> target = noun ? nouns : verbs;
      if (none) {
        target.remove(lemma);
        continue;
      }
      target.put(lemma, new Entry(words.get(0), words.size() > 1 ? words.get(1) : null, noun,
          frames.contains("that"), frames.contains("direct"), frames.contains("addressee"),
          frames.contains("speaker")));
    }
  }

  /**
   * The reporting verb at token {@code i}, or null: a verb (by its part of speech) whose lemma is
   * listed, or the verb of a listed phrasal verb followed by its particle ("pointed out").
   */
  @Nullable Entry verbAt(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    String tag = token.tag();
    if (tag == null || !tag.startsWith("VB")) {
      return null;
    }
    String lemma = Tokens.lemma(token);
    ImmutableMap<String, Entry> particles = phrasal.get(lemma);
    if (particles != null && i + 1 < tokens.size()) {
      Entry entry = particles.get(Tokens.lower(tokens.get(i + 1)));
      if (entry != null) {
        return entry;
      }
    }
    Entry entry = verbs.get(lemma);
    if (entry != null && i + 1 < tokens.size() && isParticle(tokens.get(i + 1))) {
      return null; // "the numbers added up", "turned down": another verb than the reporting one
    }
    return entry;
  }

  private static boolean isParticle(CoreLabel token) {
    return "RP".equals(token.tag()) || PARTICLES.contains(Tokens.lower(token));
  }

  /** The reporting noun at token {@code i} ("belief", "warning"), or null. */
  @Nullable Entry nounAt(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    return Tokens.isNoun(token) && !Tokens.isProperNoun(token) ? nouns.get(Tokens.lemma(token)) : null;
  }
}
