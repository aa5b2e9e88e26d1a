/**
 * Demarche's public model and API: character {@link org.demarche.core.Span spans}, the four kinds of
 * mention ({@link org.demarche.core.ActorMention actors}, {@link org.demarche.core.TerritoryMention
 * territories}, {@link org.demarche.core.Demand demands}, {@link org.demarche.core.Quote quotes}),
 * the {@link org.demarche.core.AnnotatedDocument} that holds them, and the {@link
 * org.demarche.core.DemarchePipeline} that produces it on top of Stanford CoreNLP.
 *
 * <p>Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.demarche.core;

import org.jspecify.annotations.NullMarked;
