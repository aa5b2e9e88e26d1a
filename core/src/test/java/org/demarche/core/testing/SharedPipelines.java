package org.demarche.core.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.Layer;
import org.demarche.core.spi.LayerProviders;

/**
 * Pipelines shared by every test in a JVM: models take seconds to load, so each configuration is
 * built once, on first use, and reused by every test class that asks for it.
 */
public final class SharedPipelines {

  private static final ConcurrentMap<Set<Layer>, DemarchePipeline> BY_LAYERS = new ConcurrentHashMap<>();

  private SharedPipelines() {}

  /** The default pipeline: every installed layer, as {@code DemarchePipeline.builder().build()} gives it. */
  public static DemarchePipeline full() {
    return forLayers(LayerProviders.installed().keySet());
  }

  /** A pipeline producing these layers (and those they need). */
  public static DemarchePipeline forLayers(Set<Layer> layers) {
    return BY_LAYERS.computeIfAbsent(Set.copyOf(layers), wanted -> DemarchePipeline.builder().layers(wanted).build());
  }
}
