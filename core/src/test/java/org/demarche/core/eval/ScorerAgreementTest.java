package org.demarche.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRef;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.Clause;
import org.demarche.core.Demand;
import org.demarche.core.DemandType;
import org.demarche.core.Layer;
import org.demarche.core.Polarity;
import org.demarche.core.Quote;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;
import org.demarche.core.TerritoryKind;
import org.demarche.core.TerritoryMention;
import org.demarche.core.json.DocumentJson;
import org.demarche.core.testing.SharedInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator counts exactly what the reference scorer ({@code ../shared/tools/score.py}) counts,
 * on random gold and random predictions over the same texts. Skipped where the scorer or python3
 * is absent.
 */
class ScorerAgreementTest {

  private static final List<String> WORDS = List.of("Kyiv", "Moscow", "said", "that", "troops", "withdraw",
      "only", "if", "the", "Crimea", "we", "will", "not", "leave", "Baku", "forces", "unless", "talks");
  private static final List<String> CODES = List.of("RUS", "RUSGOV", "UKR", "UKRMIL", "AZE", "NATO", "EU");

  @TempDir
  Path dir;

  @Test
  void countsAgreeWithTheReferenceScorer() throws Exception {
    Optional<Path> scorer = SharedInputs.find("tools/score.py");
    assumeTrue(scorer.isPresent(), "../shared/tools/score.py is not here");
    assumeTrue(pythonAvailable(), "python3 is not here");
    Random random = new Random(20261127L);
    for (int round = 0; round < 12; round++) {
      Path gold = Files.createDirectories(dir.resolve("gold" + round));
      List<GoldDocument> golds = new ArrayList<>();
      StringBuilder predictions = new StringBuilder();
      Map<String, AnnotatedDocument> predicted = new HashMap<>();
      for (int d = 0; d < 4; d++) {
        String name = "doc" + d;
        String text = text(random);
        GoldDocument document = new GoldDocument(name, text, goldItems(random, text), Set.of());
        Files.writeString(gold.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(gold.resolve(name + ".gold"), GoldLineFormat.write(document, "random"), StandardCharsets.UTF_8);
        golds.add(GoldLineFormat.read(name, text, Files.readString(gold.resolve(name + ".gold"))));
        AnnotatedDocument prediction = prediction(random, name + ".txt", text);
        predicted.put(name, prediction);
        predictions.append(DocumentJson.toJson(prediction)).append('\n');
      }
      Path jsonl = dir.resolve("pred" + round + ".jsonl");
      Files.writeString(jsonl, predictions, StandardCharsets.UTF_8);
      EvaluationReport report = Evaluator.evaluate(golds, predicted);
      String python = run(scorer.get(), gold, jsonl);
      assertEquals(pythonCounts(python), javaCounts(report), () -> "round with output:\n" + python);
      String[] lines = python.strip().split("\n");
      assertEquals(lines[lines.length - 1], report.summaryLine());
    }
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int words = 8 + random.nextInt(30);
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : random.nextInt(9) == 0 ? ".\n" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return text.append('.').toString();
  }

  private static List<Span> wordSpans(String text) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int end = i;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end > i) {
        spans.add(Span.of(i, end));
      }
      i = end + 1;
    }
    return spans;
  }

  private static Span span(Random random, List<Span> words) {
    Span a = words.get(random.nextInt(words.size()));
    Span b = words.get(Math.min(words.size() - 1, words.indexOf(a) + random.nextInt(4)));
    return a.cover(b);
  }

  private static List<GoldItem> goldItems(Random random, String text) {
    List<Span> words = wordSpans(text);
    List<GoldItem> items = new ArrayList<>();
    int count = random.nextInt(10);
    for (int i = 0; i < count; i++) {
      Layer layer = Layer.values()[random.nextInt(4)];
      Map<String, String> attributes = new LinkedHashMap<>();
      String code = CODES.get(random.nextInt(CODES.size())) + (random.nextBoolean() ? "/" + CODES.get(random.nextInt(CODES.size())) : "");
      Span other = words.get(random.nextInt(words.size()));
      switch (layer) {
        case ACTORS -> attributes.put(GoldItem.CODE, random.nextInt(8) == 0 ? "*" : code);
        case TERRITORIES -> attributes.put(GoldItem.KIND, random.nextBoolean() ? "NAMED" : "DESCRIPTIVE");
        case QUOTES -> {
          attributes.put(GoldItem.KIND, random.nextBoolean() ? "DIRECT" : "INDIRECT/UNMARKED");
          attributes.put(GoldItem.SPEAKER, random.nextInt(5) == 0 ? "-" : code);
          attributes.put(GoldItem.SPEAKER_TEXT, other.coveredText(text));
        }
        case DEMANDS -> {
          attributes.put(GoldItem.DEMANDER, random.nextInt(4) == 0 ? "-" : code);
          attributes.put(GoldItem.ADDRESSEE, CODES.get(random.nextInt(CODES.size())));
          attributes.put(GoldItem.CONNECTIVE, random.nextBoolean() ? "if/if not" : "unless");
        }
      }
      items.add(new GoldItem(layer, span(random, words), random.nextInt(5) == 0, attributes, "random"));
    }
    return items;
  }

  private static AnnotatedDocument prediction(Random random, String source, String text) {
    List<Span> words = wordSpans(text);
    List<ActorMention> actors = new ArrayList<>();
    List<TerritoryMention> territories = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Demand> demands = new ArrayList<>();
    int count = random.nextInt(10);
    for (int i = 0; i < count; i++) {
      Span span = span(random, words);
      String covered = span.coveredText(text);
      String code = CODES.get(random.nextInt(CODES.size()));
      Span other = words.get(random.nextInt(words.size()));
      ActorRef ref = new ActorRef(other.coveredText(text), other, random.nextBoolean() ? code : null, null);
      switch (random.nextInt(4)) {
        case 0 -> actors.add(new ActorMention(span, covered, code, null, null, ActorKind.STATE, covered, false, code));
        case 1 -> territories.add(new TerritoryMention(span, covered,
            random.nextBoolean() ? TerritoryKind.NAMED : TerritoryKind.DESCRIPTIVE, null, null, null, List.of(), null,
            null, List.of()));
        case 2 -> quotes.add(new Quote(span, covered, QuoteKind.values()[random.nextInt(3)],
            random.nextInt(4) == 0 ? null : ref, null, null));
        default -> demands.add(new Demand(span, covered, random.nextBoolean() ? "if" : "Only  If",
            DemandType.OFFER, new Clause(span, covered), new Clause(span, covered), ref,
            random.nextBoolean() ? null : ref, Polarity.POSITIVE, null, null, null));
      }
    }
    return new AnnotatedDocument(source, text, actors, territories, demands, quotes);
  }

  private static Map<String, String> javaCounts(EvaluationReport report) {
    Map<String, String> counts = new LinkedHashMap<>();
    for (Layer layer : Layer.values()) {
      EvaluationReport.Counts c = report.lenient(layer);
      counts.put(layer.annotatorName(), c.truePositives() + " " + c.falsePositives() + " " + c.falseNegatives());
    }
    report.attributes().forEach((name, accuracy) -> {
      if (!name.equals(Evaluator.DEMAND_TYPE)) {
        counts.put(name, accuracy.right() + "/" + accuracy.total());
      }
    });
    return counts;
  }

  private static Map<String, String> pythonCounts(String output) {
    Map<String, String> counts = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length == 7 && Layer.named(fields[0]).isPresent()) {
        counts.put(fields[0], fields[4] + " " + fields[5] + " " + fields[6]);
      } else if (line.startsWith("  ") && line.contains(" = ")) {
        String name = line.substring(2, line.lastIndexOf(" = ")).trim();
        String fraction = name.substring(name.lastIndexOf(' ') + 1);
        counts.put(name.substring(0, name.lastIndexOf(' ')).trim(), fraction);
      }
    }
    return counts;
  }

  private static boolean pythonAvailable() {
    try {
      Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String run(Path scorer, Path gold, Path predictions) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("python3", scorer.toString(), gold.toString(), predictions.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    return output;
  }
}
