package org.demarche.annotators.territories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.demarche.core.ActorRef;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.Layer;
import org.demarche.core.TerritoryKind;
import org.demarche.core.TerritoryMention;
import org.demarche.core.lexicon.LexiconException;
import org.demarche.core.testing.LayerConformanceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerritorialReferenceAnnotatorTest extends LayerConformanceTest {

  private static final String HEADER =
      "id\tname\tarticle\taliases\tadjectives\tiso3166_2\tparent\tclaimants\tcontroller\tstatus\tsince\n";

  @Override
  protected Layer layer() {
    return Layer.TERRITORIES;
  }

  @Override
  protected List<String> texts() {
    return List.of(
        "Moscow has held the Crimean peninsula since 2014, and the Kremlin now says the Kherson and Zaporizhzhia "
            + "regions belong to Russia as well.",
        "Ukraine's negotiators refused to discuss territory claimed by Moscow. Kyiv will not give up the parts of "
            + "the Donetsk region it still controls, an adviser said on Friday.",
        "Chinese coast guard ships entered the disputed waters near Scarborough Shoal again, and Manila said the "
            + "reef lies inside the Philippines' exclusive economic zone.");
  }

  private List<TerritoryMention> territories(String text) {
    return pipeline().annotate(text).territories();
  }

  private static TerritoryMention withText(List<TerritoryMention> mentions, String text) {
    return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no territory '" + text + "' in " + mentions));
  }

  @Test
  void aNamedReferenceCoversItsNounPhraseAndCarriesTheGazetteerEntry() {
    List<TerritoryMention> mentions = territories(texts().get(0));
    TerritoryMention crimea = withText(mentions, "the Crimean peninsula");
    assertEquals(TerritoryKind.NAMED, crimea.kind());
    assertEquals("crimea", crimea.placeId());
    assertEquals("Crimea", crimea.name());
    assertEquals("UA-43", crimea.iso3166_2());
    assertEquals(List.of("UKR", "RUS"), crimea.claimants());
    assertEquals("RUS", crimea.controller());
    assertEquals("ANNEXED", crimea.status());
    TerritoryMention regions = withText(mentions, "the Kherson and Zaporizhzhia regions");
    assertEquals("kherson", regions.placeId(), "two names sharing one head noun are one reference");
  }

  @Test
  void landLeftOrRuledOnIsTerritoryEvenAfterAPartyOrACourt() {
    List<TerritoryMention> mentions = territories("Asmara said it would pull its troops out of Badme once the "
        + "commission ruled. Caracas rejected a ruling by the International Court of Justice on the Essequibo, and "
        + "Tokyo protested over waters that belong to Japan.");
    assertEquals("badme", withText(mentions, "Badme").placeId());
    assertEquals("essequibo", withText(mentions, "the Essequibo").placeId());
    assertEquals(TerritoryKind.DESCRIPTIVE, withText(mentions, "waters that belong to Japan").kind());
  }

  @Test
  void aliasesAndTransliterationsNameTheSamePlace() {
    List<TerritoryMention> mentions = territories(
        "Separatist commanders in Lugansk said on Monday that the war in the Donbass would go on. "
            + "Residents of Artsakh left in 2023, and shelling hit Zaporozhye again.");
    assertEquals("luhansk", withText(mentions, "Lugansk").placeId());
    assertEquals("donbas", withText(mentions, "the Donbass").placeId());
    assertEquals("nagorno-karabakh", withText(mentions, "Artsakh").placeId());
    assertEquals("zaporizhzhia", withText(mentions, "Zaporozhye").placeId());
  }

  @Test
  void aDescriptiveReferenceTakesItsClaimantFromTheModifier() {
    TerritoryMention claimed = withText(territories(texts().get(1)), "territory claimed by Moscow");
    assertEquals(TerritoryKind.DESCRIPTIVE, claimed.kind());
    assertNull(claimed.placeId());
    assertEquals(List.of("RUS"), claimed.claimants());
    assertEquals("CLAIMED", claimed.status());
    ActorRef moscow = claimed.actors().get(0);
    assertEquals("Moscow", moscow.text());
    assertEquals("RUSGOV", moscow.code());
  }

  @Test
  void aRelativeClauseBelongsToTheReferenceAndItsPronounIsResolved() {
    TerritoryMention held = withText(territories(texts().get(1)), "the parts of the Donetsk region it still controls");
    assertEquals(TerritoryKind.DESCRIPTIVE, held.kind());
    assertEquals("donetsk", held.placeId(), "a part of a named place is about that place");
    assertEquals("UKR", held.controller(), "'it' is Kyiv, named before it");
    assertEquals("CONTROLLED", held.status());
    assertEquals("it", held.actors().get(0).text());
  }

  @Test
  void modifiersBeforeTheNounStateClaimControlAndSovereignty() {
    List<TerritoryMention> mentions = territories(
        "Israeli troops remain in the occupied territories, while rebel-held areas of the east saw fighting. "
            + "The ministry said the islets were Japanese territory.");
    assertEquals("OCCUPIED", withText(mentions, "the occupied territories").status());
    assertEquals("CONTROLLED", withText(mentions, "rebel-held areas of the east").status());
    TerritoryMention japanese = withText(mentions, "Japanese territory");
    assertEquals(List.of("JPN"), japanese.claimants());
  }

  @Test
  void aPlaceNamedOnlyAsTheSceneOfAnEventOrActingAsAPartyIsNotAReference() {
    List<TerritoryMention> mentions = territories(
        "The foreign minister flew to Jerusalem for talks on Tuesday, and reporters in Gibraltar waited for news. "
            + "Taiwan said it would send a delegation.");
    assertTrue(mentions.isEmpty(), mentions::toString);
    List<TerritoryMention> around = territories("Chinese warships sailed around Taiwan for three days.");
    assertEquals("taiwan", withText(around, "Taiwan").placeId());
  }

  @Test
  void mentionsNeverOverlapAndComeInOrder() {
    for (String text : texts()) {
      List<TerritoryMention> mentions = territories(text);
      for (int i = 1; i < mentions.size(); i++) {
        assertTrue(mentions.get(i - 1).span().end() <= mentions.get(i).span().begin(), mentions::toString);
      }
    }
  }

  @Test
  void usersAddPlacesThroughAGazetteerOfTheirOwn(@TempDir Path dir) throws Exception {
    Path gazetteer = dir.resolve("my-places.tsv");
    Files.writeString(gazetteer, HEADER
        + "isla-nueva\tIsla Nueva\t\tNew Island\t\t\tCHL\tCHL|ARG\tCHL\tDISPUTED\t2024\n", StandardCharsets.UTF_8);
    DemarchePipeline pipeline = DemarchePipeline.builder().layers(Layer.TERRITORIES)
        .option("territories.extraGazetteers", gazetteer.toString()).build();
    TerritoryMention island = withText(
        pipeline.annotate("Argentina renewed its claim to New Island on Monday.").territories(), "New Island");
    assertEquals("isla-nueva", island.placeId());
    assertEquals("Isla Nueva", island.name());
    assertEquals(List.of("CHL", "ARG"), island.claimants());
  }

  @Test
  void aGazetteerErrorNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.tsv");
    Files.writeString(broken, HEADER
        + "# a comment line\n"
        + "isla-nueva\tIsla Nueva\t\t\t\t\tCHL\tCHL|ARG\tCHL\tTAKEN\t2024\n", StandardCharsets.UTF_8);
    LexiconException status = assertThrows(LexiconException.class, () -> annotatorWith(broken));
    assertTrue(status.getMessage().startsWith(broken + ":3: status 'TAKEN' is not one of"), status.getMessage());

    Files.writeString(broken, HEADER
        + "isla-nueva\tIsla Nueva\t\t\t\t\tCHL\tCHL|ARG\tCHL\tDISPUTED\t2024\n"
        + "isla-vieja\tIsla Vieja\t\tIsla Nueva\t\t\tCHL\tCHL\tCHL\tDISPUTED\t\n", StandardCharsets.UTF_8);
    LexiconException twice = assertThrows(LexiconException.class, () -> annotatorWith(broken));
    assertEquals(broken + ":3: the name 'Isla Nueva' already belongs to isla-nueva (" + broken + ":2)", twice.getMessage());

    Files.writeString(broken, "id\tname\n", StandardCharsets.UTF_8);
    LexiconException header = assertThrows(LexiconException.class, () -> annotatorWith(broken));
    assertTrue(header.getMessage().startsWith(broken + ":1: the header lacks the column"), header.getMessage());
  }

  private static TerritorialReferenceAnnotator annotatorWith(Path gazetteer) {
    Properties properties = new Properties();
    properties.setProperty("territories.extraGazetteers", gazetteer.toString());
    return new TerritorialReferenceAnnotator("territories", properties);
  }

  @Test
  void anUnknownOptionIsAnError() {
    Properties properties = new Properties();
    properties.setProperty("territories.extraGazeteers", "x.tsv");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new TerritorialReferenceAnnotator("territories", properties));
    assertTrue(error.getMessage().startsWith("unknown option territories.extraGazeteers"), error.getMessage());
  }

  @Test
  void theBundledGazetteerIsValidAndLargeEnough() {
    Gazetteer gazetteer = Gazetteer.load(List.of());
    assertTrue(gazetteer.places().size() >= 150, "places: " + gazetteer.places().size());
    for (String id : List.of("crimea", "donbas", "transnistria", "abkhazia", "south-ossetia", "nagorno-karabakh",
        "kosovo", "north-kosovo", "northern-cyprus", "golan-heights", "west-bank", "gaza-strip", "philadelphi-corridor",
        "east-jerusalem", "shebaa-farms", "jammu-and-kashmir", "aksai-chin", "line-of-control", "arunachal-pradesh",
        "taiwan", "kinmen", "matsu-islands", "spratly-islands", "paracel-islands", "scarborough-shoal",
        "second-thomas-shoal", "senkaku-islands", "kuril-islands", "dokdo", "falkland-islands", "gibraltar",
        "western-sahara", "essequibo", "abu-musa", "tunb-islands", "halaib-triangle", "abyei", "chagos-islands")) {
      assertTrue(gazetteer.place(id) != null, "the gazetteer lacks " + id);
    }
  }
}
