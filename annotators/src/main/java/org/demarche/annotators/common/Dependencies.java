package org.demarche.annotators.common;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A sentence's basic (tree-shaped) Universal Dependencies, as the selective parser leaves them, with
 * the few questions the layers ask of it. Token indices are 0-based positions in the sentence's
 * token list; CoreNLP's {@link IndexedWord#index()} is 1-based.
 */
public final class Dependencies {

  private final SemanticGraph graph;
  private final IndexedWord[] nodes;

  private Dependencies(SemanticGraph graph, int tokenCount) {
    this.graph = graph;
    this.nodes = new IndexedWord[tokenCount];
    for (IndexedWord word : graph.vertexSet()) {
      int index = word.index() - 1;
      if (index >= 0 && index < tokenCount) {
        nodes[index] = word;
      }
    }
  }

  /** The sentence's parse, or null when the sentence was not parsed. */
  public static @Nullable Dependencies of(CoreMap sentence, int tokenCount) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    return graph == null ? null : new Dependencies(graph, tokenCount);
  }

  private @Nullable IndexedWord node(int token) {
    return token >= 0 && token < nodes.length ? nodes[token] : null;
  }

  /** The token's head, or -1 for the root (or a token outside the parse). */
  public int head(int token) {
    IndexedWord node = node(token);
    if (node == null) {
      return -1;
    }
    IndexedWord parent = graph.getParent(node);
    return parent == null ? -1 : parent.index() - 1;
  }

  /** The relation from the token's head to it ("nsubj", "obl", "nmod:poss"), or "root". */
  public String relation(int token) {
    IndexedWord node = node(token);
    if (node == null) {
      return "";
    }
    IndexedWord parent = graph.getParent(node);
    if (parent == null) {
      return "root";
    }
    SemanticGraphEdge edge = graph.getEdge(parent, node);
    return edge == null ? "" : edge.getRelation().toString();
  }

  /** The token's dependents, in sentence order. */
  public List<Integer> children(int token) {
    IndexedWord node = node(token);
    List<Integer> children = new ArrayList<>();
    if (node != null) {
      for (IndexedWord child : graph.getChildList(node)) {
        children.add(child.index() - 1);
      }
    }
    children.sort(Integer::compare);
    return children;
  }

  /** Dependents attached by a relation that starts with {@code relation} ("obl" matches "obl:tmod"). */
  public List<Integer> children(int token, String relation) {
    List<Integer> result = new ArrayList<>();
    for (int child : children(token)) {
      if (relation(child).startsWith(relation)) {
        result.add(child);
      }
    }
    return result;
  }

  /** The lower-cased word of the token's {@code case} dependent (its preposition), or null. */
  public @Nullable String preposition(int token) {
    for (int child : children(token, "case")) {
      IndexedWord word = node(child);
      if (word != null && !"'s".equals(word.word()) && !"'".equals(word.word())) {
        return word.word().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** The first and last token (inclusive) of the token's subtree. */
  public int[] subtree(int token) {
    int[] range = {token, token};
    extend(token, range, 0);
    return range;
  }

  private void extend(int token, int[] range, int depth) {
    if (depth > 200) {
      return;
    }
    for (int child : children(token)) {
      range[0] = Math.min(range[0], child);
      range[1] = Math.max(range[1], child);
      extend(child, range, depth + 1);
    }
  }

  /** True when {@code ancestor} dominates {@code token} (or is it). */
  public boolean dominates(int ancestor, int token) {
    int current = token;
    for (int steps = 0; current >= 0 && steps < nodes.length + 1; steps++) {
      if (current == ancestor) {
        return true;
      }
      current = head(current);
    }
    return false;
  }

  /** Number of tokens the parse covers. */
  public int size() {
    return nodes.length;
  }
}
