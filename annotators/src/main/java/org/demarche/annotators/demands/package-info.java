/**
 * The conditional demand layer: {@link org.demarche.annotators.demands.ConditionalDemandAnnotator}
 * finds who makes what depend on which action of whom.
 */
@NullMarked
package org.demarche.annotators.demands;

import org.jspecify.annotations.NullMarked;
