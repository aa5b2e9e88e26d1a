/**
 * The territorial reference layer: {@link
 * org.demarche.annotators.territories.TerritorialReferenceAnnotator} finds named disputed, occupied
 * and annexed places from a gazetteer ("the Crimean peninsula", "the Kherson and Zaporizhzhia
 * regions") and descriptive references to claimed, controlled or contested land and water ("territory
 * claimed by Moscow", "the parts of the Donbas it still holds"), with what is known of claim and
 * control.
 */
@NullMarked
package org.demarche.annotators.territories;

import org.jspecify.annotations.NullMarked;
