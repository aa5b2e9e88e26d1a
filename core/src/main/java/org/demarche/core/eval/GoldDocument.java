package org.demarche.core.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.demarche.core.Layer;

/**
 * A document's text and its gold annotations.
 *
 * @param name the document's name (the file name without extension)
 * @param text the text the spans index
 * @param items the gold items, in layer and span order
 * @param partialLayers layers whose gold lists only some items: unmatched predictions there are not
 *     counted as spurious
 */
public record GoldDocument(String name, String text, List<GoldItem> items, Set<Layer> partialLayers) {

  // Items of one span are ordered by their attributes in key order: the same attributes read from
  // brat and from the line format come in different map orders, and must sort alike.
  private static final Comparator<GoldItem> ORDER = Comparator.comparing(GoldItem::layer)
      .thenComparing(GoldItem::span)
      .thenComparing(item -> new TreeMap<>(item.attributes()).toString());

  public GoldDocument {
    requireNonNull(name, "name");
    requireNonNull(text, "text");
    items = items.stream().sorted(ORDER).collect(ImmutableList.toImmutableList());
    partialLayers = ImmutableSet.copyOf(partialLayers);
  }

  /** The items of one layer, in span order. */
  public List<GoldItem> items(Layer layer) {
    return items.stream().filter(item -> item.layer() == layer).toList();
  }
}
