package org.demarche.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRef;
import org.demarche.core.ActorRole;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.Clause;
import org.demarche.core.Demand;
import org.demarche.core.DemandType;
import org.demarche.core.Polarity;
import org.demarche.core.Quote;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

  private static final String TEXT = "Ankara will reopen the crossing only if Yerevan signs, the minister said.";

  private static AnnotatedDocument example() {
    ActorMention ankara = new ActorMention(Span.of(0, 6), "Ankara", "TURGOV", "TUR", ActorRole.GOV,
        ActorKind.GOVERNMENT, "Turkey", true, "TURGOV/Turkey");
    ActorMention yerevan = new ActorMention(Span.of(40, 47), "Yerevan", "ARMGOV", "ARM", ActorRole.GOV,
        ActorKind.GOVERNMENT, "Armenia", true, "ARMGOV/Armenia");
    Demand demand = new Demand(Span.of(0, 53), TEXT.substring(0, 53), "only if", DemandType.OFFER,
        new Clause(Span.of(40, 53), "Yerevan signs"), new Clause(Span.of(0, 30), TEXT.substring(0, 30)),
        new ActorRef("the minister", Span.of(55, 67), "TURGOV", null), yerevan.toRef(), Polarity.POSITIVE,
        "AGREEMENT", "1011", "036");
    Quote quote = new Quote(Span.of(0, 53), TEXT.substring(0, 53), QuoteKind.UNMARKED,
        new ActorRef("the minister", Span.of(55, 67), "TURGOV", null), "said", Span.of(68, 72));
    return new AnnotatedDocument("talks.txt", TEXT, List.of(ankara, yerevan), List.of(), List.of(demand), List.of(quote));
  }

  @Test
  void writesTheFieldsOfTheWireContract() throws Exception {
    JsonNode json = new ObjectMapper().readTree(DocumentJson.toJson(example()));
    assertEquals("talks.txt", json.get("source").asText());
    assertEquals(TEXT, json.get("text").asText());
    JsonNode actor = json.get("actors").get(1);
    assertEquals(40, actor.get("begin").asInt());
    assertEquals(47, actor.get("end").asInt());
    assertEquals("Yerevan", actor.get("text").asText());
    assertEquals("ARMGOV", actor.get("code").asText());
    assertTrue(json.get("territories").isArray());
    JsonNode demand = json.get("demands").get(0);
    assertEquals("only if", demand.get("connective").asText());
    assertEquals("OFFER", demand.get("type").asText());
    assertEquals("ARMGOV", demand.get("addressee").get("code").asText());
    assertEquals("Yerevan signs", demand.get("condition").get("text").asText());
    JsonNode quote = json.get("quotes").get(0);
    assertEquals("UNMARKED", quote.get("kind").asText());
    assertEquals("the minister", quote.get("speaker").get("text").asText());
    assertEquals("said", quote.get("cue").asText());
  }

  @Test
  void missingOptionalFieldsReadAsNull() {
    String json = "{\"text\":\"Kyiv\",\"actors\":[{\"begin\":0,\"end\":4,\"text\":\"Kyiv\",\"code\":\"UKRGOV\","
        + "\"kind\":\"GOVERNMENT\",\"name\":\"Ukraine\",\"metonym\":true,\"actor\":\"UKRGOV\"}]}";
    AnnotatedDocument document = DocumentJson.fromJson(json);
    assertEquals(null, document.source());
    assertEquals(null, document.actors().get(0).role());
    assertTrue(document.quotes().isEmpty());
  }

  @Test
  void errorsNameThePathOfTheFault() {
    String badCode = "{\"text\":\"Kyiv\",\"actors\":[{\"begin\":0,\"end\":4,\"text\":\"Kyiv\",\"code\":7}]}";
    DocumentJsonException wrongType = assertThrows(DocumentJsonException.class, () -> DocumentJson.fromJson(badCode));
    assertTrue(wrongType.getMessage().startsWith("actors[0].code"), wrongType.getMessage());

    String badKind = "{\"text\":\"x\",\"quotes\":[{\"begin\":0,\"end\":1,\"text\":\"x\",\"kind\":\"SHOUTED\"}]}";
    DocumentJsonException unknown = assertThrows(DocumentJsonException.class, () -> DocumentJson.fromJson(badKind));
    assertTrue(unknown.getMessage().contains("quotes[0].kind: unknown value SHOUTED"), unknown.getMessage());

    String wrongText = "{\"text\":\"Kyiv\",\"actors\":[{\"begin\":0,\"end\":3,\"text\":\"Kyiv\",\"code\":\"UKR\","
        + "\"kind\":\"STATE\",\"name\":\"Ukraine\",\"metonym\":false,\"actor\":\"UKR\"}]}";
    DocumentJsonException inconsistent = assertThrows(DocumentJsonException.class, () -> DocumentJson.fromJson(wrongText));
    assertTrue(inconsistent.getMessage().contains("does not match"), inconsistent.getMessage());

    DocumentJsonException notJson = assertThrows(DocumentJsonException.class, () -> DocumentJson.fromJson("{\"text\":"));
    assertTrue(notJson.getMessage().startsWith("not JSON"), notJson.getMessage());
  }

  @Test
  void errorRecordsCarryTheSourceAndTheReason() throws Exception {
    JsonNode json = new ObjectMapper().readTree(DocumentJson.errorRecord("a \"b\".txt", "no such file"));
    assertEquals("a \"b\".txt", json.get("source").asText());
    assertEquals("no such file", json.get("error").asText());
  }
}
