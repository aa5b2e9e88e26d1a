package org.demarche.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsNegativeBeginAndEndBeforeBegin() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 3));
    assertTrue(negative.getMessage().contains("-1"));
    IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> Span.of(5, 4));
    assertTrue(backwards.getMessage().contains("before its begin"));
  }

  @Test
  void coveredTextIsTheHalfOpenRange() {
    assertEquals("Kyiv", Span.of(4, 8).coveredText("For Kyiv, which"));
    assertEquals("", Span.of(3, 3).coveredText("abc"));
    assertThrows(IndexOutOfBoundsException.class, () -> Span.of(2, 9).coveredText("short"));
  }

  @Test
  void adjacentSpansDoNotOverlapAndEmptySpansOverlapNothing() {
    assertFalse(Span.of(0, 4).overlaps(Span.of(4, 8)));
    assertTrue(Span.of(0, 5).overlaps(Span.of(4, 8)));
    assertFalse(Span.of(3, 3).overlaps(Span.of(0, 8)));
  }

  @Test
  void enclosingSpanSortsBeforeWhatItContains() {
    List<Span> spans = new ArrayList<>(List.of(Span.of(4, 6), Span.of(0, 2), Span.of(4, 10), Span.of(4, 8)));
    Collections.sort(spans);
    assertEquals(List.of(Span.of(0, 2), Span.of(4, 10), Span.of(4, 8), Span.of(4, 6)), spans);
  }

  @Test
  void nestingIsContainmentOrDisjointness() {
    assertTrue(Span.of(0, 10).nestsWith(Span.of(2, 5)));
    assertTrue(Span.of(0, 3).nestsWith(Span.of(5, 9)));
    assertFalse(Span.of(0, 6).nestsWith(Span.of(4, 9)));
  }
}
