package org.demarche.core.spi;

/**
 * The CoreNLP annotators a layer can ask for, in pipeline order. Asking for one implies the ones
 * before it that it needs (NER needs POS and lemmas).
 */
public enum BaseAnnotator {
  TOKENIZE("tokenize"),
  SSPLIT("ssplit"),
  POS("pos"),
  LEMMA("lemma"),
  NER("ner"),
  /**
   * The neural dependency parser, run only on the sentences some layer's {@link SentenceSelector}
   * picks (see {@link org.demarche.core.pipeline.SelectiveDependencyParseAnnotator}).
   */
  DEPPARSE("depparse");

  private final String coreNlpName;

  BaseAnnotator(String coreNlpName) {
    this.coreNlpName = coreNlpName;
  }

  /** The annotator's name in CoreNLP's {@code annotators} property. */
  public String coreNlpName() {
    return coreNlpName;
  }
}
