package org.demarche.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import java.util.Comparator;

/**
 * A half-open range {@code [begin, end)} of character offsets into a document's text.
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units), as CoreNLP's
 * {@code CharacterOffsetBeginAnnotation} and {@code CharacterOffsetEndAnnotation} give them. Token
 * indices are a different thing and never stored in a {@code Span}.
 *
 * <p>Spans order by begin, then by end descending, so that an enclosing span sorts before the spans
 * it contains.
 */
public record Span(int begin, int end) implements Comparable<Span> {

  private static final Comparator<Span> ORDER =
      Comparator.comparingInt(Span::begin).thenComparing(Span::end, Comparator.reverseOrder());

  /** Validates the offsets: {@code 0 <= begin <= end}. */
  public Span {
    checkArgument(begin >= 0, "span begin %s is negative", begin);
    checkArgument(end >= begin, "span end %s is before its begin %s", end, begin);
  }

  /** The span {@code [begin, end)}. */
  public static Span of(int begin, int end) {
    return new Span(begin, end);
  }

  /** Number of characters covered. */
  public int length() {
    return end - begin;
  }

  public boolean isEmpty() {
    return begin == end;
  }

  /** True when the two spans share at least one character; an empty span overlaps nothing. */
  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end && !isEmpty() && !other.isEmpty();
  }

  /** True when {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  /** True when the two spans neither overlap partially: one contains the other, or they are disjoint. */
  public boolean nestsWith(Span other) {
    return !overlaps(other) || contains(other) || other.contains(this);
  }

  /** The smallest span that covers both. */
  public Span cover(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  /** This span moved by {@code delta} characters. */
  public Span shift(int delta) {
    return new Span(begin + delta, end + delta);
  }

  /** The characters of {@code text} this span covers. */
  public String coveredText(CharSequence text) {
    checkPositionIndexes(begin, end, text.length());
    return text.subSequence(begin, end).toString();
  }

  /** True when the span lies within a text of the given length. */
  public boolean fitsIn(int textLength) {
    return end <= textLength;
  }

  @Override
  public int compareTo(Span other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
