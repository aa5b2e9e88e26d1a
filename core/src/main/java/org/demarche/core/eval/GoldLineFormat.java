package org.demarche.core.eval;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.demarche.core.Layer;
import org.demarche.core.Span;

/**
 * The line format of the project's scorer ({@code score.py}): one item a line, {@code TYPE | span |
 * key=value | ...}, spans located by their text with {@code ctx=} and {@code n=}. Reading follows
 * {@code score.py} to the letter, so both find the same spans.
 */
public final class GoldLineFormat {

  private static final Map<String, Layer> TAGS = ImmutableMap.of(
      "A", Layer.ACTORS, "T", Layer.TERRITORIES, "Q", Layer.QUOTES, "D", Layer.DEMANDS);

  /** The order attributes are written in; others follow alphabetically. */
  private static final List<String> KEY_ORDER = List.of(
      GoldItem.CODE, GoldItem.KIND, GoldItem.PLACE, GoldItem.SPEAKER, GoldItem.SPEAKER_TEXT, GoldItem.CUE,
      GoldItem.DEMANDER, GoldItem.DEMANDER_TEXT, GoldItem.ADDRESSEE, GoldItem.ADDRESSEE_TEXT,
      GoldItem.CONNECTIVE, GoldItem.CONDITION, GoldItem.CONSEQUENCE, GoldItem.TYPE, GoldItem.POLARITY);

  private static final String SEPARATOR = " | ";

  private GoldLineFormat() {}

  /**
   * Reads a {@code .gold} file.
   *
   * @throws GoldFormatException naming the file and line of the first fault
   */
  public static GoldDocument read(String name, String text, String gold) {
    List<GoldItem> items = new ArrayList<>();
    Set<Layer> partial = EnumSet.noneOf(Layer.class);
    int number = 0;
    for (String raw : Splitter.on('\n').split(gold)) {
      number++;
      String where = name + ".gold:" + number;
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (line.startsWith("!partial")) {
        for (String layerName : Splitter.on(' ').omitEmptyStrings().split(line.substring("!partial".length()))) {
          partial.add(Layer.named(layerName)
              .orElseThrow(() -> new GoldFormatException(where + ": unknown layer " + layerName)));
        }
        continue;
      }
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      List<String> fields = new ArrayList<>();
      for (String field : Splitter.on(SEPARATOR).split(line)) {
        fields.add(field.strip());
      }
      String tag = fields.get(0);
      boolean optional = tag.endsWith("?");
      Layer layer = TAGS.get(optional ? tag.substring(0, tag.length() - 1) : tag);
      if (layer == null) {
        throw new GoldFormatException(where + ": unknown item type '" + tag + "' (A, T, Q, D, with ? if optional)");
      }
      if (fields.size() < 2) {
        throw new GoldFormatException(where + ": an item needs a span: TYPE | span | key=value ...");
      }
      String spanText = fields.get(1).replace("\\n", "\n");
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String field : fields.subList(2, fields.size())) {
        int equals = field.indexOf('=');
        String key = (equals < 0 ? field : field.substring(0, equals)).strip();
        String value = equals < 0 ? "" : field.substring(equals + 1).replace("\\n", "\n");
        attributes.put(key, value);
      }
      String context = attributes.containsKey("ctx") ? attributes.remove("ctx") : spanText;
      int nth;
      try {
        nth = Integer.parseInt(attributes.getOrDefault("n", "1").strip());
      } catch (NumberFormatException e) {
        throw new GoldFormatException(where + ": n= is not a number");
      }
      attributes.remove("n");
      int at = -1;
      for (int i = 0; i < nth; i++) {
        at = text.indexOf(context, at + 1);
        if (at < 0) {
          throw new GoldFormatException(where + ": context not found: '" + context + "'");
        }
      }
      int inner = context.indexOf(spanText);
      if (inner < 0) {
        throw new GoldFormatException(where + ": span '" + spanText + "' not inside context '" + context + "'");
      }
      int begin = at + inner;
      items.add(new GoldItem(layer, Span.of(begin, begin + spanText.length()), optional, attributes, where));
    }
    return new GoldDocument(name, text, items, partial);
  }

  /**
   * Writes a document's items in the line format; each span is located by {@code n=} when its
   * text occurs more than once.
   *
   * @throws GoldFormatException when an item cannot be written so that it reads back the same
   */
  public static String write(GoldDocument document, String header) {
    StringBuilder out = new StringBuilder();
    for (String line : Splitter.on('\n').omitEmptyStrings().split(header)) {
      out.append("# ").append(line).append('\n');
    }
    if (!document.partialLayers().isEmpty()) {
      out.append("!partial");
      document.partialLayers().forEach(layer -> out.append(' ').append(layer.annotatorName()));
      out.append('\n');
    }
    Layer previous = null;
    for (GoldItem item : document.items()) {
      if (item.layer() != previous) {
        out.append("# ---- ").append(item.layer().annotatorName()).append('\n');
        previous = item.layer();
      }
      String spanText = item.span().coveredText(document.text());
      check(document, item, spanText, "span");
      if (spanText.isEmpty() || !spanText.strip().equals(spanText)) {
        throw new GoldFormatException(document.name() + ": " + item.line()
            + ": a span in the line format cannot be empty or begin or end with white space: '" + spanText + "'");
      }
      out.append(tag(item)).append(SEPARATOR).append(escape(spanText));
      int occurrence = occurrence(document.text(), spanText, item.span().begin());
      if (occurrence > 1) {
        out.append(SEPARATOR).append("n=").append(occurrence);
      }
      for (Map.Entry<String, String> attribute : ordered(item.attributes()).entrySet()) {
        check(document, item, attribute.getValue(), attribute.getKey());
        out.append(SEPARATOR).append(attribute.getKey()).append('=').append(escape(attribute.getValue()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String tag(GoldItem item) {
    String tag = switch (item.layer()) {
      case ACTORS -> "A";
      case TERRITORIES -> "T";
      case QUOTES -> "Q";
      case DEMANDS -> "D";
    };
    return item.optional() ? tag + "?" : tag;
  }

  /** Which occurrence of {@code spanText}, counting as {@code score.py} does, starts at {@code begin}. */
  private static int occurrence(String text, String spanText, int begin) {
    int count = 0;
    int at = -1;
    do {
      at = text.indexOf(spanText, at + 1);
      count++;
    } while (at >= 0 && at < begin);
    return count;
  }

  private static Map<String, String> ordered(Map<String, String> attributes) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String key : KEY_ORDER) {
      if (attributes.containsKey(key)) {
        ordered.put(key, attributes.get(key));
      }
    }
    new TreeMap<>(attributes).forEach(ordered::putIfAbsent);
    return ordered;
  }

  private static void check(GoldDocument document, GoldItem item, String value, String what) {
    if (value.contains(SEPARATOR) || value.contains("\\n") || value.contains("\r")) {
      throw new GoldFormatException(document.name() + ": " + item.line() + ": the " + what + " '" + value
          + "' holds ' | ', a literal \\n or a carriage return, which the line format cannot hold");
    }
    if (!value.strip().equals(value) && !what.equals("span")) {
      throw new GoldFormatException(document.name() + ": " + item.line() + ": the " + what + " '" + value
          + "' begins or ends with white space, which the line format drops");
    }
  }

  private static String escape(String value) {
    return value.replace("\n", "\\n");
  }
}
