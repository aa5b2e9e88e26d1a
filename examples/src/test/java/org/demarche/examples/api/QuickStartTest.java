package org.demarche.examples.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.demarche.core.testing.SharedInputs;
import org.junit.jupiter.api.Test;

/** The README's API example runs, and prints what the README says it prints. */
class QuickStartTest {

  @Test
  void theReadmeExamplePrintsActorsWithCodesAndTheJson() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[] {SharedInputs.projectRoot().resolve("examples/sample/black-sea-talks.txt").toString()});
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("the Kremlin's spokesman Dmitry Peskov -> RUSGOV"), output);
    assertTrue(output.contains("only if: Kyiv stops drone strikes on ports in Crimea"), output);
    assertTrue(output.contains("\"actors\":["), output);
  }
}
