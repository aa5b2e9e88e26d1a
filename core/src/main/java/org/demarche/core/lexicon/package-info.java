/**
 * Lexicon loading and matching: {@link org.demarche.core.lexicon.TsvTable} reads and validates the
 * TSV files lexicons are kept in; {@link org.demarche.core.lexicon.PhraseMatcher} finds their
 * phrases in a sentence's tokens in one pass.
 */
@NullMarked
package org.demarche.core.lexicon;

import org.jspecify.annotations.NullMarked;
