package org.demarche.core;

import java.util.List;
import org.demarche.core.testing.LayerConformanceTest;

/** Runs the conformance base on core's test layer, so the base itself is exercised in core. */
class CoreLayerConformanceTest extends LayerConformanceTest {

  @Override
  protected Layer layer() {
    return Layer.ACTORS;
  }

  @Override
  protected List<String> texts() {
    return List.of(
        "Germany and France met in Brussels on Monday.",
        "Delegates from Japan arrived.\n\nThe United Nations said \"talks continue\".");
  }
}
