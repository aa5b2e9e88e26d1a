package org.demarche.examples.api;

import java.io.IOException;
import java.nio.file.Path;
import org.demarche.core.ActorMention;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.Demand;
import org.demarche.core.TextFiles;
import org.demarche.core.json.DocumentJson;

/** The README's API example: annotate a file and print its actors, demands and JSON. */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) throws IOException {
    String text = TextFiles.readUtf8(Path.of(args.length > 0 ? args[0] : "examples/sample/black-sea-talks.txt"));

    DemarchePipeline pipeline = DemarchePipeline.builder()   // all four layers by default
        .threads(2)                                           // for annotateAll
        .build();                                             // loads models once; thread-safe
    AnnotatedDocument doc = pipeline.annotate(text);
    for (ActorMention actor : doc.actors()) {
      System.out.println(actor.text() + " -> " + actor.code());   // "the Kremlin -> RUSGOV"
    }
    for (Demand demand : doc.demands()) {
      System.out.println(demand.connective() + ": " + demand.condition().text());
    }
    String json = DocumentJson.toJson(doc);                   // the JSON contract
    System.out.println(json);
  }
}
