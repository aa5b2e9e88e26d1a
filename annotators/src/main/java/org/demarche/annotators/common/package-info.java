/** What the layer annotators share: option parsing, token and dependency helpers, actor lookup. */
@NullMarked
package org.demarche.annotators.common;

import org.jspecify.annotations.NullMarked;
