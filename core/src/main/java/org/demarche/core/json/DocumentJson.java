package org.demarche.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
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
import org.demarche.core.TerritoryKind;
import org.demarche.core.TerritoryMention;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link AnnotatedDocument}s as JSON in Demarche's wire contract, and reads them back.
 *
 * <p>The contract (see the README): one object per document with {@code source}, {@code text} and
 * the lists {@code actors}, {@code territories}, {@code demands} and {@code quotes}; every mention
 * has {@code begin}, {@code end} (Java {@code String} offsets, end exclusive) and {@code text}. Absent
 * values are written as {@code null}, so every object of a kind has the same fields. Reading accepts
 * a missing optional field as null and names the path of anything malformed.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe to share.
 */
public final class DocumentJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private DocumentJson() {}

  /** The document as one line of JSON (the JSON Lines form). */
  public static String toJson(AnnotatedDocument document) {
    StringWriter out = new StringWriter(document.text().length() * 2 + 256);
    write(document, out, false);
    return out.toString();
  }

  /** The document as indented JSON. */
  public static String toPrettyJson(AnnotatedDocument document) {
    StringWriter out = new StringWriter(document.text().length() * 2 + 256);
    write(document, out, true);
    return out.toString();
  }

  /** Writes the document to {@code out}, which is flushed but not closed. */
  public static void write(AnnotatedDocument document, Writer out, boolean pretty) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      writeDocument(json, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record a JSON Lines batch writes in place of a document that failed: {@code {"source":
   * ..., "error": ...}}.
   */
  public static String errorRecord(String source, String error) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeStringField("error", error);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Reads a document written by {@link #write}. */
  public static AnnotatedDocument fromJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DocumentJsonException("not JSON: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
    }
    if (root == null || !root.isObject()) {
      throw new DocumentJsonException("a document is a JSON object");
    }
    Reader in = new Reader(root, "");
    try {
      return new AnnotatedDocument(
          in.optionalString("source"),
          in.string("text"),
          in.list("actors", DocumentJson::readActor),
          in.list("territories", DocumentJson::readTerritory),
          in.list("demands", DocumentJson::readDemand),
          in.list("quotes", DocumentJson::readQuote));
    } catch (IllegalArgumentException | NullPointerException e) {
      if (e instanceof DocumentJsonException) {
        throw e;
      }
      throw new DocumentJsonException("inconsistent document: " + e.getMessage());
    }
  }

  // ---- writing

  private static void writeDocument(JsonGenerator json, AnnotatedDocument document) throws IOException {
    json.writeStartObject();
    writeNullableString(json, "source", document.source());
    json.writeStringField("text", document.text());
    json.writeArrayFieldStart("actors");
    for (ActorMention actor : document.actors()) {
      json.writeStartObject();
      writeSpan(json, actor.span(), actor.text());
      json.writeStringField("code", actor.code());
      writeNullableString(json, "country", actor.country());
      writeNullableString(json, "role", actor.role() == null ? null : actor.role().name());
      json.writeStringField("kind", actor.kind().name());
      json.writeStringField("name", actor.name());
      json.writeBooleanField("metonym", actor.metonym());
      json.writeStringField("actor", actor.actorId());
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("territories");
    for (TerritoryMention territory : document.territories()) {
      json.writeStartObject();
      writeSpan(json, territory.span(), territory.text());
      json.writeStringField("kind", territory.kind().name());
      writeNullableString(json, "place", territory.placeId());
      writeNullableString(json, "name", territory.name());
      writeNullableString(json, "iso3166_2", territory.iso3166_2());
      json.writeArrayFieldStart("claimants");
      for (String claimant : territory.claimants()) {
        json.writeString(claimant);
      }
      json.writeEndArray();
      writeNullableString(json, "controller", territory.controller());
      writeNullableString(json, "status", territory.status());
      json.writeArrayFieldStart("actors");
      for (ActorRef ref : territory.actors()) {
        writeRef(json, ref);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("demands");
    for (Demand demand : document.demands()) {
      json.writeStartObject();
      writeSpan(json, demand.span(), demand.text());
      json.writeStringField("connective", demand.connective());
      json.writeStringField("type", demand.type().name());
      json.writeStringField("polarity", demand.polarity().name());
      json.writeFieldName("demander");
      writeNullableRef(json, demand.demander());
      json.writeFieldName("addressee");
      writeNullableRef(json, demand.addressee());
      json.writeFieldName("condition");
      writeClause(json, demand.condition());
      json.writeFieldName("consequence");
      writeClause(json, demand.consequence());
      writeNullableString(json, "category", demand.category());
      writeNullableString(json, "demandCameo", demand.demandCameo());
      writeNullableString(json, "responseCameo", demand.responseCameo());
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("quotes");
    for (Quote quote : document.quotes()) {
      json.writeStartObject();
      writeSpan(json, quote.span(), quote.text());
      json.writeStringField("kind", quote.kind().name());
      json.writeFieldName("speaker");
      writeNullableRef(json, quote.speaker());
      writeNullableString(json, "cue", quote.cue());
      writeNullableInt(json, "cueBegin", quote.cueSpan() == null ? null : quote.cueSpan().begin());
      writeNullableInt(json, "cueEnd", quote.cueSpan() == null ? null : quote.cueSpan().end());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeSpan(JsonGenerator json, Span span, String text) throws IOException {
    json.writeNumberField("begin", span.begin());
    json.writeNumberField("end", span.end());
    json.writeStringField("text", text);
  }

  private static void writeClause(JsonGenerator json, Clause clause) throws IOException {
    json.writeStartObject();
    writeSpan(json, clause.span(), clause.text());
    json.writeEndObject();
  }

  private static void writeNullableRef(JsonGenerator json, @Nullable ActorRef ref) throws IOException {
    if (ref == null) {
      json.writeNull();
    } else {
      writeRef(json, ref);
    }
  }

  private static void writeRef(JsonGenerator json, ActorRef ref) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", ref.text());
    writeNullableInt(json, "begin", ref.span() == null ? null : ref.span().begin());
    writeNullableInt(json, "end", ref.span() == null ? null : ref.span().end());
    writeNullableString(json, "code", ref.code());
    writeNullableString(json, "name", ref.name());
    json.writeEndObject();
  }

  private static void writeNullableString(JsonGenerator json, String field, @Nullable String value) throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, value);
    }
  }

  private static void writeNullableInt(JsonGenerator json, String field, @Nullable Integer value) throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, value);
    }
  }

  // ---- reading

  private static ActorMention readActor(Reader in) {
    String role = in.optionalString("role");
    return new ActorMention(
        in.span(),
        in.string("text"),
        in.string("code"),
        in.optionalString("country"),
        role == null ? null : in.enumValue(ActorRole.class, "role", role),
        in.enumValue(ActorKind.class, "kind", in.string("kind")),
        in.string("name"),
        in.bool("metonym"),
        in.string("actor"));
  }

  private static TerritoryMention readTerritory(Reader in) {
    return new TerritoryMention(
        in.span(),
        in.string("text"),
        in.enumValue(TerritoryKind.class, "kind", in.string("kind")),
        in.optionalString("place"),
        in.optionalString("name"),
        in.optionalString("iso3166_2"),
        in.strings("claimants"),
        in.optionalString("controller"),
        in.optionalString("status"),
        in.list("actors", DocumentJson::readRef));
  }

  private static Demand readDemand(Reader in) {
    return new Demand(
        in.span(),
        in.string("text"),
        in.string("connective"),
        in.enumValue(DemandType.class, "type", in.string("type")),
        readClause(in.object("condition")),
        readClause(in.object("consequence")),
        in.optionalObject("demander", DocumentJson::readRef),
        in.optionalObject("addressee", DocumentJson::readRef),
        in.enumValue(Polarity.class, "polarity", in.string("polarity")),
        in.optionalString("category"),
        in.optionalString("demandCameo"),
        in.optionalString("responseCameo"));
  }

  private static Quote readQuote(Reader in) {
    Integer cueBegin = in.optionalInt("cueBegin");
    Integer cueEnd = in.optionalInt("cueEnd");
    Span cueSpan = cueBegin == null || cueEnd == null ? null : in.makeSpan(cueBegin, cueEnd);
    return new Quote(
        in.span(),
        in.string("text"),
        in.enumValue(QuoteKind.class, "kind", in.string("kind")),
        in.optionalObject("speaker", DocumentJson::readRef),
        in.optionalString("cue"),
        cueSpan);
  }

  private static Clause readClause(Reader in) {
    return new Clause(in.span(), in.string("text"));
  }

  private static ActorRef readRef(Reader in) {
    Integer begin = in.optionalInt("begin");
    Integer end = in.optionalInt("end");
    return new ActorRef(
        in.string("text"),
        begin == null || end == null ? null : in.makeSpan(begin, end),
        in.optionalString("code"),
        in.optionalString("name"));
  }

  /** Reads fields of one JSON object, naming the path in every error. */
  private static final class Reader {
    private final JsonNode node;
    private final String path;

    Reader(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    private String at(String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    private @Nullable JsonNode field(String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? null : value;
    }

    String string(String field) {
      JsonNode value = field(field);
      if (value == null) {
        throw new DocumentJsonException(at(field) + ": missing");
      }
      if (!value.isTextual()) {
        throw new DocumentJsonException(at(field) + ": expected a string, found " + value.getNodeType());
      }
      return value.textValue();
    }

    @Nullable String optionalString(String field) {
      return field(field) == null ? null : string(field);
    }

    boolean bool(String field) {
      JsonNode value = field(field);
      if (value == null || !value.isBoolean()) {
        throw new DocumentJsonException(at(field) + ": expected true or false");
      }
      return value.booleanValue();
    }

    int integer(String field) {
      JsonNode value = field(field);
      if (value == null) {
        throw new DocumentJsonException(at(field) + ": missing");
      }
      if (!value.canConvertToInt() || !value.isIntegralNumber()) {
        throw new DocumentJsonException(at(field) + ": expected an integer, found " + value);
      }
      return value.intValue();
    }

    @Nullable Integer optionalInt(String field) {
      return field(field) == null ? null : integer(field);
    }

    Span span() {
      return makeSpan(integer("begin"), integer("end"));
    }

    Span makeSpan(int begin, int end) {
      if (begin < 0 || end < begin) {
        throw new DocumentJsonException((path.isEmpty() ? "" : path + ": ") + "invalid span " + begin + ".." + end);
      }
      return new Span(begin, end);
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw new DocumentJsonException(at(field) + ": unknown value " + value);
      }
    }

    Reader object(String field) {
      JsonNode value = field(field);
      if (value == null || !value.isObject()) {
        throw new DocumentJsonException(at(field) + ": expected an object");
      }
      return new Reader(value, at(field));
    }

    <T> @Nullable T optionalObject(String field, Function<Reader, T> read) {
      return field(field) == null ? null : read.apply(object(field));
    }

    <T> List<T> list(String field, Function<Reader, T> read) {
      return elements(field, (element, elementPath) -> {
        if (!element.isObject()) {
          throw new DocumentJsonException(elementPath + ": expected an object");
        }
        return read.apply(new Reader(element, elementPath));
      });
    }

    List<String> strings(String field) {
      return elements(field, (element, elementPath) -> {
        if (!element.isTextual()) {
          throw new DocumentJsonException(elementPath + ": expected a string");
        }
        return element.textValue();
      });
    }

    private <T> List<T> elements(String field, BiFunction<JsonNode, String, T> read) {
      JsonNode value = field(field);
      if (value == null) {
        return List.of();
      }
      if (!value.isArray()) {
        throw new DocumentJsonException(at(field) + ": expected an array");
      }
      List<T> out = new ArrayList<>(value.size());
      for (int i = 0; i < value.size(); i++) {
        out.add(read.apply(value.get(i), at(field) + "[" + i + "]"));
      }
      return out;
    }
  }
}
