package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.demarche.annotators.common.LayerOptions;

/**
 * The territory annotator's options, under its name in the properties ({@code territories.*}).
 *
 * @param extraGazetteers the user's gazetteer files ({@code extraGazetteers}, comma-separated), each
 *     with the header of the bundled {@code territories.tsv}; an entry with a bundled id replaces it
 */
record TerritoryOptions(List<Path> extraGazetteers) {

  static final String EXTRA_GAZETTEERS = "extraGazetteers";

  TerritoryOptions {
    extraGazetteers = ImmutableList.copyOf(extraGazetteers);
  }

  /** Reads the options under {@code name}; an unknown option is an error. */
  static TerritoryOptions parse(String name, Properties properties) {
    LayerOptions options = LayerOptions.of(name, properties, ImmutableSet.of(EXTRA_GAZETTEERS));
    return new TerritoryOptions(options.paths(EXTRA_GAZETTEERS));
  }
}
