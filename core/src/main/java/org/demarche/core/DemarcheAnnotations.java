package org.demarche.core;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;
import java.util.List;

/**
 * Typed CoreNLP keys under which Demarche's annotators store their results on the document
 * {@link edu.stanford.nlp.pipeline.Annotation}. Each list is immutable and in span order.
 */
public final class DemarcheAnnotations {

  private DemarcheAnnotations() {}

  /** Negotiation actors found in the document. */
  public static final class ActorsAnnotation implements CoreAnnotation<List<ActorMention>> {
    @Override
    public Class<List<ActorMention>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** Territorial references found in the document. */
  public static final class TerritoriesAnnotation implements CoreAnnotation<List<TerritoryMention>> {
    @Override
    public Class<List<TerritoryMention>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** Quoted and reported speech found in the document. */
  public static final class QuotesAnnotation implements CoreAnnotation<List<Quote>> {
    @Override
    public Class<List<Quote>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** Conditional demands found in the document. */
  public static final class DemandsAnnotation implements CoreAnnotation<List<Demand>> {
    @Override
    public Class<List<Demand>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }
}
