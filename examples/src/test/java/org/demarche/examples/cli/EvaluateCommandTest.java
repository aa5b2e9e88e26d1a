package org.demarche.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir
  Path dir;

  private Path goldFolder() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("talks.txt"), "Kyiv rejected the offer, the foreign ministry said.", StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("talks.gold"), "A | Kyiv | code=UKRGOV/UKR\n", StandardCharsets.UTF_8);
    Path predictions = dir.resolve("pred.jsonl");
    Files.writeString(predictions, "{\"source\":\"somewhere/talks.txt\",\"text\":\"Kyiv rejected the offer, the foreign "
        + "ministry said.\",\"actors\":[{\"begin\":0,\"end\":4,\"text\":\"Kyiv\",\"code\":\"UKRGOV\",\"kind\":\"GOVERNMENT\","
        + "\"name\":\"Ukraine\",\"metonym\":true,\"actor\":\"UKRGOV\"}]}\n", StandardCharsets.UTF_8);
    return gold;
  }

  @Test
  void printsATableOfEveryLayerAndTheSummaryLine() throws Exception {
    Path gold = goldFolder();
    CommandLineRun run = CommandLineRun.of("evaluate", gold.toString(), "--predictions", dir.resolve("pred.jsonl").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("actors       lenient   1.00  1.00  1.00     1     0     0"), run.out());
    assertTrue(run.out().contains("actor code          1/1    = 1.00"), run.out());
    assertTrue(run.out().strip().endsWith("actors=1.00 actors_R=1.00 territories=0.00 territories_R=0.00 quotes=0.00 "
        + "quotes_R=0.00 demands=0.00 demands_R=0.00 actor_code=1.00"), run.out());
  }

  @Test
  void jsonReportAndMinimumsForOtherTools() throws Exception {
    Path gold = goldFolder();
    CommandLineRun run = CommandLineRun.of("evaluate", gold.toString(), "--predictions", dir.resolve("pred.jsonl").toString(),
        "--format", "json", "--errors", "--min", "actors=0.9,quotes=0.5");
    assertEquals(1, run.status(), "quotes are below the minimum");
    assertTrue(run.err().contains("quotes=0.00 < 0.50"), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals(1, report.get("layers").get("actors").get("lenient").get("tp").asInt());
    assertTrue(report.get("errors").isArray());
  }

  @Test
  void anUnknownFigureOrAnEmptyFolderIsAUsageError() throws Exception {
    Path gold = goldFolder();
    CommandLineRun unknown = CommandLineRun.of("evaluate", gold.toString(), "--predictions",
        dir.resolve("pred.jsonl").toString(), "--min", "accuracy=0.9");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("unknown figure 'accuracy'"), unknown.err());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(2, CommandLineRun.of("evaluate", empty.toString()).status());
  }

  @Test
  void convertWritesBratFromLinesAndLinesFromBratWithTheSameItems() throws Exception {
    Path gold = goldFolder();
    Files.writeString(gold.resolve("talks.gold"), "A | Kyiv | code=UKRGOV/UKR\n"
        + "Q | Kyiv rejected the offer | kind=INDIRECT | speaker=UKRGOV | speaker_text=the foreign ministry | cue=said\n",
        StandardCharsets.UTF_8);
    assertEquals(0, CommandLineRun.of("convert", "--to", "brat", gold.toString()).status());
    String ann = Files.readString(gold.resolve("talks.ann"));
    assertTrue(ann.contains("Speaker Arg1:T2 Arg2:T3"), ann);
    Files.delete(gold.resolve("talks.gold"));
    assertEquals(0, CommandLineRun.of("convert", "--to", "gold", gold.toString()).status());
    String lines = Files.readString(gold.resolve("talks.gold"));
    assertTrue(lines.contains("Q | Kyiv rejected the offer | kind=INDIRECT | speaker=UKRGOV | "
        + "speaker_text=the foreign ministry | cue=said"), lines);
  }
}
