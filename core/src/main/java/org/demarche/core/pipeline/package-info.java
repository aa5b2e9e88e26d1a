/** CoreNLP pipeline machinery: the selective dependency parser and the shared model cache. */
@NullMarked
package org.demarche.core.pipeline;

import org.jspecify.annotations.NullMarked;
