package org.demarche.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads text strictly: bytes that are not UTF-8 are an error, never silently replaced. */
public final class TextFiles {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private TextFiles() {}

  /**
   * The file's text. A leading byte order mark is dropped (offsets count from the first character
   * after it). Errors are {@link IOException}s whose message says what is wrong in words a user
   * understands: "no such file", "is a directory", "not valid UTF-8 at byte 1234".
   */
  public static String readUtf8(Path path) throws IOException {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new IOException("is a directory, not a text file");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file", e);
    } catch (AccessDeniedException e) {
      throw new IOException("permission denied", e);
    }
    return decodeUtf8(bytes);
  }

  /** Decodes UTF-8 strictly; the error names the offset of the first bad byte. */
  public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new MalformedTextException("not valid UTF-8 at byte " + in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new MalformedTextException("not valid UTF-8 at byte " + in.position());
    }
    out.flip();
    String text = out.toString();
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /** Bytes that are not valid UTF-8. */
  public static final class MalformedTextException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    MalformedTextException(String message) {
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
