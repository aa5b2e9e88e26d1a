/**
 * The quoted speech layer: {@link org.demarche.annotators.quotes.QuotedSpeechAnnotator} finds direct
 * quotes in every quotation-mark style, direct speech whose marks are missing, and indirect speech,
 * and says who said each.
 */
@NullMarked
package org.demarche.annotators.quotes;

import org.jspecify.annotations.NullMarked;
