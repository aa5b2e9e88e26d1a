/**
 * The negotiation actor layer: {@link org.demarche.annotators.actors.NegotiationActorAnnotator}
 * finds states, governments and their metonyms, office holders, armed forces and organisations, and
 * codes each in the CAMEO style.
 */
@NullMarked
package org.demarche.annotators.actors;

import org.jspecify.annotations.NullMarked;
