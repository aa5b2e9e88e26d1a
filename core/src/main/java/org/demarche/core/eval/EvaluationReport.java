package org.demarche.core.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.demarche.core.Layer;
import org.demarche.core.Span;

/**
 * What an evaluation found: per layer, counts under lenient and strict matching; the accuracy of
 * attributes on lenient matches; and every missed, spurious and wrongly attributed item.
 */
public final class EvaluationReport {

  /** True positives, false positives and false negatives, with the measures they give. */
  public static final class Counts {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    public int truePositives() {
      return truePositives;
    }

    public int falsePositives() {
      return falsePositives;
    }

    public int falseNegatives() {
      return falseNegatives;
    }

    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /** Right answers out of all answers for one attribute. */
  public record Accuracy(int right, int total) {
    public double value() {
      return ratio(right, total);
    }
  }

  /** What kind of error an {@link Error} is. */
  public enum ErrorKind { MISSED, SPURIOUS, WRONG_ATTRIBUTE }

  /**
   * One error: a gold item missed, a prediction that matches nothing, or a matched item with a
   * wrong attribute ({@code detail} says which, and what was expected).
   */
  public record Error(String document, Layer layer, ErrorKind kind, String text, Span span, String detail) {}

  private final ImmutableMap<Layer, Counts> lenient;
  private final ImmutableMap<Layer, Counts> strict;
  private final ImmutableMap<String, Accuracy> attributes;
  private final ImmutableList<Error> errors;
  private final ImmutableList<String> missingPredictions;
  private final int documents;

  private EvaluationReport(Builder builder) {
    this.lenient = ImmutableMap.copyOf(builder.lenient);
    this.strict = ImmutableMap.copyOf(builder.strict);
    this.attributes = ImmutableMap.copyOf(builder.attributes);
    this.errors = ImmutableList.copyOf(builder.errors);
    this.missingPredictions = ImmutableList.copyOf(builder.missingPredictions);
    this.documents = builder.documents;
  }

  /** Counts under lenient matching (the thresholds of {@code score.py}). */
  public Counts lenient(Layer layer) {
    return lenient.get(layer);
  }

  /** Counts under strict matching (exact spans). */
  public Counts strict(Layer layer) {
    return strict.get(layer);
  }

  /** Attribute accuracies by name ({@link Evaluator#ACTOR_CODE} ...), by layer, then in the order first seen. */
  public Map<String, Accuracy> attributes() {
    return attributes;
  }

  public List<Error> errors() {
    return errors;
  }

  /** Gold documents that had no prediction. */
  public List<String> missingPredictions() {
    return missingPredictions;
  }

  /** Number of gold documents evaluated. */
  public int documents() {
    return documents;
  }

  /**
   * The summary line, exactly as {@code score.py} prints its last line: lenient F1 and recall per
   * layer, then the accuracies of the attributes it scores ({@code actors=0.93 actors_R=0.95 ...
   * actor_code=0.91 ...}).
   */
  public String summaryLine() {
    StringBuilder out = new StringBuilder();
    for (Layer layer : Layer.values()) {
      String name = layer.annotatorName();
      out.append(name).append('=').append(twoDecimals(lenient(layer).f1())).append(' ')
          .append(name).append("_R=").append(twoDecimals(lenient(layer).recall())).append(' ');
    }
    attributes.forEach((name, accuracy) -> {
      // The demand type is Demarche's addition; the line stays the reference scorer's.
      if (!name.equals(Evaluator.DEMAND_TYPE)) {
        out.append(name.replace(' ', '_')).append('=').append(twoDecimals(accuracy.value())).append(' ');
      }
    });
    return out.toString().trim();
  }

  /**
   * Two decimals rounded as Python's {@code format(x, ".2f")} rounds them (the exact binary value,
   * ties to even), so the summary reads the same as {@code score.py}'s.
   */
  static String twoDecimals(double value) {
    return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The report as a table for people, with the error list when asked for. */
  public String toText(boolean withErrors) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d documents%n%n", documents));
    out.append(String.format(Locale.ROOT, "%-12s %-8s %5s %5s %5s %5s %5s %5s%n", "layer", "match", "P", "R", "F1", "tp", "fp", "fn"));
    for (Layer layer : Layer.values()) {
      row(out, layer.annotatorName(), "lenient", lenient(layer));
      row(out, "", "strict", strict(layer));
    }
    out.append(String.format(Locale.ROOT, "%nattribute accuracy on lenient matches%n"));
    attributes.forEach((name, accuracy) -> out.append(String.format(Locale.ROOT, "  %-16s %4d/%-4d = %.2f%n",
        name, accuracy.right(), accuracy.total(), accuracy.value())));
    for (String missing : missingPredictions) {
      out.append(String.format(Locale.ROOT, "no prediction for %s: every gold item counts as missed%n", missing));
    }
    if (withErrors) {
      out.append(String.format(Locale.ROOT, "%nerrors%n"));
      for (Error error : errors) {
        out.append(String.format(Locale.ROOT, "  %-15s %-11s %s %s '%s'%s%n", error.kind().name().toLowerCase(Locale.ROOT),
            error.layer().annotatorName(), error.document(), error.span(), oneLine(error.text()),
            error.detail().isEmpty() ? "" : "  [" + error.detail() + "]"));
      }
    }
    out.append(String.format(Locale.ROOT, "%n%s%n", summaryLine()));
    return out.toString();
  }

  /** The report as JSON, for other tools. */
  public String toJson(boolean withErrors) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("documents", documents);
    ObjectNode layers = root.putObject("layers");
    for (Layer layer : Layer.values()) {
      ObjectNode node = layers.putObject(layer.annotatorName());
      counts(node.putObject("lenient"), lenient(layer));
      counts(node.putObject("strict"), strict(layer));
    }
    ObjectNode attributeNode = root.putObject("attributes");
    attributes.forEach((name, accuracy) -> attributeNode.putObject(name)
        .put("right", accuracy.right()).put("total", accuracy.total()).put("accuracy", accuracy.value()));
    ArrayNode missing = root.putArray("missingPredictions");
    missingPredictions.forEach(missing::add);
    if (withErrors) {
      ArrayNode errorNodes = root.putArray("errors");
      for (Error error : errors) {
        errorNodes.addObject().put("document", error.document()).put("layer", error.layer().annotatorName())
            .put("kind", error.kind().name()).put("begin", error.span().begin()).put("end", error.span().end())
            .put("text", error.text()).put("detail", error.detail());
      }
    }
    root.put("summary", summaryLine());
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void counts(ObjectNode node, Counts counts) {
    node.put("precision", counts.precision()).put("recall", counts.recall()).put("f1", counts.f1())
        .put("tp", counts.truePositives()).put("fp", counts.falsePositives()).put("fn", counts.falseNegatives());
  }

  private static void row(StringBuilder out, String layer, String match, Counts counts) {
    out.append(String.format(Locale.ROOT, "%-12s %-8s %5.2f %5.2f %5.2f %5d %5d %5d%n", layer, match,
        counts.precision(), counts.recall(), counts.f1(), counts.truePositives(), counts.falsePositives(),
        counts.falseNegatives()));
  }

  private static String oneLine(String text) {
    return text.replace("\n", "\\n");
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }

  /** Collects an evaluation. Not thread-safe. */
  static final class Builder {
    private final Map<Layer, Counts> lenient = new EnumMap<>(Layer.class);
    private final Map<Layer, Counts> strict = new EnumMap<>(Layer.class);
    // By layer, then in the order first seen: the order score.py prints them in.
    private final Map<Layer, Map<String, int[]>> attributeCounts = new EnumMap<>(Layer.class);
    private final Map<String, Accuracy> attributes = new LinkedHashMap<>();
    private final List<Error> errors = new ArrayList<>();
    private final List<String> missingPredictions = new ArrayList<>();
    private int documents;

    Builder() {
      for (Layer layer : Layer.values()) {
        lenient.put(layer, new Counts());
        strict.put(layer, new Counts());
      }
    }

    Counts counts(Layer layer, boolean strictMatching) {
      return strictMatching ? strict.get(layer) : lenient.get(layer);
    }

    void attribute(Layer layer, String name, boolean right) {
      int[] counts = attributeCounts.computeIfAbsent(layer, key -> new LinkedHashMap<>())
          .computeIfAbsent(name, key -> new int[2]);
      counts[0] += right ? 1 : 0;
      counts[1]++;
    }

    void error(Error error) {
      errors.add(error);
    }

    void document() {
      documents++;
    }

    void missingPrediction(String name) {
      missingPredictions.add(name);
    }

    EvaluationReport build() {
      attributeCounts.values().forEach(byName ->
          byName.forEach((name, counts) -> attributes.put(name, new Accuracy(counts[0], counts[1]))));
      return new EvaluationReport(this);
    }
  }
}
