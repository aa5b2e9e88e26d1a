package org.demarche.core.spi;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.demarche.core.Layer;

/** The layer annotator providers on the class path, found once with {@link ServiceLoader}. */
public final class LayerProviders {

  private static final Supplier<ImmutableMap<Layer, LayerAnnotatorProvider>> INSTALLED =
      Suppliers.memoize(LayerProviders::load);

  private LayerProviders() {}

  /** The installed provider of each layer that has one. */
  public static ImmutableMap<Layer, LayerAnnotatorProvider> installed() {
    return INSTALLED.get();
  }

  /** The installed provider of a layer, if any. */
  public static Optional<LayerAnnotatorProvider> forLayer(Layer layer) {
    return Optional.ofNullable(installed().get(layer));
  }

  private static ImmutableMap<Layer, LayerAnnotatorProvider> load() {
    Map<Layer, LayerAnnotatorProvider> byLayer = new EnumMap<>(Layer.class);
    for (LayerAnnotatorProvider provider : ServiceLoader.load(LayerAnnotatorProvider.class)) {
      LayerAnnotatorProvider previous = byLayer.putIfAbsent(provider.layer(), provider);
      if (previous != null) {
        throw new IllegalStateException(
            "two annotators on the class path produce the layer " + provider.layer() + ": "
                + previous.getClass().getName() + " and " + provider.getClass().getName());
      }
    }
    return ImmutableMap.copyOf(byLayer);
  }
}
