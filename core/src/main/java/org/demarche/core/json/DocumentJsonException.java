package org.demarche.core.json;

/** JSON that is not a document in Demarche's contract; the message names the path of the fault. */
public final class DocumentJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public DocumentJsonException(String message) {
    super(message);
  }
}
