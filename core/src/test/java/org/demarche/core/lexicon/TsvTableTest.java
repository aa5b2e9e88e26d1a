package org.demarche.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTableTest {

  private static final List<String> COLUMNS = List.of("code", "name", "aliases");

  @Test
  void readsRowsSkippingCommentsAndSplittingLists() {
    TsvTable table = TsvTable.parse("c.tsv", "# states\ncode\tname\taliases\n\nRUS\tRussia\tRussian Federation| RF \n", COLUMNS);
    TsvTable.Row row = table.rows().get(0);
    assertEquals("Russia", row.get("name"));
    assertEquals(List.of("Russian Federation", "RF"), row.list("aliases"));
    assertEquals("c.tsv:4", row.where());
  }

  @Test
  void errorsNameTheFileAndTheLine() {
    LexiconException fields = assertThrows(LexiconException.class,
        () -> TsvTable.parse("c.tsv", "code\tname\taliases\nRUS\tRussia\n", COLUMNS));
    assertEquals("c.tsv:2: expected 3 tab-separated fields (code, name, aliases), found 2", fields.getMessage());
    LexiconException header = assertThrows(LexiconException.class,
        () -> TsvTable.parse("p.tsv", "code\tname\n", COLUMNS));
    assertTrue(header.getMessage().startsWith("p.tsv:1: the header lacks the column aliases"), header.getMessage());
    LexiconException empty = assertThrows(LexiconException.class, () -> TsvTable.parse("e.tsv", "# nothing\n", COLUMNS));
    assertTrue(empty.getMessage().startsWith("e.tsv: empty"), empty.getMessage());
    TsvTable table = TsvTable.parse("c.tsv", "code\tname\taliases\nRUS\t\t\n", COLUMNS);
    assertEquals("c.tsv:2: name is empty",
        assertThrows(LexiconException.class, () -> table.rows().get(0).required("name")).getMessage());
  }
}
