package org.demarche.examples.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.demarche.core.Layer;
import org.demarche.core.eval.GoldCorpus;
import org.demarche.core.eval.GoldDocument;
import org.demarche.core.eval.GoldItem;
import org.demarche.core.testing.SharedInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gold corpus is whole: both formats agree, and it covers what the guideline says it covers. */
class GoldCorpusTest {

  private static final Path CORPUS = SharedInputs.corpus();

  /** The held-out set: written after the layers were built, for measuring them on unseen text. */
  private static final Path HELD_OUT = SharedInputs.projectRoot().resolve("examples/heldout");

  @ParameterizedTest
  @ValueSource(strings = {"examples/corpus", "examples/heldout"})
  void everyAnnAndItsGoldFileHoldTheSameItems(String folder) throws Exception {
    Path gold = SharedInputs.projectRoot().resolve(folder);
    List<String> disagreements = new ArrayList<>();
    for (String name : GoldCorpus.names(gold)) {
      assertTrue(Files.exists(gold.resolve(name + ".ann")), name + ".ann is missing");
      assertTrue(Files.exists(gold.resolve(name + ".gold")), name + ".gold is missing");
      GoldDocument brat = GoldCorpus.read(gold, name, GoldCorpus.Source.BRAT);
      GoldDocument lines = GoldCorpus.read(gold, name, GoldCorpus.Source.LINES);
      if (!brat.items().equals(lines.items())) {
        disagreements.add(name);
      }
    }
    assertEquals(List.of(), disagreements, "run ./demarche convert --to gold " + folder + " after editing an .ann");
  }

  @Test
  void theHeldOutSetSharesNoDocumentWithTheCorpus() throws Exception {
    Set<String> corpusTexts = new TreeSet<>();
    for (String name : GoldCorpus.names(CORPUS)) {
      corpusTexts.add(Files.readString(CORPUS.resolve(name + ".txt")));
    }
    List<String> heldOut = GoldCorpus.names(HELD_OUT);
    assertTrue(heldOut.size() >= 20, "held-out documents: " + heldOut.size());
    for (String name : heldOut) {
      assertTrue(!corpusTexts.contains(Files.readString(HELD_OUT.resolve(name + ".txt"))), name + " is also in the corpus");
    }
  }

  @Test
  void theCorpusHasTheSizeAndSpreadTheGuidelinePromises() throws Exception {
    List<GoldDocument> documents = GoldCorpus.load(CORPUS);
    assertTrue(documents.size() >= 40, "documents: " + documents.size());
    Map<Layer, Integer> required = new EnumMap<>(Layer.class);
    Set<String> connectives = new TreeSet<>();
    Set<String> quoteKinds = new TreeSet<>();
    for (GoldDocument document : documents) {
      for (GoldItem item : document.items()) {
        if (!item.optional()) {
          required.merge(item.layer(), 1, Integer::sum);
        }
        if (item.layer() == Layer.DEMANDS && !item.optional()) {
          connectives.addAll(GoldItem.alternatives(item.attribute(GoldItem.CONNECTIVE)));
        }
        if (item.layer() == Layer.QUOTES) {
          quoteKinds.addAll(GoldItem.alternatives(item.attribute(GoldItem.KIND)));
        }
      }
    }
    int total = required.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(total >= 800, "required gold items: " + total);
    for (Layer layer : Layer.values()) {
      assertTrue(required.getOrDefault(layer, 0) >= 50, layer + ": " + required.get(layer));
    }
    for (String connective : List.of("if", "only if", "unless", "until", "only when", "once", "as long as",
        "provided that", "providing", "on condition that", "in exchange for", "in return for", "only after",
        "should", "or", "otherwise")) {
      assertTrue(connectives.contains(connective), "no demand with the connective '" + connective + "': " + connectives);
    }
    assertEquals(Set.of("DIRECT", "INDIRECT", "UNMARKED"), quoteKinds);
    assertTrue(documents.stream().filter(d -> d.name().startsWith("control-")).count() >= 4, "control documents");
  }
}
