package org.demarche.annotators.demands;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.demarche.annotators.common.LayerOptions;

/**
 * The demand annotator's options ({@code demands.*}).
 *
 * @param extraLexicons the user's response and demand lexicons ({@code extraLexicons}, comma-separated)
 */
record DemandOptions(List<Path> extraLexicons) {

  static final String EXTRA_LEXICONS = "extraLexicons";

  DemandOptions {
    extraLexicons = ImmutableList.copyOf(extraLexicons);
  }

  static DemandOptions parse(String name, Properties properties) {
    LayerOptions options = LayerOptions.of(name, properties, ImmutableSet.of(EXTRA_LEXICONS));
    return new DemandOptions(options.paths(EXTRA_LEXICONS));
  }
}
