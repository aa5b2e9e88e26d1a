package org.demarche.annotators.actors;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.demarche.annotators.common.LayerOptions;

/**
 * The actor annotator's options, under its name in the properties ({@code actors.*}).
 *
 * @param extraLexicons the user's lexicon files ({@code extraLexicons}, comma-separated), each a
 *     countries, seats, organisations, people or titles table recognised by its header
 */
record ActorOptions(List<Path> extraLexicons) {

  static final String EXTRA_LEXICONS = "extraLexicons";

  ActorOptions {
    extraLexicons = ImmutableList.copyOf(extraLexicons);
  }

  static ActorOptions parse(String name, Properties properties) {
    LayerOptions options = LayerOptions.of(name, properties, ImmutableSet.of(EXTRA_LEXICONS));
    return new ActorOptions(options.paths(EXTRA_LEXICONS));
  }
}
