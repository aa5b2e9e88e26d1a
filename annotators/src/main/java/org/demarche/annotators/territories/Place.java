package org.demarche.annotators.territories;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One gazetteer entry: a disputed, contested, occupied or annexed place with what is known of claim
 * and control (see {@code annotators/LEXICONS.md}, "territories/territories.tsv").
 *
 * @param parent the ISO alpha-3 code of the state it belongs to de jure, or the id of a larger place
 * @param since year of the last change of status or control, or null
 */
record Place(
    String id,
    String name,
    boolean article,
    @Nullable String iso3166_2,
    @Nullable String parent,
    List<String> claimants,
    @Nullable String controller,
    String status,
    @Nullable Integer since) {

  Place {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(status, "status");
    claimants = ImmutableList.copyOf(claimants);
  }
}
