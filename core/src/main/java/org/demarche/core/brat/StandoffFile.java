package org.demarche.core.brat;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a brat standoff {@code .ann} file: text-bound annotations ({@code T}), attributes
 * ({@code A}), relations ({@code R}), normalizations ({@code N}) and notes ({@code #}).
 *
 * <p>A text-bound annotation that crosses a line break is written as several fragments split at the
 * breaks, as brat itself does, and read back as the span from its first to its last character.
 */
public record StandoffFile(
    List<TextBound> textBounds,
    List<Attribute> attributes,
    List<Relation> relations,
    List<Normalization> normalizations,
    List<Note> notes) {

  public StandoffFile {
    textBounds = ImmutableList.copyOf(textBounds);
    attributes = ImmutableList.copyOf(attributes);
    relations = ImmutableList.copyOf(relations);
    normalizations = ImmutableList.copyOf(normalizations);
    notes = ImmutableList.copyOf(notes);
  }

  /** {@code T1 TYPE BEGIN END TEXT}: a typed span. */
  public record TextBound(String id, String type, Span span) {}

  /** {@code A1 TYPE TARGET [VALUE]}: a binary attribute has no value. */
  public record Attribute(String id, String type, String target, @Nullable String value) {}

  /** {@code R1 TYPE Arg1:T1 Arg2:T2}. */
  public record Relation(String id, String type, String arg1, String arg2) {}

  /** {@code N1 Reference TARGET RESOURCE:KEY TEXT}: links an annotation to an entry of a resource. */
  public record Normalization(String id, String target, String resource, String key, String text) {}

  /** {@code #1 AnnotatorNotes TARGET TEXT}. */
  public record Note(String id, String target, String text) {}

  /**
   * Parses a {@code .ann} file against its text.
   *
   * @param name the file name used in error messages
   * @throws StandoffException naming the file and line of the first fault
   */
  public static StandoffFile parse(String name, String ann, String text) {
    List<TextBound> textBounds = new ArrayList<>();
    List<Attribute> attributes = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    List<Normalization> normalizations = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int number = 0;
    for (String line : Splitter.on('\n').split(ann)) {
      number++;
      String where = name + ":" + number;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = Splitter.on('\t').limit(3).splitToList(line);
      String id = fields.get(0);
      if (id.isEmpty() || fields.size() < 2) {
        throw new StandoffException(where + ": expected ID<TAB>ANNOTATION, found: " + line);
      }
      if (!id.startsWith("#") && !ids.add(id)) {
        throw new StandoffException(where + ": the id " + id + " is used twice");
      }
      List<String> parts = Splitter.on(' ').omitEmptyStrings().splitToList(fields.get(1));
      switch (id.charAt(0)) {
        case 'T' -> textBounds.add(parseTextBound(where, id, parts, fields, text));
        case 'A', 'M' -> {
          if (parts.size() < 2 || parts.size() > 3) {
            throw new StandoffException(where + ": an attribute is TYPE TARGET [VALUE]");
          }
          attributes.add(new Attribute(id, parts.get(0), parts.get(1), parts.size() == 3 ? parts.get(2) : null));
        }
        case 'R' -> {
          if (parts.size() != 3 || !parts.get(1).startsWith("Arg1:") || !parts.get(2).startsWith("Arg2:")) {
            throw new StandoffException(where + ": a relation is TYPE Arg1:ID Arg2:ID");
          }
          relations.add(new Relation(id, parts.get(0), parts.get(1).substring(5), parts.get(2).substring(5)));
        }
        case 'N' -> {
          int colon = parts.size() == 3 ? parts.get(2).indexOf(':') : -1;
          if (colon <= 0) {
            throw new StandoffException(where + ": a normalization is Reference TARGET RESOURCE:KEY");
          }
          normalizations.add(new Normalization(id, parts.get(1), parts.get(2).substring(0, colon),
              parts.get(2).substring(colon + 1), fields.size() > 2 ? fields.get(2) : ""));
        }
        case '#' -> {
          if (parts.size() != 2) {
            throw new StandoffException(where + ": a note is AnnotatorNotes TARGET<TAB>TEXT");
          }
          notes.add(new Note(id, parts.get(1), fields.size() > 2 ? fields.get(2) : ""));
        }
        case 'E' -> throw new StandoffException(where + ": events are not part of Demarche's annotation scheme");
        default -> throw new StandoffException(where + ": unknown annotation id " + id);
      }
    }
    StandoffFile file = new StandoffFile(textBounds, attributes, relations, normalizations, notes);
    file.checkTargets(name, ids);
    return file;
  }

  private static TextBound parseTextBound(String where, String id, List<String> parts, List<String> fields, String text) {
    if (parts.size() < 3) {
      throw new StandoffException(where + ": a text-bound annotation is TYPE BEGIN END");
    }
    int begin = Integer.MAX_VALUE;
    int end = -1;
    String offsets = String.join(" ", parts.subList(1, parts.size()));
    for (String fragment : Splitter.on(';').split(offsets)) {
      List<String> pair = Splitter.on(' ').omitEmptyStrings().splitToList(fragment);
      if (pair.size() != 2) {
        throw new StandoffException(where + ": bad offsets '" + fragment + "'");
      }
      try {
        begin = Math.min(begin, Integer.parseInt(pair.get(0)));
        end = Math.max(end, Integer.parseInt(pair.get(1)));
      } catch (NumberFormatException e) {
        throw new StandoffException(where + ": offsets are not numbers: '" + fragment + "'");
      }
    }
    if (begin < 0 || end < begin || end > text.length()) {
      throw new StandoffException(where + ": offsets " + begin + ".." + end + " lie outside the text (length "
          + text.length() + ")");
    }
    Span span = Span.of(begin, end);
    if (fields.size() > 2 && !fields.get(2).equals(fragmentText(text, span))) {
      throw new StandoffException(where + ": the annotation's text '" + fields.get(2)
          + "' differs from the document's text at " + begin + ".." + end + ": '" + fragmentText(text, span) + "'");
    }
    return new TextBound(id, parts.get(0), span);
  }

  private void checkTargets(String name, Set<String> ids) {
    for (Attribute attribute : attributes) {
      requireTarget(name, attribute.id(), attribute.target(), ids);
    }
    for (Relation relation : relations) {
      requireTarget(name, relation.id(), relation.arg1(), ids);
      requireTarget(name, relation.id(), relation.arg2(), ids);
    }
    for (Normalization normalization : normalizations) {
      requireTarget(name, normalization.id(), normalization.target(), ids);
    }
    for (Note note : notes) {
      requireTarget(name, note.id(), note.target(), ids);
    }
  }

  private static void requireTarget(String name, String id, String target, Set<String> ids) {
    if (!ids.contains(target)) {
      throw new StandoffException(name + ": " + id + " refers to " + target + ", which is not in the file");
    }
  }

  /** The value of the attribute of this type on {@code target} (null for a binary one or none). */
  public @Nullable String attributeValue(String target, String type) {
    for (Attribute attribute : attributes) {
      if (attribute.target().equals(target) && attribute.type().equals(type)) {
        return attribute.value();
      }
    }
    return null;
  }

  /** True when {@code target} carries an attribute of this type. */
  public boolean hasAttribute(String target, String type) {
    return attributes.stream().anyMatch(a -> a.target().equals(target) && a.type().equals(type));
  }

  /** The first normalization of {@code target} into this resource, or null. */
  public @Nullable Normalization normalization(String target, String resource) {
    for (Normalization normalization : normalizations) {
      if (normalization.target().equals(target) && normalization.resource().equals(resource)) {
        return normalization;
      }
    }
    return null;
  }

  /** Every normalization of {@code target} into this resource, in file order. */
  public List<Normalization> normalizations(String target, String resource) {
    return normalizations.stream()
        .filter(n -> n.target().equals(target) && n.resource().equals(resource)).toList();
  }

  /** The second argument of the first relation of this type from {@code from}, or null. */
  public @Nullable String related(String from, String type) {
    for (Relation relation : relations) {
      if (relation.arg1().equals(from) && relation.type().equals(type)) {
        return relation.arg2();
      }
    }
    return null;
  }

  /** The file's lines, in the order brat writes them. */
  public String format(String text) {
    StringBuilder out = new StringBuilder();
    for (TextBound textBound : textBounds) {
      out.append(textBound.id()).append('\t').append(textBound.type()).append(' ')
          .append(fragments(text, textBound.span())).append('\t')
          .append(fragmentText(text, textBound.span())).append('\n');
    }
    for (Attribute attribute : attributes) {
      out.append(attribute.id()).append('\t').append(attribute.type()).append(' ').append(attribute.target());
      if (attribute.value() != null) {
        out.append(' ').append(attribute.value());
      }
      out.append('\n');
    }
    for (Relation relation : relations) {
      out.append(relation.id()).append('\t').append(relation.type())
          .append(" Arg1:").append(relation.arg1()).append(" Arg2:").append(relation.arg2()).append('\n');
    }
    for (Normalization normalization : normalizations) {
      out.append(normalization.id()).append("\tReference ").append(normalization.target()).append(' ')
          .append(normalization.resource()).append(':').append(normalization.key()).append('\t')
          .append(normalization.text()).append('\n');
    }
    for (Note note : notes) {
      out.append(note.id()).append("\tAnnotatorNotes ").append(note.target()).append('\t').append(note.text()).append('\n');
    }
    return out.toString();
  }

  /**
   * Offsets of a span, split into fragments at the line breaks inside it ("10 20;21 30"). A span of
   * nothing but line breaks (or an empty one) stays one fragment.
   */
  private static String fragments(String text, Span span) {
    StringBuilder out = new StringBuilder();
    for (Span fragment : fragmentSpans(text, span)) {
      out.append(out.length() == 0 ? "" : ";").append(fragment.begin()).append(' ').append(fragment.end());
    }
    return out.toString();
  }

  private static List<Span> fragmentSpans(String text, Span span) {
    List<Span> fragments = new ArrayList<>();
    int begin = span.begin();
    for (int i = span.begin(); i <= span.end(); i++) {
      if (i == span.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i > begin) {
          fragments.add(Span.of(begin, i));
        }
        begin = i + 1;
      }
    }
    if (fragments.isEmpty()) {
      return List.of(span);
    }
    // Leading and trailing line breaks stay inside the outer fragments, so that reading the
    // fragments back as one span gives exactly this span.
    int last = fragments.size() - 1;
    fragments.set(0, Span.of(span.begin(), fragments.get(0).end()));
    fragments.set(last, Span.of(fragments.get(last).begin(), span.end()));
    return fragments;
  }

  /** The covered text as brat shows it: fragments joined by one space, on one line. */
  static String fragmentText(String text, Span span) {
    StringBuilder out = new StringBuilder();
    for (Span fragment : fragmentSpans(text, span)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(fragment.coveredText(text).replace('\n', ' ').replace('\r', ' '));
    }
    return out.toString();
  }

  /** Builds a file with fresh ids, in brat's order. Not thread-safe. */
  public static final class Builder {
    private final List<TextBound> textBounds = new ArrayList<>();
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Normalization> normalizations = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    public String textBound(String type, Span span) {
      String id = "T" + (textBounds.size() + 1);
      textBounds.add(new TextBound(id, type, requireNonNull(span)));
      return id;
    }

    public void attribute(String type, String target, @Nullable String value) {
      attributes.add(new Attribute("A" + (attributes.size() + 1), type, target, value));
    }

    public void relation(String type, String arg1, String arg2) {
      relations.add(new Relation("R" + (relations.size() + 1), type, arg1, arg2));
    }

    public void normalization(String target, String resource, String key, String text) {
      normalizations.add(new Normalization("N" + (normalizations.size() + 1), target, resource, key, text));
    }

    public void note(String target, String text) {
      notes.add(new Note("#" + (notes.size() + 1), target, text));
    }

    public StandoffFile build() {
      return new StandoffFile(textBounds, attributes, relations, normalizations, notes);
    }
  }
}
