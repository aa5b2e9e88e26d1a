/** Small programs that show the API; the README quotes them. */
@NullMarked
package org.demarche.examples.api;

import org.jspecify.annotations.NullMarked;
