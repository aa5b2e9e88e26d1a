package org.demarche.core.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.testing.Documents;

class BratStandoffProperties {

  @Provide
  Arbitrary<AnnotatedDocument> documents() {
    return Documents.documents();
  }

  @Property(tries = 300)
  void theReaderGivesBackWhatTheWriterWrote(@ForAll("documents") AnnotatedDocument document) {
    String ann = BratStandoff.write(document);
    assertEquals(document, BratStandoff.read(document.source(), document.text(), ann));
  }
}
