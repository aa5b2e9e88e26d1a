/**
 * brat standoff: the {@code NAME.txt} + {@code NAME.ann} format researchers annotate in. {@link
 * org.demarche.core.brat.StandoffFile} reads and writes the generic format; {@link
 * org.demarche.core.brat.BratStandoff} maps Demarche's documents onto it.
 */
@NullMarked
package org.demarche.core.brat;

import org.jspecify.annotations.NullMarked;
