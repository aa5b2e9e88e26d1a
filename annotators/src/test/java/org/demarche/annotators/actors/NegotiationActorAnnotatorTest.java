package org.demarche.annotators.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.Layer;
import org.demarche.core.lexicon.LexiconException;
import org.demarche.core.testing.LayerConformanceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NegotiationActorAnnotatorTest extends LayerConformanceTest {

  @Override
  protected Layer layer() {
    return Layer.ACTORS;
  }

  @Override
  protected List<String> texts() {
    return List.of(
        "Moscow rejected the proposal on Monday, while Ukrainian troops held their positions near the river.",
        "US President Donald Trump said special envoy Steve Witkoff would travel to Moscow. Witkoff declined to comment.",
        "NATO and the European Union urged Azerbaijani and Armenian negotiators to resume talks in Vienna.");
  }

  private Map<String, String> codes(String text) {
    return pipeline().annotate(text).actors().stream()
        .collect(Collectors.toMap(ActorMention::text, ActorMention::code, (a, b) -> a + "," + b));
  }

  @Test
  void aCapitalThatActsIsTheGovernmentAndOneThatOnlyNamesAPlaceIsALocation() {
    List<ActorMention> actors =
        pipeline().annotate("Moscow rejected the plan, and Beijing said it would send an envoy to Moscow next week.").actors();
    assertEquals(List.of("Moscow RUSGOV GOVERNMENT", "Beijing CHNGOV GOVERNMENT", "Moscow RUS LOCATION"),
        actors.stream().map(a -> a.text() + " " + a.code() + " " + a.kind()).toList());
    List<ActorMention> inKyiv = pipeline().annotate("The minister flew to Kyiv for talks in Kyiv's government quarter.").actors();
    assertTrue(inKyiv.stream().noneMatch(actor -> actor.text().equals("Kyiv") && actor.kind() == ActorKind.GOVERNMENT), inKyiv::toString);
  }

  @Test
  void officeHoldersCarryTheirTitleAndLaterMentionsByNameResolveToThem() {
    String text = "Pakistan's Foreign Minister Ishaq Dar met Ali Hassan Rahimi, Afghanistan's new envoy. "
        + "The talks went well, Dar said, and Afghan Interior Minister Kamal Nouri agreed. Nouri left early.";
    List<ActorMention> actors = pipeline().annotate(text).actors();
    ActorMention dar = actors.stream().filter(a -> a.text().equals("Pakistan's Foreign Minister Ishaq Dar")).findFirst().orElseThrow();
    assertEquals("PAKGOV", dar.code());
    assertEquals(ActorKind.PERSON, dar.kind());
    ActorMention laterDar = actors.stream().filter(a -> a.text().equals("Dar")).findFirst().orElseThrow();
    assertEquals(dar.actorId(), laterDar.actorId());
    ActorMention nouri = actors.stream().filter(a -> a.text().equals("Afghan Interior Minister Kamal Nouri")).findFirst().orElseThrow();
    assertEquals("AFGGOV", nouri.code(), "a person the lexicon does not know, introduced with country and role");
    assertEquals(nouri.actorId(), actors.stream().filter(a -> a.text().equals("Nouri")).findFirst().orElseThrow().actorId());
  }

  @Test
  void groupsTakeTheirRoleFromTheNounAndCoordinatedAdjectivesEachGetOne() {
    Map<String, String> codes = codes("A plan drafted by American and Russian officials was sent to Kyiv's troops and the Ukrainian government.");
    assertEquals("USAGOV", codes.get("American"));
    assertEquals("RUSGOV", codes.get("Russian officials"));
    assertEquals("UKRMIL", codes.get("Kyiv's troops"));
    assertEquals("UKRGOV", codes.get("the Ukrainian government"));
  }

  @Test
  void peoplesAndBreakawayRegionsWithinAStateHaveTheirOwnAuthoritiesAndForces() {
    Map<String, String> codes = codes("Tigrayan forces pulled back, and the Abkhaz leader said Abkhazia would not sign "
        + "unless Tbilisi dropped its claim. Rohingya refugees waited at the border.");
    assertEquals("ETHREB", codes.get("Tigrayan forces"), codes::toString);
    assertEquals("GEOREB", codes.get("the Abkhaz leader"), codes::toString);
    assertEquals("GEOREB", codes.get("Abkhazia"), "a breakaway region acting is its authorities: " + codes);
    assertEquals("GEOGOV", codes.get("Tbilisi"), "the subject after 'unless' acts: " + codes);
    assertEquals("MMRREF", codes.get("Rohingya refugees"), codes::toString);
    Map<String, String> places = codes("Fighting went on in Tigray, and the railway through Abkhazia stayed closed.");
    assertTrue(places.isEmpty(), "regions named as places are no actors: " + places);
  }

  @Test
  void aCapitalBeforeAVerbTheTaggerReadsAsANounIsStillTheSubject() {
    Map<String, String> acting = codes("Peace will come once Kyiv stops drone strikes, and the deal holds only if "
        + "Ankara hands the town back.");
    assertEquals("UKRGOV", acting.get("Kyiv"), acting::toString);
    assertEquals("TURGOV", acting.get("Ankara"), acting::toString);
    assertEquals("RUS", codes("Moscow talks collapsed on Monday.").get("Moscow"), "a modifier, not the government");
  }

  @Test
  void definiteNounsReferBackToTheBodyTheyNameAndLegislaturesByTheirOwnNames() {
    List<ActorMention> actors = pipeline().annotate("The UN Security Council met on Monday. After a long debate the "
        + "council voted to extend the mandate, and the Knesset and Congress both objected.").actors();
    Map<String, String> codes = actors.stream().collect(Collectors.toMap(ActorMention::text, ActorMention::code, (a, b) -> a));
    assertEquals("UNSC", codes.get("the council"), codes::toString);
    assertEquals("ISRLEG", codes.get("the Knesset"), codes::toString);
    assertEquals("USALEG", codes.get("Congress"), codes::toString);
    Map<String, String> led = codes("China began drills around the island after a visit by American lawmakers led by "
        + "Representative Jane Doyle.");
    assertTrue(led.get("Representative Jane Doyle").startsWith("USA"), "the country in the title's own phrase: " + led);
  }

  @Test
  void aPossessivePronounGivesDelegationsAndForcesTheirOwner() {
    Map<String, String> codes = codes("Hamas said its fighters would stay. Army chief Abdel Fattah al-Burhan sent "
        + "a general to lead his delegation, and his Egyptian counterpart Commodore Adel Farouk agreed.");
    assertEquals("PSEREB", codes.get("its fighters"), codes::toString);
    assertEquals("SDNGOV", codes.get("his delegation"), codes::toString);
    assertTrue(codes.getOrDefault("his Egyptian counterpart Commodore Adel Farouk", "").startsWith("EGY"), codes::toString);
    assertFalse(codes("Troops stayed on its side of the border.").containsKey("its side"), "a side of a border is a place");
  }

  @Test
  void aBodyNamedBeforeOwnsItsSpokesman() {
    Map<String, String> codes = codes("The European Commission froze the funds in 2022. Commission spokesman Pieter "
        + "Vos said Budapest had not met the conditions.");
    assertEquals("EU", codes.get("Commission spokesman Pieter Vos"), codes::toString);
  }

  @Test
  void aKnownSurnameInsideALongerUnknownNameIsSomeoneElse() {
    Map<String, String> codes = codes("Hamas spokesman Abbas Nasser Hamdan rejected the plan, and Abbas welcomed it.");
    assertEquals("PSEREB", codes.get("Hamas spokesman Abbas Nasser Hamdan"), codes::toString);
    assertEquals("PSEGOV", codes.get("Abbas"), "alone, the surname is still the known person: " + codes);
  }

  @Test
  void organisationsAndNamesInsideOtherNamesAreTold() {
    Map<String, String> codes = codes("The UN Security Council met as the Washington Post reported that the IAEA had left Iran.");
    assertEquals("UNSC", codes.get("The UN Security Council"));
    assertEquals("IAEA", codes.get("the IAEA"));
    assertEquals("IRN", codes.get("Iran"));
    assertFalse(codes.containsKey("Washington"), "Washington inside the Washington Post is not an actor: " + codes);
  }

  @Test
  void usersAddLexiconsWithoutRecompiling(@TempDir Path dir) throws Exception {
    Path people = dir.resolve("people.tsv");
    Files.writeString(people, "name\taliases\tcode\toffice\tfrom\tto\nZarina Volkova\tVolkova\tKAZGOV\tEnvoy of Kazakhstan\t2025\t\n",
        StandardCharsets.UTF_8);
    DemarchePipeline pipeline = DemarchePipeline.builder().layers(Layer.ACTORS)
        .option("actors.extraLexicons", people.toString()).build();
    List<ActorMention> actors = pipeline.annotate("Zarina Volkova arrived on Tuesday.").actors();
    assertEquals("KAZGOV", actors.get(0).code());

    Path broken = dir.resolve("broken.tsv");
    Files.writeString(broken, "name\taliases\tcode\toffice\tfrom\tto\nSomeone\t\tKAZGOV\tEnvoy\tlast year\t\n", StandardCharsets.UTF_8);
    Properties properties = new Properties();
    properties.setProperty("actors.extraLexicons", broken.toString());
    LexiconException error = assertThrows(LexiconException.class, () -> new NegotiationActorAnnotator("actors", properties));
    assertEquals(broken + ":2: from and to are years (four digits) or empty", error.getMessage());
  }

  @Test
  void anUnknownOptionIsAnError() {
    Properties properties = new Properties();
    properties.setProperty("actors.extraLexicon", "x.tsv");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new NegotiationActorAnnotator("actors", properties));
    assertTrue(error.getMessage().startsWith("unknown option actors.extraLexicon"), error.getMessage());
  }
}
