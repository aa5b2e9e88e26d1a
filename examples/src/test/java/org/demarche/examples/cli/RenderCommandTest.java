package org.demarche.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesAPageWithTheTextEscapedAndEveryLayerMarked() throws Exception {
    Path input = dir.resolve("talks.txt");
    Files.writeString(input, "Moscow will resume talks only if Kyiv <stops> the strikes, the Kremlin said.",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("pages");
    CommandLineRun run = CommandLineRun.of("render", "-o", out.toString(), input.toString());
    assertEquals(0, run.status(), run.err());
    String page = Files.readString(out.resolve("talks.html"));
    assertTrue(page.contains("&lt;stops&gt;"), "the text is escaped");
    assertTrue(page.contains("class=\"actor\""), page);
    assertTrue(page.contains("<h2>Actors ("), page);
    assertTrue(page.contains("<h2>Demands ("), page);
  }
}
