package org.demarche.core.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demarche.core.TextFiles;

/**
 * A folder of gold documents: {@code NAME.txt} with {@code NAME.ann} (brat standoff, preferred) or
 * {@code NAME.gold} (the scorer's line format).
 */
public final class GoldCorpus {

  /** Which file a document's gold is read from. */
  public enum Source { BRAT, LINES }

  private GoldCorpus() {}

  /** The names of the documents in a folder: every {@code NAME.txt} with an {@code .ann} or {@code .gold}. */
  public static List<String> names(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.map(path -> path.getFileName().toString())
          .filter(file -> file.endsWith(".txt"))
          .map(file -> file.substring(0, file.length() - 4))
          .filter(name -> Files.exists(folder.resolve(name + ".ann")) || Files.exists(folder.resolve(name + ".gold")))
          .sorted()
          .forEach(names::add);
    }
    return names;
  }

  /** Reads one document's gold from the given source. */
  public static GoldDocument read(Path folder, String name, Source source) throws IOException {
    String text = TextFiles.readUtf8(folder.resolve(name + ".txt"));
    return switch (source) {
      case BRAT -> BratGold.read(name, text, TextFiles.readUtf8(folder.resolve(name + ".ann")));
      case LINES -> GoldLineFormat.read(name, text, TextFiles.readUtf8(folder.resolve(name + ".gold")));
    };
  }

  /** Reads one document's gold: from its {@code .ann} when there is one, otherwise its {@code .gold}. */
  public static GoldDocument read(Path folder, String name) throws IOException {
    return read(folder, name, Files.exists(folder.resolve(name + ".ann")) ? Source.BRAT : Source.LINES);
  }

  /** Reads every document of a folder. */
  public static List<GoldDocument> load(Path folder) throws IOException {
    List<GoldDocument> documents = new ArrayList<>();
    for (String name : names(folder)) {
      documents.add(read(folder, name));
    }
    return documents;
  }
}
