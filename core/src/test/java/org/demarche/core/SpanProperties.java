package org.demarche.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SpanProperties {

  @Provide
  Arbitrary<Span> spans() {
    return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 500))
        .as((begin, length) -> Span.of(begin, begin + length));
  }

  @Property
  void overlapIsSymmetric(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    assertEquals(a.overlaps(b), b.overlaps(a));
  }

  @Property
  void coverContainsBothSpans(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    Span cover = a.cover(b);
    assertTrue(cover.contains(a) && cover.contains(b));
  }

  @Property
  void shiftKeepsTheLengthAndTheOrder(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    assertEquals(a.length(), a.shift(7).length());
    assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(a.shift(7).compareTo(b.shift(7))));
  }

  @Property
  void orderIsConsistentWithEquals(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    assertEquals(a.equals(b), a.compareTo(b) == 0);
  }

  @Property
  void overlappingSpansShareACharacter(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    boolean shared = false;
    for (int i = a.begin(); i < a.end() && !shared; i++) {
      shared = b.begin() <= i && i < b.end();
    }
    assertEquals(shared, a.overlaps(b));
  }
}
