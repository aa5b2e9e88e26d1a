package org.demarche.core;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One document of a batch: where it comes from, and how to read its text. Reading happens on the
 * worker that annotates it, so a file that cannot be read fails that document alone.
 */
public interface DocumentInput {

  /** The name results and errors carry: a path as the user gave it, or an id. */
  String source();

  /** The document's text. */
  String text() throws IOException;

  /** Reads a document's text when its turn comes. */
  @FunctionalInterface
  interface TextReader {
    String read() throws IOException;
  }

  /** A document whose text {@code reader} gives; a reader that fails fails this document alone. */
  static DocumentInput of(String source, TextReader reader) {
    requireNonNull(source, "source");
    requireNonNull(reader, "reader");
    return new DocumentInput() {
      @Override
      public String source() {
        return source;
      }

      @Override
      public String text() throws IOException {
        return reader.read();
      }
    };
  }

  /** A document already in memory. */
  static DocumentInput of(String source, String text) {
    requireNonNull(text, "text");
    return of(source, () -> text);
  }

  /** A UTF-8 file, read when the document's turn comes; see {@link TextFiles#readUtf8}. */
  static DocumentInput ofFile(Path path, String source) {
    requireNonNull(path, "path");
    return of(source, () -> TextFiles.readUtf8(path));
  }
}
