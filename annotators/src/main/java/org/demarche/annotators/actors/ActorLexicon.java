package org.demarche.annotators.actors;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorRole;
import org.demarche.core.lexicon.LexiconException;
import org.demarche.core.lexicon.PhraseMatcher;
import org.demarche.core.lexicon.TsvTable;
import org.jspecify.annotations.Nullable;

/**
 * The actor lexicons (see {@code annotators/LEXICONS.md}): states, regions, seats of government,
 * organisations, people and titles, loaded once, validated, and compiled into two phrase matchers:
 * names (case-sensitive) and titles and role nouns (case-insensitive).
 *
 * <p>Users add files through the annotator's {@code extraLexicons} option; a file's kind is known by
 * its header, and its entries are added to the bundled ones (a person or phrase given again takes
 * the user's values first).
 *
 * <h2>Thread safety</h2>
 * Immutable; loaded lexicons are cached per list of extra files and shared.
 */
public final class ActorLexicon {

  /** What a name in the text can stand for. */
  sealed interface Entry permits State, Adjective, Demonym, Seat, Organization, Person {
    /** The actor code the entry stands for (country, region or organisation code). */
    String code();
  }

  /** A state or region named as such. */
  record State(String code, String name, boolean region) implements Entry {}

  /**
   * A nationality or regional adjective: "Russian", "European"; or the adjective of a people or
   * province within one state ("Tigrayan", "Abkhaz"), coded by that state, whose own authorities
   * and forces take {@code authorityRole} (rebels for a breakaway region) instead of GOV and MIL.
   */
  record Adjective(String code, String name, boolean region, @Nullable ActorRole authorityRole) implements Entry {}

  /** A demonym noun: "Russians", "Europeans"; {@code authorityRole} as for {@link Adjective}. */
  record Demonym(String code, String name, boolean region, @Nullable ActorRole authorityRole) implements Entry {}

  /** A capital, other seat or building that stands for a government, force or organisation. */
  record Seat(String code, @Nullable ActorRole role, String type, String name) implements Entry {}

  /** An international organisation or a non-state party. */
  record Organization(String code, String name, ActorKind kind, @Nullable String country) implements Entry {}

  /** A known office holder. */
  record Person(String code, String name, String office) implements Entry {}

  /**
   * How a title or role noun names its actor. ORGANIZATION nouns ("the bloc", "the agency") have no
   * role and only ever refer back to an organisation named before.
   */
  enum TitleKind { PERSON, GOVERNMENT, MILITARY, GROUP, ORGANIZATION }

  /** A title or role noun: "foreign minister", "troops". */
  record Title(String phrase, @Nullable ActorRole role, TitleKind kind) {}

  static final List<String> COUNTRY_COLUMNS = List.of("code", "name", "article", "aliases", "adjectives", "people");
  static final List<String> GROUP_COLUMNS = List.of("country", "group", "role", "names", "adjectives", "people");
  static final List<String> SEAT_COLUMNS = List.of("alias", "article", "code", "role", "type");
  static final List<String> ORGANIZATION_COLUMNS = List.of("code", "name", "article", "aliases", "kind", "country");
  static final List<String> PEOPLE_COLUMNS = List.of("name", "aliases", "code", "office", "from", "to");
  static final List<String> TITLE_COLUMNS = List.of("phrase", "role", "kind");

  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern ORGANIZATION_CODE = Pattern.compile("[A-Z][A-Z0-9+&-]*");
  private static final ImmutableSet<String> SEAT_TYPES = ImmutableSet.of("CAPITAL", "CITY", "BUILDING");
  /** The seat type of a region's name from the groups lexicon: it stands for the region's authorities. */
  static final String REGION_SEAT = "REGION";
  private static final Map<List<Path>, ActorLexicon> CACHE = new ConcurrentHashMap<>();

  private final PhraseMatcher<Entry> names;
  private final PhraseMatcher<Title> titles;
  private final ImmutableMap<String, String> countryNames;
  private final ImmutableSet<String> regionCodes;
  private final ImmutableSet<String> articleNames;
  private final ImmutableMap<String, ImmutableList<List<String>>> seatsByFirstWord;
  private final ImmutableMap<String, Person> peopleBySurname;

  private ActorLexicon(Builder builder) {
    builder.finish();
    this.names = builder.names.build();
    this.titles = builder.titles.build();
    this.countryNames = ImmutableMap.copyOf(builder.countryNames);
    this.regionCodes = ImmutableSet.copyOf(builder.regionCodes);
    this.articleNames = ImmutableSet.copyOf(builder.articleNames);
    Map<String, List<List<String>>> seats = new LinkedHashMap<>();
    for (List<String> words : builder.seatNames) {
      seats.computeIfAbsent(words.get(0), first -> new ArrayList<>()).add(words);
    }
    ImmutableMap.Builder<String, ImmutableList<List<String>>> index = ImmutableMap.builder();
    seats.forEach((first, names) -> index.put(first, ImmutableList.copyOf(names)));
    this.seatsByFirstWord = index.buildOrThrow();
    this.peopleBySurname = ImmutableMap.copyOf(builder.peopleBySurname());
  }

  /**
   * The known person whose surname this is, when exactly one side's person has it: after a title
   * ("President Omar El Bashir") a surname is strong evidence even where the spelling of the rest
   * differs from the lexicon's.
   */
  @Nullable Person personBySurname(String surname) {
    return peopleBySurname.get(Builder.surnameKey(surname));
  }

  /**
   * The length in tokens of the seat name that starts at token {@code start} of these words, or 0.
   * A cheap test by whitespace-separated words, for picking the sentences that need a parse.
   */
  int seatAt(List<String> words, int start) {
    List<List<String>> names = seatsByFirstWord.get(words.get(start));
    if (names == null) {
      return 0;
    }
    for (List<String> name : names) {
      if (start + name.size() <= words.size() && words.subList(start, start + name.size()).equals(name)) {
        return name.size();
      }
    }
    return 0;
  }

  /** The bundled lexicons plus the user's files, loaded once per list of files. */
  static ActorLexicon load(List<Path> extraFiles) {
    return CACHE.computeIfAbsent(ImmutableList.copyOf(extraFiles), ActorLexicon::build);
  }

  private static ActorLexicon build(List<Path> extraFiles) {
    Builder builder = new Builder();
    builder.countries(TsvTable.readResource(ActorLexicon.class, "countries.tsv", COUNTRY_COLUMNS), false);
    builder.countries(TsvTable.readResource(ActorLexicon.class, "regions.tsv", COUNTRY_COLUMNS), true);
    builder.groups(TsvTable.readResource(ActorLexicon.class, "groups.tsv", GROUP_COLUMNS));
    builder.seats(TsvTable.readResource(ActorLexicon.class, "seats.tsv", SEAT_COLUMNS));
    builder.organizations(TsvTable.readResource(ActorLexicon.class, "organizations.tsv", ORGANIZATION_COLUMNS));
    builder.people(TsvTable.readResource(ActorLexicon.class, "people.tsv", PEOPLE_COLUMNS), false);
    builder.titles(TsvTable.readResource(ActorLexicon.class, "titles.tsv", TITLE_COLUMNS));
    for (Path file : extraFiles) {
      TsvTable table = TsvTable.read(file, List.of());
      if (table.hasColumns(COUNTRY_COLUMNS)) {
        builder.countries(table, false);
      } else if (table.hasColumns(GROUP_COLUMNS)) {
        builder.groups(table);
      } else if (table.hasColumns(SEAT_COLUMNS)) {
        builder.seats(table);
      } else if (table.hasColumns(ORGANIZATION_COLUMNS)) {
        builder.organizations(table);
      } else if (table.hasColumns(PEOPLE_COLUMNS)) {
        builder.people(table, true);
      } else if (table.hasColumns(TITLE_COLUMNS)) {
        builder.titles(table);
      } else {
        throw new LexiconException(file + ":1: not an actor lexicon; its header must be one of: "
            + String.join(" | ", List.of(String.join(",", COUNTRY_COLUMNS), String.join(",", GROUP_COLUMNS),
                String.join(",", SEAT_COLUMNS),
                String.join(",", ORGANIZATION_COLUMNS), String.join(",", PEOPLE_COLUMNS), String.join(",", TITLE_COLUMNS))));
      }
    }
    return new ActorLexicon(builder);
  }

  /** Names of states, regions, seats, organisations and people. */
  PhraseMatcher<Entry> names() {
    return names;
  }

  /** Titles and role nouns. */
  PhraseMatcher<Title> titles() {
    return titles;
  }

  /** The canonical name of a country or region code, or null. */
  @Nullable String countryName(String code) {
    return countryNames.get(code);
  }

  /** True for a known state code (not a region or organisation). */
  boolean isCountry(String code) {
    return countryNames.containsKey(code) && !regionCodes.contains(code);
  }

  boolean isRegion(String code) {
    return regionCodes.contains(code);
  }

  /** True when the name is normally written with "the" ("the United States", "the Kremlin"). */
  boolean takesArticle(String name) {
    return articleNames.contains(name);
  }

  /** Splits a code into its country (or region) part and role, when it has that shape. */
  @Nullable CodeParts parse(String code) {
    if (code.length() >= 3 && countryNames.containsKey(code.substring(0, 3))) {
      String rest = code.substring(3);
      if (rest.isEmpty()) {
        return new CodeParts(code, null);
      }
      for (ActorRole role : ActorRole.values()) {
        if (role.name().equals(rest)) {
          return new CodeParts(code.substring(0, 3), role);
        }
      }
    }
    return null;
  }

  /** A code's country (or region) and role. */
  record CodeParts(String country, @Nullable ActorRole role) {}

  /** Collects and validates entries. */
  private static final class Builder {
    private final PhraseMatcher.Builder<Entry> names = PhraseMatcher.builder(false);
    private final PhraseMatcher.Builder<Title> titles = PhraseMatcher.builder(true);
    private final Map<String, String> countryNames = new LinkedHashMap<>();
    private final List<String> regionCodes = new ArrayList<>();
    private final List<String> articleNames = new ArrayList<>();
    private final List<List<String>> seatNames = new ArrayList<>();
    private final Map<String, List<Person>> peopleByAlias = new LinkedHashMap<>();
    private final Map<String, Title> titlesByPhrase = new LinkedHashMap<>();

    void countries(TsvTable table, boolean regions) {
      for (TsvTable.Row row : table.rows()) {
        String code = row.required("code");
        if (!COUNTRY_CODE.matcher(code).matches()) {
          throw row.error("code " + code + " is not three upper-case letters");
        }
        String name = row.required("name");
        countryNames.putIfAbsent(code, name);
        if (regions) {
          regionCodes.add(code);
        }
        boolean article = article(row);
        State state = new State(code, name, regions);
        add(names, name, state, article);
        for (String alias : row.list("aliases")) {
          add(names, alias, state, article || alias.startsWith("United ") || isAcronym(alias));
        }
        for (String adjective : row.list("adjectives")) {
          names.add(adjective, new Adjective(code, name, regions, null));
        }
        for (String demonym : row.list("people")) {
          names.add(demonym, new Demonym(code, name, regions, null));
        }
      }
    }

    /**
     * Peoples and provinces within one state, after the states they belong to. Their names act
     * like seats of government: "Abkhazia would not ..." is its authorities, "in Abkhazia" a place.
     */
    void groups(TsvTable table) {
      for (TsvTable.Row row : table.rows()) {
        String country = row.required("country");
        if (!countryNames.containsKey(country) || regionCodes.contains(country)) {
          throw row.error("country " + country + " is not a state in countries.tsv");
        }
        String group = row.required("group");
        ActorRole role = optionalRole(row, row.required("role"));
        List<String> names = row.list("names");
        List<String> adjectives = row.list("adjectives");
        List<String> people = row.list("people");
        if (names.isEmpty() && adjectives.isEmpty() && people.isEmpty()) {
          throw row.error("group " + group + " has no names, adjectives or people: nothing would match");
        }
        for (String name : names) {
          add(this.names, name, new Seat(country, role, REGION_SEAT, group), false);
          seatNames.add(List.of(name.split("\\s+")));
        }
        for (String adjective : adjectives) {
          this.names.add(adjective, new Adjective(country, group, false, role));
        }
        for (String demonym : people) {
          this.names.add(demonym, new Demonym(country, group, false, role));
        }
      }
    }

    void seats(TsvTable table) {
      for (TsvTable.Row row : table.rows()) {
        String alias = row.required("alias");
        String code = row.required("code");
        String type = row.required("type");
        if (!SEAT_TYPES.contains(type)) {
          throw row.error("type " + type + " is not one of " + SEAT_TYPES);
        }
        ActorRole role = optionalRole(row, row.get("role"));
        if (role != null && !countryNames.containsKey(code)) {
          throw row.error("seat code " + code + " is not a country in countries.tsv");
        }
        add(names, alias, new Seat(code, role, type, alias), article(row));
        seatNames.add(List.of(alias.split("\\s+")));
      }
    }

    void organizations(TsvTable table) {
      for (TsvTable.Row row : table.rows()) {
        String code = row.required("code");
        if (!ORGANIZATION_CODE.matcher(code).matches()) {
          throw row.error("organisation code " + code + " is not an acronym in upper case");
        }
        String kindName = row.required("kind");
        ActorKind kind;
        if (kindName.equals("ORGANIZATION")) {
          kind = ActorKind.ORGANIZATION;
        } else if (kindName.equals("GROUP")) {
          kind = ActorKind.GROUP;
        } else {
          throw row.error("kind " + kindName + " is not ORGANIZATION or GROUP");
        }
        String country = row.get("country");
        if (!country.isEmpty() && !countryNames.containsKey(country)) {
          throw row.error("country " + country + " is not in countries.tsv");
        }
        Organization organization = new Organization(code, row.required("name"), kind, country.isEmpty() ? null : country);
        boolean article = article(row);
        add(names, organization.name(), organization, article);
        for (String alias : row.list("aliases")) {
          add(names, alias, organization, article);
        }
      }
    }

    void people(TsvTable table, boolean user) {
      Map<String, List<Person>> fromThisTable = new LinkedHashMap<>();
      for (TsvTable.Row row : table.rows()) {
        String name = row.required("name");
        String code = row.required("code");
        if (!ORGANIZATION_CODE.matcher(code).matches()) {
          throw row.error("code " + code + " is not an actor code in upper case");
        }
        String from = row.get("from");
        String to = row.get("to");
        if (!from.isEmpty() && !from.matches("\\d{4}") || !to.isEmpty() && !to.matches("\\d{4}")) {
          throw row.error("from and to are years (four digits) or empty");
        }
        Person person = new Person(code, name, row.get("office"));
        List<String> aliases = new ArrayList<>(row.list("aliases"));
        aliases.add(0, name);
        for (String alias : aliases) {
          fromThisTable.computeIfAbsent(alias, key -> new ArrayList<>()).add(person);
        }
      }
      // A user's file overrides the bundled people of the same name.
      fromThisTable.forEach((alias, people) -> {
        if (user) {
          peopleByAlias.put(alias, people);
        } else {
          peopleByAlias.computeIfAbsent(alias, key -> new ArrayList<>()).addAll(people);
        }
      });
    }

    /** Surnames (the last word of a name, without an al-/el- prefix) of exactly one side's people. */
    Map<String, Person> peopleBySurname() {
      Map<String, Person> bySurname = new LinkedHashMap<>();
      Map<String, String> codes = new LinkedHashMap<>();
      peopleByAlias.forEach((alias, people) -> {
        for (Person person : people) {
          String[] words = person.name().split("\\s+");
          if (words.length < 2) {
            continue;
          }
          String key = surnameKey(words[words.length - 1]);
          String previous = codes.putIfAbsent(key, person.code());
          if (previous == null) {
            bySurname.put(key, person);
          } else if (!previous.equals(person.code())) {
            bySurname.remove(key);
            codes.put(key, "");
          }
        }
      });
      return bySurname;
    }

    static String surnameKey(String surname) {
      String lower = surname.toLowerCase(Locale.ROOT);
      for (String prefix : List.of("al-", "el-", "al ", "el ")) {
        if (lower.startsWith(prefix)) {
          return lower.substring(prefix.length());
        }
      }
      return lower;
    }

    /** Adds the collected people and titles to the matchers. */
    void finish() {
      peopleByAlias.forEach((alias, people) -> {
        // A name two people of different sides share cannot tell them apart: it is left out.
        if (people.stream().map(Person::code).distinct().count() == 1) {
          names.add(alias, people.get(0));
        }
      });
      titlesByPhrase.values().forEach(title -> titles.add(title.phrase(), title));
    }

    void titles(TsvTable table) {
      for (TsvTable.Row row : table.rows()) {
        String phrase = row.required("phrase");
        if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
          throw row.error("title " + phrase + " is not in lower case");
        }
        TitleKind kind;
        try {
          kind = TitleKind.valueOf(row.required("kind"));
        } catch (IllegalArgumentException e) {
          throw row.error("kind " + row.get("kind") + " is not PERSON, GOVERNMENT, MILITARY, GROUP or ORGANIZATION");
        }
        ActorRole role = optionalRole(row, kind == TitleKind.ORGANIZATION ? row.get("role") : row.required("role"));
        titlesByPhrase.put(phrase, new Title(phrase, role, kind));
        if (kind == TitleKind.PERSON && !plural(phrase).equals(phrase)) {
          // "ministers", "spokesmen", "envoys": the plural of a person's title names a group.
          titlesByPhrase.putIfAbsent(plural(phrase), new Title(plural(phrase), role, TitleKind.GROUP));
        }
      }
    }

    /** The English plural of a title: the last word takes -s, -es, -ies or -men. */
    static String plural(String phrase) {
      int of = phrase.indexOf(" of ");
      if (of > 0) {
        // "heads of state", "ministers of foreign affairs": the noun before "of" takes the plural.
        return plural(phrase.substring(0, of)) + phrase.substring(of);
      }
      int space = phrase.lastIndexOf(' ');
      String head = phrase.substring(space + 1);
      if (head.endsWith("s")) {
        return phrase;
      }
      String plural;
      if (head.endsWith("man")) {
        plural = head.substring(0, head.length() - 3) + "men";
      } else if (head.endsWith("y") && head.length() > 1 && "aeiou".indexOf(head.charAt(head.length() - 2)) < 0) {
        plural = head.substring(0, head.length() - 1) + "ies";
      } else if (head.endsWith("x") || head.endsWith("ch") || head.endsWith("sh")) {
        plural = head + "es";
      } else if (head.endsWith(".")) {
        plural = head;
      } else {
        plural = head + "s";
      }
      return phrase.substring(0, space + 1) + plural;
    }

    private void add(PhraseMatcher.Builder<Entry> matcher, String name, Entry entry, boolean article) {
      matcher.add(name, entry);
      if (article) {
        articleNames.add(name);
      }
    }

    private static boolean article(TsvTable.Row row) {
      String article = row.get("article");
      if (!article.isEmpty() && !article.equals("the")) {
        throw row.error("article is 'the' or empty, not '" + article + "'");
      }
      return !article.isEmpty();
    }

    private static boolean isAcronym(String alias) {
      return alias.length() >= 2 && alias.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    private static @Nullable ActorRole optionalRole(TsvTable.Row row, String role) {
      if (role.isEmpty()) {
        return null;
      }
      try {
        return ActorRole.valueOf(role);
      } catch (IllegalArgumentException e) {
        throw row.error("role " + role + " is not one of GOV, MIL, LEG, JUD, REB, OPP, MED, COP, SPY, CVL, REF");
      }
    }
  }
}
