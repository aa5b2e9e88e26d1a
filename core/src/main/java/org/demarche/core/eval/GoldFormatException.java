package org.demarche.core.eval;

/** A gold file that cannot be read or written; the message names the file and line. */
public final class GoldFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public GoldFormatException(String message) {
    super(message);
  }
}
