package org.demarche.annotators.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.demarche.core.Demand;
import org.demarche.core.DemandType;
import org.demarche.core.Layer;
import org.demarche.core.Polarity;
import org.demarche.core.Quote;
import org.demarche.core.lexicon.LexiconException;
import org.demarche.core.testing.LayerConformanceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConditionalDemandAnnotatorTest extends LayerConformanceTest {

  @Override
  protected Layer layer() {
    return Layer.DEMANDS;
  }

  @Override
  protected List<String> texts() {
    return List.of(
        "Azerbaijan will reopen the border crossing only if Armenian troops leave the two villages.",
        "Serbia would suspend all talks with Pristina unless the Kosovo government withdraws its police from the north.",
        "Israel threatened to expand its operation if Hamas did not release the remaining hostages.");
  }

  private Demand only(String text) {
    List<Demand> demands = pipeline().annotate(text).demands();
    assertEquals(1, demands.size(), () -> "in: " + text + " found " + demands);
    return demands.get(0);
  }

  @Test
  void conditionConsequenceConnectiveAndPartiesAreSeparated() {
    Demand demand = only("Azerbaijan will reopen the border crossing only if Armenian troops leave the two villages.");
    assertEquals("only if", demand.connective());
    assertEquals("Armenian troops leave the two villages", demand.condition().text());
    assertEquals("Azerbaijan will reopen the border crossing", demand.consequence().text());
    assertEquals("AZE", demand.demander().code());
    assertEquals("ARMMIL", demand.addressee().code());
    assertEquals(DemandType.OFFER, demand.type());
    assertEquals("WITHDRAWAL", demand.category());
  }

  @Test
  void aNegatedConditionIsAThreatAndANegatedOfferARefusal() {
    Demand threat = only("Israel threatened to expand its operation if Hamas did not release the remaining hostages.");
    assertEquals(Polarity.NEGATIVE, threat.polarity());
    assertEquals(DemandType.THREAT, threat.type());
    assertEquals("RELEASE", threat.category());
    Demand refusal = only("Belgrade would not resume talks until Pristina withdrew its special police units.");
    assertEquals(DemandType.REFUSAL, refusal.type());
    assertEquals("until", refusal.connective());
  }

  @Test
  void theConnectiveOrTheConditionTellsAnOfferFromAThreat() {
    assertEquals(DemandType.OFFER, only("Serbia would pull its gendarmes back from the line provided that Kosovo "
        + "disbands the new checkpoints.").type(), "a reward: granted on compliance");
    assertEquals(DemandType.THREAT, only("Should Pyongyang drag out the talks again, Seoul will resume the "
        + "loudspeaker broadcasts and the drills.").type(), "resuming a harm");
    assertEquals(DemandType.THREAT, only("If Venezuelan troops cross the river, Guyana will ask the Security "
        + "Council to meet.").type(), "the condition names a hostile act");
    assertEquals(DemandType.REFUSAL, only("Moscow said there would be no prisoner exchange until Kyiv returned the bodies "
        + "of the fallen soldiers.").type(), "'no' negates the consequence");
    assertEquals(DemandType.THREAT, only("Ankara must halt the drilling near the island; otherwise Athens would "
        + "block the customs union talks.").type());
    assertEquals(DemandType.REFUSAL, only("Vienna said it would veto the accession talks as long as Ankara kept "
        + "its warships near the island.").type(), "a refusing verb refuses");
    assertEquals(DemandType.THREAT, only("If Azerbaijan resumes the shelling, there will be no second round of "
        + "talks, Armenia's foreign minister said.").type(), "withholding something in answer to a harm");
    assertEquals(DemandType.THREAT, only("Should Tehran deny the inspectors access again, Washington will have no "
        + "choice but to refer the file to the Security Council.").type(), "'no choice but' commits, it does not negate");
    assertEquals(DemandType.THREAT, only("Ankara said its troops would stay on the island as long as the Greek "
        + "Cypriot side rejected a two-state settlement.").type(), "staying while the other side defies");
    assertEquals(DemandType.REFUSAL, only("Georgia's foreign minister said Tbilisi will not return to the Geneva talks "
        + "as long as Russian soldiers keep moving the line.").type(), "not ... as long as refuses");
  }

  @Test
  void refusingBlockingAndOnceTheTaggerCallsAnAdverb() {
    assertEquals(DemandType.REFUSAL, only("Israel's defence minister said Israeli forces would not leave the summit "
        + "until Damascus accepted a demilitarised south.").type(), "'not ... until' refuses whatever the verb");
    assertEquals(DemandType.THREAT, only("An adviser to Iran's supreme leader warned that Iran would block the route "
        + "unless Washington dropped its plan.").type(), "blocking acts against the addressee");
    Demand once = only("The spokeswoman added that Beijing would open a trading post on the border once Thimphu "
        + "agreed to establish diplomatic relations.");
    assertEquals("once", once.connective());
    assertEquals("BTNGOV", once.addressee().code());
  }

  @Test
  void anOtherwiseAfterReportedSpeechDemandsWhatWasSaidNotTheReporter() {
    Demand demand = only("The Philippine foreign secretary, Maria Santos, said Beijing must lift its blockade within a "
        + "week; otherwise Manila will take the matter to an international tribunal.");
    assertEquals("Beijing must lift its blockade within a week", demand.condition().text());
    assertEquals("CHNGOV", demand.addressee().code());
    assertEquals(DemandType.THREAT, demand.type());
    Quote said = pipeline().annotate("The Philippine foreign secretary, Maria Santos, said Beijing must lift its "
        + "blockade within a week; otherwise Manila will take the matter to an international tribunal.").quotes().get(0);
    assertTrue(said.text().endsWith("international tribunal"), "the threat after 'otherwise' is still what was said: " + said);
  }

  @Test
  void aConditionHungOnAWordInsideTheConsequenceStillMakesADemand() {
    Demand demand = only("Ukraine's foreign minister said Kyiv would hand over every soldier it holds provided that "
        + "Moscow frees the sailors.");
    assertEquals("Kyiv would hand over every soldier it holds", demand.consequence().text());
    assertEquals("RUSGOV", demand.addressee().code());
  }

  @Test
  void theAddresseeMayBeNamedAnywhereInTheCondition() {
    Demand demand = only("Caracas was ready to release the oil tankers in exchange for the lifting of US sanctions "
        + "on its state oil company.");
    assertEquals("VENGOV", demand.demander().code());
    assertEquals("USA", demand.addressee().code());
    assertEquals(DemandType.OFFER, demand.type());
  }

  @Test
  void anUltimatumSurvivesFaceReadAsANoun() {
    Demand ultimatum = only("The Houthis told shipping firms to halt all calls at Israeli ports or face renewed "
        + "attacks in the Red Sea.");
    assertEquals("YEMREB", ultimatum.demander().code());
    assertEquals(DemandType.THREAT, ultimatum.type());
  }

  @Test
  void everyShapeOfConnectiveIsFound() {
    assertEquals("in exchange for", only("Moscow was ready to free the two sailors in exchange for Kyiv "
        + "releasing the crew of the tanker.").connective());
    assertEquals("should", only("Should Tehran deny the inspectors access again, Washington will push for new sanctions.")
        .connective());
    Demand ultimatum = only("Washington told Caracas to withdraw its troops from the border or face new sanctions.");
    assertEquals("or", ultimatum.connective());
    assertEquals(DemandType.THREAT, ultimatum.type());
    assertEquals("not until", only("Not until Abu Dhabi withdraws its claim will Tehran discuss the islands.").connective());
  }

  @Test
  void conditionalsThatDemandNothingAreNotDemands() {
    for (String text : List.of(
        "The final will be postponed if heavy rain continues through Sunday, the organisers said.",
        "Even if the EU made it a condition, Hungary would still block the package.",
        "The summit was postponed until 9 November.",
        "Will Cairo open the crossing if Israeli tanks roll into Rafah?",
        "Oil prices could climb if shipping through the strait stays disrupted, analysts said.")) {
      assertEquals(List.of(), pipeline().annotate(text).demands(), text);
    }
  }

  @Test
  void codesAreGivenForTheDemandAndTheResponse() {
    Demand demand = only("Serbia would suspend all talks with Pristina unless the Kosovo government withdraws its police from the north.");
    assertEquals(DemandType.THREAT, demand.type());
    assertNotNull(demand.demandCameo());
    assertEquals("134", demand.responseCameo());
  }

  @Test
  void lexiconsAreValidatedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("responses.tsv");
    Files.writeString(bad, "lemma\ttype\tcameo\nblockade\tTHREAT\tsoon\n", StandardCharsets.UTF_8);
    Properties properties = new Properties();
    properties.setProperty("demands.extraLexicons", bad.toString());
    LexiconException error = assertThrows(LexiconException.class, () -> new ConditionalDemandAnnotator("demands", properties));
    assertEquals(bad + ":2: cameo soon is not a CAMEO event code (two to four digits)", error.getMessage());
    Properties unknown = new Properties();
    unknown.setProperty("demands.lexicons", "x");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ConditionalDemandAnnotator("demands", unknown))
        .getMessage().startsWith("unknown option demands.lexicons"));
  }
}
