/** JMH benchmarks of Demarche's annotation hot path beside a plain CoreNLP baseline. */
@NullMarked
package org.demarche.benchmarks;

import org.jspecify.annotations.NullMarked;
