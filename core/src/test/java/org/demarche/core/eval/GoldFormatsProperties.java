package org.demarche.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.demarche.core.Layer;
import org.demarche.core.Span;

/** Gold written in either format reads back as the same items. */
class GoldFormatsProperties {

  private static final List<String> WORDS = List.of("Kyiv", "Moscow", "said", "that", "troops", "withdraw",
      "only", "if", "the", "Crimea", "\u201Cwe\u201D", "will", "not", "leave", "Baku's", "forces", ",", ".");

  @Provide
  Arbitrary<GoldDocument> golds() {
    Arbitrary<String> texts = Arbitraries.of(WORDS).list().ofMinSize(3).ofMaxSize(40)
        .map(words -> String.join(" ", words).replace(" , ", ", ").replace(" .", ".\n"));
    return texts.flatMap(text -> item(text).list().ofMaxSize(8)
        .map(items -> new GoldDocument("doc", text, items, Set.of())));
  }

  private static Arbitrary<GoldItem> item(String text) {
    List<Span> wordSpans = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end > i) {
        wordSpans.add(Span.of(i, end));
      }
      i = end + 1;
    }
    Arbitrary<Span> spans = Combinators.combine(Arbitraries.of(wordSpans), Arbitraries.of(wordSpans))
        .as((a, b) -> a.begin() <= b.begin() ? a.cover(b) : b.cover(a));
    Arbitrary<String> codes = Arbitraries.of("RUS", "RUSGOV/RUS", "UKRMIL/UKR/UKRGOV", "NATO", "-", "*");
    return Combinators.combine(Arbitraries.of(Layer.class), spans, Arbitraries.of(true, false), codes,
            Arbitraries.of(wordSpans), Arbitraries.of("if", "only if", "only when/when", "unless"))
        .as((layer, span, optional, code, other, connective) -> {
          Map<String, String> attributes = new LinkedHashMap<>();
          String otherText = other.coveredText(text);
          switch (layer) {
            case ACTORS -> attributes.put(GoldItem.CODE, code);
            case TERRITORIES -> attributes.put(GoldItem.KIND, optional ? "NAMED" : "DESCRIPTIVE");
            case QUOTES -> {
              attributes.put(GoldItem.KIND, "INDIRECT");
              attributes.put(GoldItem.SPEAKER, code);
              attributes.put(GoldItem.SPEAKER_TEXT, otherText);
              attributes.put(GoldItem.CUE, "said");
            }
            case DEMANDS -> {
              attributes.put(GoldItem.DEMANDER, code);
              attributes.put(GoldItem.DEMANDER_TEXT, otherText);
              attributes.put(GoldItem.ADDRESSEE, "-");
              attributes.put(GoldItem.CONNECTIVE, connective);
              attributes.put(GoldItem.CONDITION, otherText);
              attributes.put(GoldItem.TYPE, "OFFER");
            }
          }
          return new GoldItem(layer, span, optional, attributes, "generated");
        });
  }

  @Property(tries = 300)
  void bratGoldReadsBackTheSameItems(@ForAll("golds") GoldDocument gold) {
    assertEquals(gold, BratGold.read("doc", gold.text(), BratGold.write(gold)));
  }

  @Property(tries = 300)
  void theLineFormatReadsBackTheSameItems(@ForAll("golds") GoldDocument gold) {
    assertEquals(gold, GoldLineFormat.read("doc", gold.text(), GoldLineFormat.write(gold, "generated")));
  }
}
