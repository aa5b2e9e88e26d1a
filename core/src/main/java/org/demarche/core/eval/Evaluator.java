package org.demarche.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRef;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.Demand;
import org.demarche.core.Layer;
import org.demarche.core.Mention;
import org.demarche.core.Quote;
import org.demarche.core.Span;
import org.demarche.core.TerritoryMention;
import org.jspecify.annotations.Nullable;

/**
 * Scores annotated documents against gold, the way the project's {@code score.py} does, and adds
 * strict (exact span) matching beside its lenient matching.
 *
 * <h2>Matching</h2>
 * A prediction and a gold item of the same layer are a candidate pair when their spans overlap and
 * their character Jaccard (shared characters over covered characters) reaches the layer's threshold:
 * 0 for actors and territories (any overlap), 0.5 for quotes, 0.3 for demands. Strict matching asks
 * for the same begin and end instead. Pairs are assigned one to one, best Jaccard first (ties: later
 * prediction, then later gold item first, as {@code score.py}'s reversed tuple sort does). A pair
 * with an optional gold item counts neither way; an unmatched prediction that overlaps an optional
 * or already matched gold item is not spurious; in a partial layer no unmatched prediction is.
 *
 * <h2>Attributes</h2>
 * On lenient matches: an actor code is right when it equals an accepted code or agrees on its first
 * three letters ({@code *} accepts any code); a quote's speaker when its code agrees so or its text
 * contains, or is contained in, the gold speaker's text; demander and addressee by code; the
 * connective, kinds and types by value, case-insensitively for the connective.
 */
public final class Evaluator {

  private static final Map<Layer, Double> THRESHOLD = Map.of(
      Layer.ACTORS, 0.0, Layer.TERRITORIES, 0.0, Layer.QUOTES, 0.5, Layer.DEMANDS, 0.3);

  /** Attribute names, as {@code score.py} prints them. */
  public static final String ACTOR_CODE = "actor code";
  public static final String TERRITORY_KIND = "territory kind";
  public static final String QUOTE_SPEAKER = "quote speaker";
  public static final String QUOTE_KIND = "quote kind";
  public static final String DEMANDER = "demander";
  public static final String ADDRESSEE = "addressee";
  public static final String CONNECTIVE = "connective";
  public static final String DEMAND_TYPE = "demand type";

  private Evaluator() {}

  /**
   * Scores each gold document against the prediction of the same name; a missing prediction counts
   * every gold item as missed.
   */
  public static EvaluationReport evaluate(List<GoldDocument> golds, Map<String, AnnotatedDocument> predictions) {
    EvaluationReport.Builder report = new EvaluationReport.Builder();
    for (GoldDocument gold : golds) {
      report.document();
      AnnotatedDocument predicted = predictions.get(gold.name());
      if (predicted == null) {
        report.missingPrediction(gold.name());
        predicted = AnnotatedDocument.empty(gold.name(), gold.text());
      } else if (!predicted.text().equals(gold.text())) {
        throw new IllegalArgumentException("the prediction for " + gold.name() + " is for another text");
      }
      for (Layer layer : Layer.values()) {
        score(gold, predicted, layer, false, report);
        score(gold, predicted, layer, true, report);
      }
    }
    return report.build();
  }

  private static void score(GoldDocument gold, AnnotatedDocument predicted, Layer layer, boolean strict,
      EvaluationReport.Builder report) {
    List<GoldItem> golds = gold.items(layer);
    List<? extends Mention> preds = predicted.mentions(layer);
    boolean partial = gold.partialLayers().contains(layer);
    record Pair(double jaccard, int pred, int gold) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      Span p = preds.get(i).span();
      for (int j = 0; j < golds.size(); j++) {
        Span g = golds.get(j).span();
        if (!overlaps(p, g)) {
          continue;
        }
        double jaccard = jaccard(p, g);
        boolean candidate = strict ? p.equals(g) : jaccard >= THRESHOLD.get(layer);
        if (candidate) {
          pairs.add(new Pair(jaccard, i, j));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::jaccard).thenComparingInt(Pair::pred).thenComparingInt(Pair::gold).reversed());
    Set<Integer> usedPreds = new HashSet<>();
    Set<Integer> usedGolds = new HashSet<>();
    List<Pair> matches = new ArrayList<>();
    for (Pair pair : pairs) {
      if (usedPreds.contains(pair.pred()) || usedGolds.contains(pair.gold())) {
        continue;
      }
      usedPreds.add(pair.pred());
      usedGolds.add(pair.gold());
      matches.add(pair);
    }
    EvaluationReport.Counts counts = report.counts(layer, strict);
    String document = gold.name();
    for (Pair match : matches) {
      GoldItem item = golds.get(match.gold());
      if (item.optional()) {
        continue;
      }
      counts.truePositives++;
      if (!strict) {
        scoreAttributes(document, gold.text(), item, preds.get(match.pred()), report);
      }
    }
    for (int j = 0; j < golds.size(); j++) {
      GoldItem item = golds.get(j);
      if (!usedGolds.contains(j) && !item.optional()) {
        counts.falseNegatives++;
        if (!strict) {
          report.error(new EvaluationReport.Error(document, layer, EvaluationReport.ErrorKind.MISSED,
              item.span().coveredText(gold.text()), item.span(), item.line()));
        }
      }
    }
    for (int i = 0; i < preds.size(); i++) {
      if (usedPreds.contains(i) || partial) {
        continue;
      }
      Span p = preds.get(i).span();
      boolean excused = false;
      for (int j = 0; j < golds.size() && !excused; j++) {
        excused = (golds.get(j).optional() || usedGolds.contains(j)) && overlaps(p, golds.get(j).span());
      }
      if (excused) {
        continue;
      }
      counts.falsePositives++;
      if (!strict) {
        report.error(new EvaluationReport.Error(document, layer, EvaluationReport.ErrorKind.SPURIOUS,
            preds.get(i).text(), p, ""));
      }
    }
  }

  private static void scoreAttributes(String document, String text, GoldItem gold, Mention predicted,
      EvaluationReport.Builder report) {
    Map<String, Check> checks = new LinkedHashMap<>();
    switch (gold.layer()) {
      case ACTORS -> {
        ActorMention actor = (ActorMention) predicted;
        if (gold.attribute(GoldItem.CODE) != null) {
          checks.put(ACTOR_CODE, new Check(sameActor(actor.code(), "", gold.attribute(GoldItem.CODE), null),
              gold.attribute(GoldItem.CODE), actor.code()));
        }
      }
      case TERRITORIES -> {
        TerritoryMention territory = (TerritoryMention) predicted;
        if (gold.attribute(GoldItem.KIND) != null) {
          checks.put(TERRITORY_KIND, oneOf(gold.attribute(GoldItem.KIND), territory.kind().name()));
        }
      }
      case QUOTES -> {
        Quote quote = (Quote) predicted;
        ActorRef speaker = quote.speaker();
        checks.put(QUOTE_SPEAKER, new Check(
            sameActor(speaker == null ? null : speaker.code(), speaker == null ? "" : speaker.text(),
                gold.attribute(GoldItem.SPEAKER), gold.attribute(GoldItem.SPEAKER_TEXT)),
            gold.attribute(GoldItem.SPEAKER) + " (" + gold.attribute(GoldItem.SPEAKER_TEXT) + ")",
            speaker == null ? "none" : speaker.code() + " (" + speaker.text() + ")"));
        if (gold.attribute(GoldItem.KIND) != null) {
          checks.put(QUOTE_KIND, oneOf(gold.attribute(GoldItem.KIND), quote.kind().name()));
        }
      }
      case DEMANDS -> {
        Demand demand = (Demand) predicted;
        partyCheck(checks, DEMANDER, gold.attribute(GoldItem.DEMANDER), demand.demander());
        partyCheck(checks, ADDRESSEE, gold.attribute(GoldItem.ADDRESSEE), demand.addressee());
        String connective = gold.attribute(GoldItem.CONNECTIVE);
        if (connective != null && !connective.equals("-")) {
          String got = String.join(" ", demand.connective().toLowerCase(Locale.ROOT).trim().split("\\s+"));
          boolean right = GoldItem.alternatives(connective).stream()
              .anyMatch(alternative -> alternative.toLowerCase(Locale.ROOT).equals(got));
          checks.put(CONNECTIVE, new Check(right, connective, got));
        }
        if (gold.attribute(GoldItem.TYPE) != null) {
          checks.put(DEMAND_TYPE, oneOf(gold.attribute(GoldItem.TYPE), demand.type().name()));
        }
      }
    }
    checks.forEach((name, check) -> {
      report.attribute(gold.layer(), name, check.right());
      if (!check.right()) {
        report.error(new EvaluationReport.Error(document, gold.layer(), EvaluationReport.ErrorKind.WRONG_ATTRIBUTE,
            gold.span().coveredText(text), gold.span(),
            gold.line() + ": " + name + " is " + check.got() + ", gold " + check.wanted()));
      }
    });
  }

  private static void partyCheck(Map<String, Check> checks, String name, @Nullable String wanted, @Nullable ActorRef got) {
    if (wanted == null) {
      wanted = "-";
    }
    if (GoldItem.alternatives(wanted).contains("-")) {
      return;
    }
    checks.put(name, new Check(sameActor(got == null ? null : got.code(), "", wanted, null), wanted,
        got == null ? "none" : got.code() + " (" + got.text() + ")"));
  }

  private record Check(boolean right, @Nullable String wanted, @Nullable String got) {}

  private static Check oneOf(@Nullable String wanted, String got) {
    List<String> accepted = GoldItem.alternatives(wanted);
    return new Check(accepted.contains(got.toUpperCase(Locale.ROOT)), wanted, got);
  }

  /** {@code score.py}'s same_actor: by code (whole, or first three letters), or by text containment. */
  static boolean sameActor(@Nullable String code, String text, @Nullable String goldCodes, @Nullable String goldText) {
    List<String> wanted = new ArrayList<>();
    for (String alternative : GoldItem.alternatives(goldCodes == null ? "-" : goldCodes)) {
      if (!alternative.equals("-")) {
        wanted.add(alternative.toUpperCase(Locale.ROOT));
      }
    }
    if (wanted.contains("*")) {
      return true;
    }
    if (code != null) {
      String mine = code.toUpperCase(Locale.ROOT);
      for (String w : wanted) {
        if (mine.equals(w) || prefix3(mine).equals(prefix3(w))) {
          return true;
        }
      }
    }
    if (goldText != null && !goldText.isEmpty()) {
      String mine = text.toLowerCase(Locale.ROOT);
      String theirs = goldText.toLowerCase(Locale.ROOT);
      return !mine.isEmpty() && (theirs.contains(mine) || mine.contains(theirs));
    }
    return false;
  }

  private static String prefix3(String code) {
    return code.length() <= 3 ? code : code.substring(0, 3);
  }

  static boolean overlaps(Span a, Span b) {
    return Math.min(a.end(), b.end()) > Math.max(a.begin(), b.begin());
  }

  static double jaccard(Span a, Span b) {
    int intersection = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
    int union = Math.max(a.end(), b.end()) - Math.min(a.begin(), b.begin());
    return union == 0 ? 0.0 : (double) intersection / union;
  }
}
