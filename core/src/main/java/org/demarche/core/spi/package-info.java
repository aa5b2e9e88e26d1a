/**
 * The extension point: how a layer annotator makes itself known to {@link
 * org.demarche.core.DemarchePipeline}. An implementation of {@link
 * org.demarche.core.spi.LayerAnnotatorProvider} is registered in {@code
 * META-INF/services/org.demarche.core.spi.LayerAnnotatorProvider}; core never names an annotator
 * class.
 */
@NullMarked
package org.demarche.core.spi;

import org.jspecify.annotations.NullMarked;
