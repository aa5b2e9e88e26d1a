/** Demarche's JSON wire contract: {@link org.demarche.core.json.DocumentJson}. */
@NullMarked
package org.demarche.core.json;

import org.jspecify.annotations.NullMarked;
