package org.demarche.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.brat.BratStandoff;
import org.demarche.core.json.DocumentJson;
import org.demarche.core.testing.SharedInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static String sample() {
    return SharedInputs.projectRoot().resolve("examples/sample/black-sea-talks.txt").toString();
  }

  @Test
  void jsonLinesHasOneObjectPerFileWithSourceTextAndTheFourLists() throws Exception {
    CommandLineRun run = CommandLineRun.of("annotate", "--format", "jsonl", sample());
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(1, lines.size());
    JsonNode document = JSON.readTree(lines.get(0));
    assertEquals(sample(), document.get("source").asText());
    assertEquals(Files.readString(Path.of(sample())), document.get("text").asText());
    for (String layer : List.of("actors", "territories", "demands", "quotes")) {
      assertTrue(document.get(layer).isArray(), layer);
    }
    assertEquals("", run.err(), "nothing on stderr for a single file");
  }

  @Test
  void aBadFileInABatchIsReportedAndTheOthersAreStillAnnotated() throws Exception {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Bras\u00EDlia protested.".getBytes(StandardCharsets.ISO_8859_1));
    String missing = dir.resolve("missing.txt").toString();
    CommandLineRun run = CommandLineRun.of("annotate", "--format", "jsonl", missing, latin1.toString(), sample());
    assertEquals(1, run.status());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size());
    assertEquals("no such file", JSON.readTree(lines.get(0)).get("error").asText());
    assertEquals("not valid UTF-8 at byte 4", JSON.readTree(lines.get(1)).get("error").asText());
    assertEquals(sample(), JSON.readTree(lines.get(2)).get("source").asText());
    assertTrue(run.err().contains("demarche: " + missing + ": no such file"), run.err());
    assertTrue(run.err().contains("latin1.txt: not valid UTF-8 at byte 4"), run.err());
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatWasWrong() {
    CommandLineRun unknown = CommandLineRun.of("annotate", "--colour", "red", sample());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("Unknown option: '--colour'"), unknown.err());
    assertEquals(2, CommandLineRun.of("annotate").status());
    CommandLineRun layer = CommandLineRun.of("annotate", "--layers", "actors,weather", sample());
    assertEquals(2, layer.status());
    assertTrue(layer.err().contains("unknown layer 'weather'"), layer.err());
    assertEquals(2, CommandLineRun.of("annotate", "--format", "xml", sample()).status());
  }

  @Test
  void helpExplainsEveryCommand() {
    CommandLineRun help = CommandLineRun.of("--help");
    assertEquals(0, help.status());
    for (String command : List.of("annotate", "evaluate", "convert", "serve")) {
      assertTrue(help.out().contains(command), command);
    }
    CommandLineRun annotateHelp = CommandLineRun.of("annotate", "--help");
    for (String option : List.of("--format", "--threads", "--input", "--layers", "--option", "--verbose")) {
      assertTrue(annotateHelp.out().contains(option), option);
    }
  }

  @Test
  void jsonLinesInputKeepsGoingPastAMalformedLine() throws Exception {
    Path input = dir.resolve("batch.jsonl");
    Files.writeString(input, "{\"source\":\"a\",\"text\":\"Kyiv rejected the plan.\"}\nnot json\n"
        + "{\"text\":\"Moscow agreed.\"}\n", StandardCharsets.UTF_8);
    CommandLineRun run = CommandLineRun.of("annotate", "--input", "jsonl", "--format", "jsonl", input.toString());
    assertEquals(1, run.status());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size());
    assertEquals("a", JSON.readTree(lines.get(0)).get("source").asText());
    assertEquals(input + ":2", JSON.readTree(lines.get(1)).get("source").asText());
    assertEquals("not a JSON object", JSON.readTree(lines.get(1)).get("error").asText());
    assertEquals(input + ":3", JSON.readTree(lines.get(2)).get("source").asText());
  }

  @Test
  void bratOutputReadsBackAsTheSameDocumentAsTheJson() throws Exception {
    Path out = dir.resolve("brat");
    CommandLineRun brat = CommandLineRun.of("annotate", "--format", "brat", "--output", out.toString(), sample());
    assertEquals(0, brat.status(), brat.err());
    CommandLineRun json = CommandLineRun.of("annotate", "--format", "jsonl", sample());
    AnnotatedDocument expected = DocumentJson.fromJson(json.out().strip());
    String text = Files.readString(out.resolve("black-sea-talks.txt"));
    String ann = Files.readString(out.resolve("black-sea-talks.ann"));
    assertEquals(expected, BratStandoff.read(sample(), text, ann));

    CommandLineRun again = CommandLineRun.of("annotate", "--format", "brat", "--output", out.toString(), sample());
    assertEquals(1, again.status());
    assertTrue(again.err().contains("exists; not overwritten"), again.err());
  }
}
