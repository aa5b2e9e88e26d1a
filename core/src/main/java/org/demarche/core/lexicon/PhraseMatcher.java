package org.demarche.core.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds lexicon phrases in a sentence in one pass over its tokens, longest match first: a
 * character trie walked from each token's first character, whose matches must end where a token
 * ends. Comparing characters rather than tokens makes a phrase match however CoreNLP split it
 * ("Nagorno-Karabakh", "U.S.", "Côte d'Ivoire").
 *
 * <p>Folding, on both phrases and text: any run of white space is one space; typographic
 * apostrophes are {@code '}; hyphen and dash variants inside words are {@code -}; and, for a
 * case-insensitive matcher, letters are compared in lower case (per character, independent of the
 * default locale).
 *
 * <h2>Thread safety</h2>
 * Immutable once built; safe to share.
 */
public final class PhraseMatcher<V> {

  /** A phrase found in the text: tokens {@code [tokenBegin, tokenEnd)}, their span, and the values of the phrase. */
  public record Match<V>(int tokenBegin, int tokenEnd, Span span, List<V> values) {}

  private final Node<V> root;
  private final boolean ignoreCase;
  private final int size;

  private PhraseMatcher(Node<V> root, boolean ignoreCase, int size) {
    this.root = root;
    this.ignoreCase = ignoreCase;
    this.size = size;
  }

  /** A builder; {@code ignoreCase} makes matching case-insensitive. */
  public static <V> Builder<V> builder(boolean ignoreCase) {
    return new Builder<>(ignoreCase);
  }

  /** Number of distinct phrases. */
  public int size() {
    return size;
  }

  /**
   * The longest phrase starting at token {@code start} and ending within {@code [start, limit)},
   * or null.
   */
  public @Nullable Match<V> longestAt(String text, List<CoreLabel> tokens, int start, int limit) {
    int position = tokens.get(start).beginPosition();
    int tokenIndex = start;
    Node<V> node = root;
    Match<V> best = null;
    boolean pendingSpace = false;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
        position++;
        continue;
      }
      if (pendingSpace) {
        node = node.child(' ');
        pendingSpace = false;
        if (node == null) {
          break;
        }
      }
      node = node.child(fold(c, ignoreCase));
      if (node == null) {
        break;
      }
      position++;
      while (tokenIndex < limit && tokens.get(tokenIndex).endPosition() < position) {
        tokenIndex++;
      }
      if (tokenIndex >= limit) {
        break;
      }
      if (node.values != null && tokens.get(tokenIndex).endPosition() == position) {
        best = new Match<>(start, tokenIndex + 1, Span.of(tokens.get(start).beginPosition(), position), node.values);
      }
    }
    return best;
  }

  /** Longest matches in tokens {@code [from, to)}, left to right, not overlapping. */
  public List<Match<V>> findAll(String text, List<CoreLabel> tokens, int from, int to) {
    List<Match<V>> matches = new ArrayList<>();
    int i = from;
    while (i < to) {
      Match<V> match = longestAt(text, tokens, i, to);
      if (match == null) {
        i++;
      } else {
        matches.add(match);
        i = match.tokenEnd();
      }
    }
    return matches;
  }

  /** The values of exactly this phrase, or an empty list. */
  public List<V> lookup(String phrase) {
    Node<V> node = root;
    String folded = foldPhrase(phrase, ignoreCase);
    for (int i = 0; i < folded.length() && node != null; i++) {
      node = node.child(folded.charAt(i));
    }
    return node == null || node.values == null ? List.of() : node.values;
  }

  static char fold(char c, boolean ignoreCase) {
    switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4' -> {
        return '\'';
      }
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> {
        return '-';
      }
      default -> {
        return ignoreCase ? Character.toLowerCase(c) : c;
      }
    }
  }

  static String foldPhrase(String phrase, boolean ignoreCase) {
    StringBuilder out = new StringBuilder(phrase.length());
    boolean space = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(fold(c, ignoreCase));
    }
    return out.toString();
  }

  /** A trie node: children in a sorted array, searched by binary search. */
  private static final class Node<V> {
    private char[] keys = new char[0];
    @SuppressWarnings("unchecked")
    private Node<V>[] children = new Node[0];
    private @Nullable ImmutableList<V> values;

    @Nullable Node<V> child(char c) {
      int index = Arrays.binarySearch(keys, c);
      return index >= 0 ? children[index] : null;
    }

    Node<V> childOrNew(char c) {
      int index = Arrays.binarySearch(keys, c);
      if (index >= 0) {
        return children[index];
      }
      int at = -index - 1;
      char[] newKeys = new char[keys.length + 1];
      @SuppressWarnings("unchecked")
      Node<V>[] newChildren = new Node[children.length + 1];
      System.arraycopy(keys, 0, newKeys, 0, at);
      System.arraycopy(children, 0, newChildren, 0, at);
      newKeys[at] = c;
      newChildren[at] = new Node<>();
      System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
      System.arraycopy(children, at, newChildren, at + 1, children.length - at);
      keys = newKeys;
      children = newChildren;
      return newChildren[at];
    }
  }

  /** Collects phrases; a phrase added twice keeps every value, in the order added. */
  public static final class Builder<V> {
    private final boolean ignoreCase;
    private final Map<String, List<V>> phrases = new LinkedHashMap<>();

    private Builder(boolean ignoreCase) {
      this.ignoreCase = ignoreCase;
    }

    public Builder<V> add(String phrase, V value) {
      String folded = foldPhrase(phrase, ignoreCase);
      checkArgument(!folded.isEmpty(), "an empty phrase");
      List<V> values = phrases.computeIfAbsent(folded, key -> new ArrayList<>());
      if (!values.contains(value)) {
        values.add(value);
      }
      return this;
    }

    public PhraseMatcher<V> build() {
      Node<V> root = new Node<>();
      phrases.forEach((phrase, values) -> {
        Node<V> node = root;
        for (int i = 0; i < phrase.length(); i++) {
          node = node.childOrNew(phrase.charAt(i));
        }
        node.values = ImmutableList.copyOf(values);
      });
      return new PhraseMatcher<>(root, ignoreCase, phrases.size());
    }
  }
}
