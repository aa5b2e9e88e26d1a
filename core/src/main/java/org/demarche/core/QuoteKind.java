package org.demarche.core;

/** How speech is reported. */
public enum QuoteKind {
  /** Between quotation marks of any style. */
  DIRECT,
  /** Direct speech whose quotation marks are missing: "We will win, he said." */
  UNMARKED,
  /** The content clause of a reporting verb or noun: "Putin suggested that ...". */
  INDIRECT
}
