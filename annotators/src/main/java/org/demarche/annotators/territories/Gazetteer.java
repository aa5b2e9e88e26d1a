package org.demarche.annotators.territories;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.demarche.core.lexicon.LexiconException;
import org.demarche.core.lexicon.PhraseMatcher;
import org.demarche.core.lexicon.TsvTable;
import org.jspecify.annotations.Nullable;

/**
 * The gazetteer of disputed, contested, occupied and annexed places ({@code territories.tsv}, see
 * {@code annotators/LEXICONS.md}), loaded once, validated (every error names the file and line), and
 * compiled into one case-sensitive phrase matcher over names, aliases and adjectives.
 *
 * <p>Users add files with the same header through the annotator's {@code extraGazetteers} option. An
 * entry whose id is already known replaces the earlier entry; a name an earlier file gave to another
 * place moves to the user's place. Within one file a name belongs to one place only.
 *
 * <h2>Thread safety</h2>
 * Immutable; loaded gazetteers are cached per list of extra files and shared.
 */
final class Gazetteer {

  /** The bundled gazetteer, beside this class. */
  static final String RESOURCE = "territories.tsv";

  static final List<String> COLUMNS = List.of("id", "name", "article", "aliases", "adjectives", "iso3166_2",
      "parent", "claimants", "controller", "status", "since");

  static final ImmutableSet<String> STATUSES = ImmutableSet.of("ANNEXED", "OCCUPIED", "CONTESTED", "DISPUTED",
      "PARTIALLY_RECOGNISED", "BREAKAWAY", "ADMINISTERED", "LINE");

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern ISO_3166_2 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern CONTROLLER = Pattern.compile("[A-Z]{3}[A-Z]*");
  private static final Pattern YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}");
  private static final String CONTESTED_CONTROL = "CONTESTED";

  private static final Map<List<Path>, Gazetteer> CACHE = new ConcurrentHashMap<>();

  /** A string in the text that names a place: its name or an alias, or an adjective ("Crimean"). */
  record Name(Place place, boolean adjective) {}

  private final ImmutableMap<String, Place> places;
  private final PhraseMatcher<Name> names;

  private Gazetteer(ImmutableMap<String, Place> places, PhraseMatcher<Name> names) {
    this.places = places;
    this.names = names;
  }

  /** The bundled gazetteer plus the user's files, loaded once per list of files. */
  static Gazetteer load(List<Path> extraFiles) {
    return CACHE.computeIfAbsent(ImmutableList.copyOf(extraFiles), Gazetteer::build);
  }

  private static Gazetteer build(List<Path> extraFiles) {
    Builder builder = new Builder();
    builder.add(TsvTable.readResource(Gazetteer.class, RESOURCE, COLUMNS));
    for (Path file : extraFiles) {
      TsvTable table = TsvTable.read(file, COLUMNS);
      if (!table.hasColumns(COLUMNS)) {
        throw new LexiconException(file + ":1: not a territory gazetteer; its header must be exactly "
            + String.join(", ", COLUMNS));
      }
      builder.add(table);
    }
    return builder.build();
  }

  /** Names, aliases and adjectives of every place, matched case-sensitively. */
  PhraseMatcher<Name> names() {
    return names;
  }

  /** Every place by id, in file order. */
  ImmutableMap<String, Place> places() {
    return places;
  }

  /** The place with this id, or null. */
  @Nullable Place place(String id) {
    return places.get(id);
  }

  /** Collects, validates and overrides entries, file after file. */
  private static final class Builder {

    /** An entry as read, with the strings that name it and where it was read. */
    private record Entry(Place place, String where, List<String> names, List<String> adjectives) {}

    /** Who a string names, and in which file that was said. */
    private record Owner(String id, String file, String where) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Owner> owners = new LinkedHashMap<>();

    void add(TsvTable table) {
      Map<String, String> idsInFile = new LinkedHashMap<>();
      for (TsvTable.Row row : table.rows()) {
        Entry entry = entry(row);
        String id = entry.place().id();
        String first = idsInFile.putIfAbsent(id, row.where());
        if (first != null) {
          throw row.error("the id " + id + " appears twice in this file (first at " + first + ")");
        }
        Entry replaced = entries.put(id, entry);
        if (replaced != null) {
          owners.values().removeIf(owner -> owner.id().equals(id));
        }
        List<String> strings = new ArrayList<>(entry.names());
        strings.addAll(entry.adjectives());
        for (String string : strings) {
          Owner owner = owners.get(string);
          if (owner != null && !owner.id().equals(id) && owner.file().equals(table.name())) {
            throw row.error("the name '" + string + "' already belongs to " + owner.id() + " (" + owner.where() + ")");
          }
          owners.put(string, new Owner(id, table.name(), row.where()));
        }
      }
    }

    private static Entry entry(TsvTable.Row row) {
      String id = row.required("id");
      if (!ID.matcher(id).matches()) {
        throw row.error("id '" + id + "' is not a lower-case slug (letters, digits and single hyphens)");
      }
      String name = row.required("name");
      String article = row.get("article");
      if (!article.isEmpty() && !article.equals("the")) {
        throw row.error("article is 'the' or empty, not '" + article + "'");
      }
      List<String> names = new ArrayList<>();
      names.add(name);
      for (String alias : row.list("aliases")) {
        names.add(checkedName(row, "alias", alias));
      }
      List<String> adjectives = new ArrayList<>();
      for (String adjective : row.list("adjectives")) {
        adjectives.add(checkedName(row, "adjective", adjective));
      }
      String iso = row.get("iso3166_2");
      if (!iso.isEmpty() && !ISO_3166_2.matcher(iso).matches()) {
        throw row.error("iso3166_2 '" + iso + "' is not an ISO 3166-2 code such as UA-43");
      }
      String parent = row.get("parent");
      if (!parent.isEmpty() && !COUNTRY.matcher(parent).matches() && !ID.matcher(parent).matches()) {
        throw row.error("parent '" + parent + "' is neither an ISO alpha-3 code nor a gazetteer id");
      }
      List<String> claimants = row.list("claimants");
      for (String claimant : claimants) {
        if (!COUNTRY.matcher(claimant).matches()) {
          throw row.error("claimant '" + claimant + "' is not an ISO alpha-3 code (three upper-case letters)");
        }
      }
      if (ImmutableSet.copyOf(claimants).size() != claimants.size()) {
        throw row.error("a claimant is listed twice in " + String.join("|", claimants));
      }
      String status = row.required("status");
      if (!STATUSES.contains(status)) {
        throw row.error("status '" + status + "' is not one of " + String.join(", ", STATUSES));
      }
      String controller = row.get("controller");
      if (!controller.isEmpty() && !controller.equals(CONTESTED_CONTROL) && !CONTROLLER.matcher(controller).matches()) {
        throw row.error("controller '" + controller + "' is not an ISO alpha-3 code, an actor code or CONTESTED");
      }
      if (status.equals("LINE") && !controller.isEmpty()) {
        throw row.error("a LINE has no controller; leave the field empty");
      }
      String since = row.get("since");
      if (!since.isEmpty() && !YEAR.matcher(since).matches()) {
        throw row.error("since '" + since + "' is not a year (four digits)");
      }
      Place place = new Place(id, name, !article.isEmpty(), iso.isEmpty() ? null : iso, parent.isEmpty() ? null : parent,
          claimants, controller.isEmpty() ? null : controller, status, since.isEmpty() ? null : Integer.valueOf(since));
      return new Entry(place, row.where(), names, adjectives);
    }

    private static String checkedName(TsvTable.Row row, String what, String value) {
      if (value.startsWith("the ") || value.startsWith("The ")) {
        throw row.error(what + " '" + value + "' starts with an article; write it without, and set the article column");
      }
      return value;
    }

    Gazetteer build() {
      ImmutableMap.Builder<String, Place> places = ImmutableMap.builder();
      for (Entry entry : entries.values()) {
        String parent = entry.place().parent();
        if (parent != null && !COUNTRY.matcher(parent).matches() && !entries.containsKey(parent)) {
          throw new LexiconException(entry.where() + ": parent '" + parent + "' is not the id of a place in the gazetteer");
        }
        places.put(entry.place().id(), entry.place());
      }
      PhraseMatcher.Builder<Name> names = PhraseMatcher.builder(false);
      for (Entry entry : entries.values()) {
        String id = entry.place().id();
        for (String name : entry.names()) {
          if (owners.get(name).id().equals(id)) {
            names.add(name, new Name(entry.place(), false));
          }
        }
        for (String adjective : entry.adjectives()) {
          if (owners.get(adjective).id().equals(id)) {
            names.add(adjective, new Name(entry.place(), true));
          }
        }
      }
      return new Gazetteer(places.buildOrThrow(), names.build());
    }
  }
}
