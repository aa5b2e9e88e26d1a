package org.demarche.core.brat;

/** A {@code .ann} file that cannot be read; the message names the file and line. */
public final class StandoffException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public StandoffException(String message) {
    super(message);
  }
}
