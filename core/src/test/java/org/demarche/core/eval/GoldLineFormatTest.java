package org.demarche.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.demarche.core.Layer;
import org.demarche.core.Span;
import org.junit.jupiter.api.Test;

class GoldLineFormatTest {

  private static final String TEXT = "Baku said no. Then Baku said yes, and Yerevan said \"wait\".";

  @Test
  void locatesSpansByContextAndOccurrenceAsTheScorerDoes() {
    String gold = "# comment\n!partial quotes\n"
        + "A | Baku | ctx=Then Baku said | code=AZEGOV/AZE\n"
        + "A? | Baku | n=1 | code=AZE\n"
        + "Q | wait | kind=DIRECT | speaker=ARMGOV | speaker_text=Yerevan | cue=said\n";
    GoldDocument document = GoldLineFormat.read("doc", TEXT, gold);
    assertEquals(Set.of(Layer.QUOTES), document.partialLayers());
    List<GoldItem> actors = document.items(Layer.ACTORS);
    assertEquals(Span.of(0, 4), actors.get(0).span());
    assertTrue(actors.get(0).optional());
    assertEquals(Span.of(19, 23), actors.get(1).span());
    assertEquals("AZEGOV/AZE", actors.get(1).attribute(GoldItem.CODE));
    assertEquals("Yerevan", document.items(Layer.QUOTES).get(0).attribute(GoldItem.SPEAKER_TEXT));
  }

  @Test
  void errorsNameTheFileAndLine() {
    GoldFormatException missing = assertThrows(GoldFormatException.class,
        () -> GoldLineFormat.read("doc", TEXT, "A | Baku\n\nA | Tbilisi | code=GEO\n"));
    assertEquals("doc.gold:3: context not found: 'Tbilisi'", missing.getMessage());
    GoldFormatException badType = assertThrows(GoldFormatException.class,
        () -> GoldLineFormat.read("doc", TEXT, "X | Baku\n"));
    assertTrue(badType.getMessage().startsWith("doc.gold:1: unknown item type 'X'"), badType.getMessage());
  }

  @Test
  void writingThenReadingGivesTheSameItems() {
    String gold = "A | Baku | ctx=Then Baku said | code=AZEGOV/AZE\nA | Baku | n=1 | code=AZE\n"
        + "D | Yerevan said | demander=ARM | connective=if/if not | condition=x y\n";
    GoldDocument document = GoldLineFormat.read("doc", TEXT, gold);
    String written = GoldLineFormat.write(document, "generated");
    assertTrue(written.contains("A | Baku | n=2 | code=AZEGOV/AZE"), written);
    assertEquals(document, GoldLineFormat.read("doc", TEXT, written));
  }
}
