package org.demarche.core;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The four layers Demarche adds to CoreNLP's annotations, each produced by one annotator.
 *
 * <p>A layer's {@linkplain #annotatorName() annotator name} is the name it has in CoreNLP's
 * {@code annotators} property and the prefix of its options ({@code actors.extraLexicons}).
 */
public enum Layer {
  ACTORS("actors", DemarcheAnnotations.ActorsAnnotation.class),
  TERRITORIES("territories", DemarcheAnnotations.TerritoriesAnnotation.class),
  QUOTES("quotes", DemarcheAnnotations.QuotesAnnotation.class),
  DEMANDS("demands", DemarcheAnnotations.DemandsAnnotation.class);

  private final String annotatorName;
  private final Class<? extends CoreAnnotation<? extends List<? extends Mention>>> key;

  Layer(String annotatorName, Class<? extends CoreAnnotation<? extends List<? extends Mention>>> key) {
    this.annotatorName = annotatorName;
    this.key = key;
  }

  /** The annotator's name in CoreNLP properties, and the prefix of its options. */
  public String annotatorName() {
    return annotatorName;
  }

  /** The document-level key under which the layer's annotator stores its mentions. */
  public Class<? extends CoreAnnotation<? extends List<? extends Mention>>> key() {
    return key;
  }

  /** All layers, in pipeline order. */
  public static Set<Layer> all() {
    return ImmutableSet.copyOf(values());
  }

  /** The layer with this annotator name or enum name, case-insensitive. */
  public static Optional<Layer> named(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (Layer layer : values()) {
      if (layer.annotatorName.equals(wanted)) {
        return Optional.of(layer);
      }
    }
    return Optional.empty();
  }
}
