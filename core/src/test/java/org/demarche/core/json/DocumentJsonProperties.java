package org.demarche.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.testing.Documents;

class DocumentJsonProperties {

  @Provide
  Arbitrary<AnnotatedDocument> documents() {
    return Documents.documents();
  }

  @Property(tries = 300)
  void readingWhatWasWrittenGivesTheSameDocument(@ForAll("documents") AnnotatedDocument document) {
    assertEquals(document, DocumentJson.fromJson(DocumentJson.toJson(document)));
    assertEquals(document, DocumentJson.fromJson(DocumentJson.toPrettyJson(document)));
  }

  @Property(tries = 200)
  void theJsonLinesFormIsOneLine(@ForAll("documents") AnnotatedDocument document) {
    String json = DocumentJson.toJson(document);
    assertFalse(json.contains("\n") || json.contains("\r"), json);
  }
}
