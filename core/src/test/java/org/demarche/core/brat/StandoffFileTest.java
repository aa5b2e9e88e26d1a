package org.demarche.core.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRole;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.Quote;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;
import org.junit.jupiter.api.Test;

class StandoffFileTest {

  private static final String TEXT = "\u201CWe stay,\nwe hold,\u201D said Kyiv.";

  @Test
  void aSpanAcrossALineBreakIsWrittenAsFragmentsAndReadBackWhole() {
    ActorMention kyiv = new ActorMention(Span.of(25, 29), "Kyiv", "UKRGOV", "UKR", ActorRole.GOV,
        ActorKind.GOVERNMENT, "Ukraine", true, "UKRGOV/Ukraine");
    Quote quote = new Quote(Span.of(1, 18), TEXT.substring(1, 18), QuoteKind.DIRECT, kyiv.toRef(), "said", Span.of(20, 24));
    AnnotatedDocument document = new AnnotatedDocument("q.txt", TEXT, List.of(kyiv), List.of(), List.of(), List.of(quote));
    String ann = BratStandoff.write(document);
    assertTrue(ann.contains("T2\tQuote 1 9;10 18\tWe stay, we hold,"), ann);
    assertTrue(ann.contains("N1\tReference T1 CAMEO:UKRGOV\tUkraine"), ann);
    assertTrue(ann.contains("Speaker Arg1:T2 Arg2:T1"), ann);
    assertEquals(document, BratStandoff.read("q.txt", TEXT, ann));
  }

  @Test
  void errorsNameTheFileAndLine() {
    String text = "Kyiv said no.";
    StandoffException outside = assertThrows(StandoffException.class,
        () -> StandoffFile.parse("a.ann", "T1\tActor 0 4\tKyiv\nT2\tActor 10 40\tno", text));
    assertTrue(outside.getMessage().startsWith("a.ann:2: offsets 10..40 lie outside the text"), outside.getMessage());

    StandoffException mismatch = assertThrows(StandoffException.class,
        () -> StandoffFile.parse("b.ann", "T1\tActor 0 4\tKiev", text));
    assertTrue(mismatch.getMessage().startsWith("b.ann:1: the annotation's text 'Kiev' differs"), mismatch.getMessage());

    StandoffException dangling = assertThrows(StandoffException.class,
        () -> StandoffFile.parse("c.ann", "T1\tActor 0 4\tKyiv\nA1\tRole T9 GOV", text));
    assertTrue(dangling.getMessage().contains("A1 refers to T9"), dangling.getMessage());

    StandoffException twice = assertThrows(StandoffException.class,
        () -> StandoffFile.parse("d.ann", "T1\tActor 0 4\tKyiv\nT1\tActor 5 9\tsaid", text));
    assertEquals("d.ann:2: the id T1 is used twice", twice.getMessage());
  }

  @Test
  void aDocumentWithoutRequiredPartsIsRejectedWithTheId() {
    String text = "Kyiv said no.";
    StandoffException error = assertThrows(StandoffException.class,
        () -> BratStandoff.read("e.txt", text, "T1\tActor 0 4\tKyiv\nA1\tActorKind T1 GOVERNMENT\n"));
    assertEquals("e.txt: T1 lacks a CAMEO:CODE normalization", error.getMessage());
  }
}
