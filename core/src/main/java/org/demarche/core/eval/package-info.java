/**
 * Gold annotations and evaluation: {@link org.demarche.core.eval.GoldDocument} read from brat
 * standoff ({@link org.demarche.core.eval.BratGold}) or from the line format of the project's
 * scorer ({@link org.demarche.core.eval.GoldLineFormat}), and the {@link
 * org.demarche.core.eval.Evaluator} that scores Demarche's output against them.
 */
@NullMarked
package org.demarche.core.eval;

import org.jspecify.annotations.NullMarked;
