/** The {@code demarche} command line. */
@NullMarked
package org.demarche.examples.cli;

import org.jspecify.annotations.NullMarked;
