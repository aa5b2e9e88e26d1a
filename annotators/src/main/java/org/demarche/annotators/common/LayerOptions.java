package org.demarche.annotators.common;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The options of one annotator: the properties under its name ({@code actors.extraLexicons=...}),
 * read once, with unknown keys rejected so that a misspelt option is an error, not silence.
 */
public final class LayerOptions {

  private final String name;
  private final ImmutableMap<String, String> values;

  private LayerOptions(String name, ImmutableMap<String, String> values) {
    this.name = name;
    this.values = values;
  }

  /**
   * The properties under {@code name + "."}. Keys CoreNLP itself sets for every annotator ({@code
   * NAME.} followed by nothing we know of is an error) are checked against {@code known}.
   */
  public static LayerOptions of(String name, Properties properties, Set<String> known) {
    Map<String, String> values = new LinkedHashMap<>();
    String prefix = name + ".";
    for (String key : properties.stringPropertyNames()) {
      if (!key.startsWith(prefix)) {
        continue;
      }
      String option = key.substring(prefix.length());
      if (!known.contains(option)) {
        throw new IllegalArgumentException("unknown option " + key + "; the " + name + " annotator knows "
            + String.join(", ", known.stream().sorted().map(k -> prefix + k).toList()));
      }
      values.put(option, properties.getProperty(key).trim());
    }
    return new LayerOptions(name, ImmutableMap.copyOf(values));
  }

  /** The option's value, or {@code fallback}. */
  public String get(String option, String fallback) {
    return values.getOrDefault(option, fallback);
  }

  /** A comma-separated list of paths; empty when the option is not set. */
  public List<Path> paths(String option) {
    String value = values.get(option);
    if (value == null) {
      return List.of();
    }
    return Splitter.on(',').trimResults().omitEmptyStrings().splitToStream(value).map(Path::of)
        .collect(ImmutableList.toImmutableList());
  }

  /** A boolean option: "true" or "false". */
  public boolean flag(String option, boolean fallback) {
    String value = values.get(option);
    if (value == null) {
      return fallback;
    }
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(name + "." + option + " is true or false, not '" + value + "'");
    }
    return Boolean.parseBoolean(value);
  }

  /** The options as given, for cache keys. */
  public Map<String, String> values() {
    return values;
  }
}
