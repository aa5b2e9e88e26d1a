package org.demarche.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

  @TempDir
  Path dir;

  @Test
  void readsUtf8AndDropsAByteOrderMark() throws IOException {
    Path file = dir.resolve("bom.txt");
    Files.write(file, ("\uFEFF" + "Zaporizhzhia \u00AB\u2019\u201D").getBytes(StandardCharsets.UTF_8));
    assertEquals("Zaporizhzhia \u00AB\u2019\u201D", TextFiles.readUtf8(file));
  }

  @Test
  void namesTheFirstByteThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "Bras\u00EDlia".getBytes(StandardCharsets.ISO_8859_1));
    IOException error = assertThrows(IOException.class, () -> TextFiles.readUtf8(file));
    assertEquals("not valid UTF-8 at byte 4", error.getMessage());
  }

  @Test
  void saysWhenTheFileIsMissingOrADirectory() {
    assertEquals("no such file",
        assertThrows(IOException.class, () -> TextFiles.readUtf8(dir.resolve("absent.txt"))).getMessage());
    assertEquals("is a directory, not a text file",
        assertThrows(IOException.class, () -> TextFiles.readUtf8(dir)).getMessage());
  }
}
