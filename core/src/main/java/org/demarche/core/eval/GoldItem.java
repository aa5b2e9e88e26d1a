package org.demarche.core.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.demarche.core.Layer;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * One gold annotation: a layer, a span, whether it is optional, and its attributes as the line
 * format writes them ({@code code=RUS/RUSGOV}: alternatives split by {@code /}, {@code -} for none).
 *
 * @param line the line (or annotation) it came from, for error lists; not part of equality
 */
public record GoldItem(Layer layer, Span span, boolean optional, Map<String, String> attributes, String line) {

  /** Attribute keys, as {@code score.py} names them. */
  public static final String CODE = "code";
  public static final String KIND = "kind";
  public static final String PLACE = "place";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_TEXT = "speaker_text";
  public static final String CUE = "cue";
  public static final String DEMANDER = "demander";
  public static final String DEMANDER_TEXT = "demander_text";
  public static final String ADDRESSEE = "addressee";
  public static final String ADDRESSEE_TEXT = "addressee_text";
  public static final String CONNECTIVE = "connective";
  public static final String CONDITION = "condition";
  public static final String CONSEQUENCE = "consequence";
  public static final String TYPE = "type";
  public static final String POLARITY = "polarity";

  public GoldItem {
    requireNonNull(layer, "layer");
    requireNonNull(span, "span");
    attributes = ImmutableMap.copyOf(attributes);
    requireNonNull(line, "line");
  }

  /** The attribute's value, or null when absent. */
  public @Nullable String attribute(String key) {
    return attributes.get(key);
  }

  /** The alternatives of an attribute value: {@code "RUS/RUSGOV"} gives RUS and RUSGOV. */
  public static List<String> alternatives(@Nullable String value) {
    return value == null ? List.of() : Splitter.on('/').trimResults().omitEmptyStrings().splitToList(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GoldItem item && layer == item.layer && span.equals(item.span)
        && optional == item.optional && attributes.equals(item.attributes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(layer, span, optional, attributes);
  }
}
