package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.demarche.annotators.common.LayerOptions;

/**
 * The quote annotator's options, under its name in the properties ({@code quotes.*}).
 *
 * @param extraVerbs the user's reporting-word files ({@code extraVerbs}, comma-separated), each with
 *     the header of the bundled {@code reporting-verbs.tsv}
 */
record QuoteOptions(List<Path> extraVerbs) {

  static final String EXTRA_VERBS = "extraVerbs";

  QuoteOptions {
    extraVerbs = ImmutableList.copyOf(extraVerbs);
  }

  static QuoteOptions parse(String name, Properties properties) {
    LayerOptions options = LayerOptions.of(name, properties, ImmutableSet.of(EXTRA_VERBS));
    return new QuoteOptions(options.paths(EXTRA_VERBS));
  }
}
