package org.demarche.annotators.demands;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.demarche.core.DemandType;
import org.demarche.core.lexicon.LexiconException;
import org.demarche.core.lexicon.TsvTable;
import org.jspecify.annotations.Nullable;

/**
 * The demand layer's lexicons: what a response word makes of a demand ({@code responses.tsv}: a
 * threat or an offer, and its CAMEO code) and what a condition word says is demanded ({@code
 * demands.tsv}: a category and its CAMEO code). Users add files of either kind through {@code
 * demands.extraLexicons}; a user's entry for a lemma replaces the bundled one.
 */
final class DemandLexicon {

  /** What a response lemma makes of the demand. */
  record Response(DemandType type, String cameo) {}

  /** What a condition lemma says is demanded. */
  record Demanded(String category, String cameo) {}

  static final List<String> RESPONSE_COLUMNS = List.of("lemma", "type", "cameo");
  static final List<String> DEMAND_COLUMNS = List.of("lemma", "category", "cameo");
  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
  private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z_]*");
  private static final Map<List<Path>, DemandLexicon> CACHE = new ConcurrentHashMap<>();

  private final ImmutableMap<String, Response> responses;
  private final ImmutableMap<String, Demanded> demands;

  private DemandLexicon(Map<String, Response> responses, Map<String, Demanded> demands) {
    this.responses = ImmutableMap.copyOf(responses);
    this.demands = ImmutableMap.copyOf(demands);
  }

  static DemandLexicon load(List<Path> extraFiles) {
    return CACHE.computeIfAbsent(ImmutableList.copyOf(extraFiles), DemandLexicon::build);
  }

  private static DemandLexicon build(List<Path> extraFiles) {
    Map<String, Response> responses = new LinkedHashMap<>();
    Map<String, Demanded> demands = new LinkedHashMap<>();
    readResponses(TsvTable.readResource(DemandLexicon.class, "responses.tsv", RESPONSE_COLUMNS), responses);
    readDemands(TsvTable.readResource(DemandLexicon.class, "demands.tsv", DEMAND_COLUMNS), demands);
    for (Path file : extraFiles) {
      TsvTable table = TsvTable.read(file, List.of());
      if (table.hasColumns(RESPONSE_COLUMNS)) {
        readResponses(table, responses);
      } else if (table.hasColumns(DEMAND_COLUMNS)) {
        readDemands(table, demands);
      } else {
        throw new LexiconException(file + ":1: not a demand lexicon; its header must be "
            + String.join(",", RESPONSE_COLUMNS) + " or " + String.join(",", DEMAND_COLUMNS));
      }
    }
    return new DemandLexicon(responses, demands);
  }

  private static void readResponses(TsvTable table, Map<String, Response> into) {
    for (TsvTable.Row row : table.rows()) {
      String type = row.required("type");
      if (!ImmutableSet.of("THREAT", "OFFER").contains(type)) {
        throw row.error("type " + type + " is not THREAT or OFFER");
      }
      into.put(lemma(row), new Response(DemandType.valueOf(type), cameo(row)));
    }
  }

  private static void readDemands(TsvTable table, Map<String, Demanded> into) {
    for (TsvTable.Row row : table.rows()) {
      String category = row.required("category");
      if (!CATEGORY.matcher(category).matches()) {
        throw row.error("category " + category + " is not an upper-case name (WITHDRAWAL, CEASEFIRE ...)");
      }
      into.put(lemma(row), new Demanded(category, cameo(row)));
    }
  }

  private static String lemma(TsvTable.Row row) {
    String lemma = row.required("lemma");
    if (!lemma.equals(lemma.toLowerCase(Locale.ROOT))) {
      throw row.error("lemma " + lemma + " is not in lower case");
    }
    return lemma;
  }

  private static String cameo(TsvTable.Row row) {
    String cameo = row.required("cameo");
    if (!CAMEO.matcher(cameo).matches()) {
      throw row.error("cameo " + cameo + " is not a CAMEO event code (two to four digits)");
    }
    return cameo;
  }

  @Nullable Response response(String lemma) {
    return responses.get(lemma);
  }

  @Nullable Demanded demanded(String lemma) {
    return demands.get(lemma);
  }
}
