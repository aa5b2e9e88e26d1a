package org.demarche.core.lexicon;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demarche.core.TextFiles;

/**
 * A lexicon file: UTF-8, tab-separated, a header line naming the columns, {@code #} comments and
 * blank lines skipped, list fields split by {@code |}. Every row has exactly the header's number of
 * fields, and every error names the file and line.
 */
public final class TsvTable {

  private static final Splitter TABS = Splitter.on('\t');
  private static final Splitter BARS = Splitter.on('|').trimResults().omitEmptyStrings();

  private final String name;
  private final ImmutableList<String> columns;
  private final ImmutableList<Row> rows;

  private TsvTable(String name, ImmutableList<String> columns, ImmutableList<Row> rows) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
  }

  /** One line of the table. */
  public static final class Row {
    private final String where;
    private final ImmutableMap<String, String> fields;

    private Row(String where, ImmutableMap<String, String> fields) {
      this.where = where;
      this.fields = fields;
    }

    /** {@code file:line}, for error messages. */
    public String where() {
      return where;
    }

    /** The field, trimmed; empty when the field is empty. */
    public String get(String column) {
      String value = fields.get(column);
      if (value == null) {
        throw new IllegalArgumentException(where + ": no column " + column);
      }
      return value;
    }

    /** The field's value, which must not be empty. */
    public String required(String column) {
      String value = get(column);
      if (value.isEmpty()) {
        throw error(column + " is empty");
      }
      return value;
    }

    /** The items of a {@code |}-separated list field. */
    public List<String> list(String column) {
      return BARS.splitToList(get(column));
    }

    /** An error about this row. */
    public LexiconException error(String message) {
      return new LexiconException(where + ": " + message);
    }
  }

  /** Reads a table from a file. */
  public static TsvTable read(Path path, List<String> requiredColumns) {
    try {
      if (!Files.isRegularFile(path)) {
        throw new LexiconException(path + ": no such lexicon file");
      }
      return parse(path.toString(), TextFiles.readUtf8(path), requiredColumns);
    } catch (IOException e) {
      throw new LexiconException(path + ": " + e.getMessage());
    }
  }

  /** Reads a table bundled as a class path resource. */
  public static TsvTable readResource(Class<?> owner, String resource, List<String> requiredColumns) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new LexiconException(resource + ": no such resource beside " + owner.getName());
      }
      return parse(resource, TextFiles.decodeUtf8(in.readAllBytes()), requiredColumns);
    } catch (IOException e) {
      throw new LexiconException(resource + ": " + e.getMessage());
    }
  }

  /** Parses table text; {@code name} is the file name errors give. */
  public static TsvTable parse(String name, String content, List<String> requiredColumns) {
    requireNonNull(name, "name");
    ImmutableList<String> columns = null;
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (String raw : Splitter.on('\n').split(content)) {
      number++;
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = TABS.splitToList(line);
      String where = name + ":" + number;
      if (columns == null) {
        columns = header(where, fields, requiredColumns);
        continue;
      }
      if (fields.size() != columns.size()) {
        throw new LexiconException(where + ": expected " + columns.size() + " tab-separated fields ("
            + String.join(", ", columns) + "), found " + fields.size());
      }
      ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
      for (int i = 0; i < fields.size(); i++) {
        values.put(columns.get(i), fields.get(i).trim());
      }
      rows.add(new Row(where, values.buildOrThrow()));
    }
    if (columns == null) {
      throw new LexiconException(name + ": empty; a lexicon starts with a header line ("
          + String.join("\t", requiredColumns) + ")");
    }
    return new TsvTable(name, columns, ImmutableList.copyOf(rows));
  }

  private static ImmutableList<String> header(String where, List<String> fields, List<String> requiredColumns) {
    Map<String, Integer> seen = new HashMap<>();
    for (String field : fields) {
      if (seen.put(field.trim(), 1) != null) {
        throw new LexiconException(where + ": the column " + field.trim() + " appears twice in the header");
      }
    }
    for (String column : requiredColumns) {
      if (!seen.containsKey(column)) {
        throw new LexiconException(where + ": the header lacks the column " + column + "; expected "
            + String.join(", ", requiredColumns));
      }
    }
    return fields.stream().map(String::trim).collect(ImmutableList.toImmutableList());
  }

  /** The file name errors give. */
  public String name() {
    return name;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /** True when the header has exactly these columns, in any order. */
  public boolean hasColumns(List<String> expected) {
    return columns.size() == expected.size() && columns.containsAll(expected);
  }
}
