package org.demarche.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.demarche.core.DocumentInput;
import org.demarche.core.TextFiles;
import org.jspecify.annotations.Nullable;

/**
 * Turns the command line's arguments into a lazy stream of documents: each file (or {@code -} for
 * standard input) is one document, or, with {@code --input jsonl}, holds one document per line as
 * {@code {"source": ..., "text": ...}}. Nothing is read before its turn, so a batch of any size runs
 * in constant memory; a file or line that cannot be read becomes that document's error.
 */
final class Inputs {

  /** How input files hold their documents. */
  enum Format {
    /** Each file is one document. */
    TEXT,
    /** Each line of each file is a JSON object with "text" and an optional "source". */
    JSONL
  }

  static final String STDIN = "-";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Inputs() {}

  static Iterator<DocumentInput> iterate(List<String> arguments, Format format, InputStream stdin) {
    return format == Format.TEXT ? textDocuments(arguments, stdin) : new JsonLinesDocuments(arguments, stdin);
  }

  private static Iterator<DocumentInput> textDocuments(List<String> arguments, InputStream stdin) {
    return arguments.stream().map(argument -> argument.equals(STDIN)
        ? stdinDocument(stdin)
        : DocumentInput.ofFile(Path.of(argument), argument)).iterator();
  }

  private static DocumentInput stdinDocument(InputStream stdin) {
    return DocumentInput.of(STDIN, () -> TextFiles.decodeUtf8(stdin.readAllBytes()));
  }

  /** Documents read lazily, line by line, from JSON Lines files. */
  private static final class JsonLinesDocuments implements Iterator<DocumentInput> {
    private final Deque<String> files;
    private final InputStream stdin;
    private @Nullable BufferedReader reader;
    private String file = "";
    private int lineNumber;
    private @Nullable DocumentInput next;

    JsonLinesDocuments(List<String> files, InputStream stdin) {
      this.files = new ArrayDeque<>(files);
      this.stdin = stdin;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public DocumentInput next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      DocumentInput result = next;
      next = null;
      return result;
    }

    private @Nullable DocumentInput advance() {
      while (true) {
        if (reader == null) {
          if (files.isEmpty()) {
            return null;
          }
          file = files.remove();
          lineNumber = 0;
          try {
            InputStream in = file.equals(STDIN) ? stdin : java.nio.file.Files.newInputStream(Path.of(file));
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
          } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
            return failed(file, reason);
          }
        }
        String line;
        try {
          line = reader.readLine();
        } catch (IOException e) {
          closeReader();
          return failed(file + ":" + (lineNumber + 1), "not valid UTF-8 (" + e.getMessage() + ")");
        }
        if (line == null) {
          closeReader();
          continue;
        }
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        return parse(line, file + ":" + lineNumber);
      }
    }

    private DocumentInput parse(String line, String where) {
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        return failed(where, "not a JSON object");
      }
      if (node == null || !node.isObject() || !node.path("text").isTextual()) {
        return failed(where, "a JSON Lines document needs a string field \"text\"");
      }
      JsonNode source = node.get("source");
      String name = source != null && source.isTextual() ? source.textValue() : where;
      return DocumentInput.of(name, node.get("text").textValue());
    }

    private void closeReader() {
      try {
        if (reader != null && !file.equals(STDIN)) {
          reader.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        reader = null;
      }
    }

    private static DocumentInput failed(String source, String reason) {
      return DocumentInput.of(source, () -> {
        throw new IOException(reason);
      });
    }
  }
}
