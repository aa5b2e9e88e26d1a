package org.demarche.core.brat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Demarche's documents in brat standoff, in the annotation scheme of {@code annotation.conf}
 * (shipped with the gold corpus). Writing and reading are lossless: {@code read(write(d))} equals
 * {@code d}.
 *
 * <h2>The scheme</h2>
 * <ul>
 *   <li>Entities: {@code Actor}, {@code Territory}, {@code Quote}, {@code Demand}, and their parts
 *       {@code Cue}, {@code Condition}, {@code Consequence}; {@code Party} for a party another layer
 *       refers to that is not itself an actor mention.
 *   <li>Attributes: {@code ActorKind}, {@code Role}, {@code Country}, {@code Metonym} (binary);
 *       {@code TerritoryKind}, {@code Status}; {@code QuoteKind}; {@code DemandType}, {@code
 *       Polarity}, {@code Connective} (spaces written as {@code _}), {@code Category}.
 *   <li>Relations: {@code Speaker} and {@code HasCue} (from a quote), {@code Demander}, {@code
 *       Addressee}, {@code HasCondition} and {@code HasConsequence} (from a demand), {@code Modifier}
 *       (from a descriptive territory to a party its modifier names).
 *   <li>Normalizations: {@code CAMEO:CODE} for an actor's or party's code (its text the canonical
 *       name), {@code Actor:ID} for the document-level actor, {@code Place:ID}, {@code ISO3166-2:CODE},
 *       {@code Claimant:CODE}, {@code Controller:CODE}, {@code CAMEO-Demand:CODE}, {@code
 *       CAMEO-Response:CODE}, and {@code Name:NAME} for a party's name when it has no code.
 *   <li>A note holds, as JSON, what has no span in the text: a party resolved without a mention.
 * </ul>
 * Keys of normalizations are percent-encoded where they hold spaces or other reserved characters.
 */
public final class BratStandoff {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BratStandoff() {}

  /** The {@code .ann} content for a document. */
  public static String write(AnnotatedDocument document) {
    return new Writer(document).file().format(document.text());
  }

  /** Reads a document from its text and {@code .ann} content. */
  public static AnnotatedDocument read(@Nullable String source, String text, String ann) {
    String name = source == null ? "<ann>" : source;
    return new Reader(name, text, StandoffFile.parse(name, ann, text)).document(source);
  }

  // ---- writing

  private static final class Writer {
    private final AnnotatedDocument document;
    private final StandoffFile.Builder out = new StandoffFile.Builder();
    private final Map<ActorMention, String> actorIds = new HashMap<>();

    Writer(AnnotatedDocument document) {
      this.document = document;
    }

    StandoffFile file() {
      for (ActorMention actor : document.actors()) {
        String id = out.textBound("Actor", actor.span());
        actorIds.putIfAbsent(actor, id);
        out.attribute("ActorKind", id, actor.kind().name());
        if (actor.role() != null) {
          out.attribute("Role", id, actor.role().name());
        }
        if (actor.country() != null) {
          out.attribute("Country", id, Escapes.key(actor.country()));
        }
        if (actor.metonym()) {
          out.attribute("Metonym", id, null);
        }
        out.normalization(id, "CAMEO", Escapes.key(actor.code()), Escapes.text(actor.name()));
        out.normalization(id, "Actor", Escapes.key(actor.actorId()), Escapes.text(actor.name()));
      }
      for (TerritoryMention territory : document.territories()) {
        String id = out.textBound("Territory", territory.span());
        out.attribute("TerritoryKind", id, territory.kind().name());
        if (territory.status() != null) {
          out.attribute("Status", id, Escapes.key(territory.status()));
        }
        if (territory.placeId() != null) {
          out.normalization(id, "Place", Escapes.key(territory.placeId()), Escapes.text(Objects.toString(territory.name(), "")));
        } else if (territory.name() != null) {
          out.normalization(id, "Name", Escapes.key(territory.name()), Escapes.text(territory.name()));
        }
        if (territory.iso3166_2() != null) {
          out.normalization(id, "ISO3166-2", Escapes.key(territory.iso3166_2()), "");
        }
        for (String claimant : territory.claimants()) {
          out.normalization(id, "Claimant", Escapes.key(claimant), "");
        }
        if (territory.controller() != null) {
          out.normalization(id, "Controller", Escapes.key(territory.controller()), "");
        }
        ObjectNode unplaced = JSON.createObjectNode();
        int index = 0;
        for (ActorRef ref : territory.actors()) {
          refer(id, "Modifier", ref, unplaced, "modifier" + index++);
        }
        noteUnplaced(id, unplaced);
      }
      for (Quote quote : document.quotes()) {
        String id = out.textBound("Quote", quote.span());
        out.attribute("QuoteKind", id, quote.kind().name());
        ObjectNode unplaced = JSON.createObjectNode();
        if (quote.cueSpan() != null && Objects.equals(quote.cue(), quote.cueSpan().coveredText(document.text()))) {
          out.relation("HasCue", id, out.textBound("Cue", quote.cueSpan()));
        } else if (quote.cue() != null || quote.cueSpan() != null) {
          unplaced.put("cue", quote.cue());
          if (quote.cueSpan() != null) {
            unplaced.put("cueBegin", quote.cueSpan().begin()).put("cueEnd", quote.cueSpan().end());
          }
        }
        if (quote.speaker() != null) {
          refer(id, "Speaker", quote.speaker(), unplaced, "speaker");
        }
        noteUnplaced(id, unplaced);
      }
      for (Demand demand : document.demands()) {
        String id = out.textBound("Demand", demand.span());
        out.attribute("DemandType", id, demand.type().name());
        out.attribute("Polarity", id, demand.polarity().name());
        out.attribute("Connective", id, Escapes.key(demand.connective().replace(' ', '_')));
        if (demand.category() != null) {
          out.attribute("Category", id, Escapes.key(demand.category()));
        }
        if (demand.demandCameo() != null) {
          out.normalization(id, "CAMEO-Demand", Escapes.key(demand.demandCameo()), "");
        }
        if (demand.responseCameo() != null) {
          out.normalization(id, "CAMEO-Response", Escapes.key(demand.responseCameo()), "");
        }
        out.relation("HasCondition", id, out.textBound("Condition", demand.condition().span()));
        out.relation("HasConsequence", id, out.textBound("Consequence", demand.consequence().span()));
        ObjectNode unplaced = JSON.createObjectNode();
        if (demand.demander() != null) {
          refer(id, "Demander", demand.demander(), unplaced, "demander");
        }
        if (demand.addressee() != null) {
          refer(id, "Addressee", demand.addressee(), unplaced, "addressee");
        }
        noteUnplaced(id, unplaced);
      }
      return out.build();
    }

    /** Relates {@code from} to the party: an actor mention that is the same ref, or a new Party span. */
    private void refer(String from, String relation, ActorRef ref, ObjectNode unplaced, String key) {
      if (ref.span() == null) {
        ObjectNode node = unplaced.putObject(key);
        node.put("text", ref.text()).put("code", ref.code()).put("name", ref.name());
        return;
      }
      for (ActorMention actor : document.actors()) {
        if (actor.toRef().equals(ref)) {
          out.relation(relation, from, actorIds.get(actor));
          return;
        }
      }
      String party = out.textBound("Party", ref.span());
      if (ref.code() != null) {
        out.normalization(party, "CAMEO", Escapes.key(ref.code()), Escapes.text(Objects.toString(ref.name(), "")));
      }
      if (ref.name() != null) {
        out.normalization(party, "Name", Escapes.key(ref.name()), Escapes.text(ref.name()));
      }
      out.relation(relation, from, party);
    }

    private void noteUnplaced(String target, ObjectNode unplaced) {
      if (!unplaced.isEmpty()) {
        out.note(target, unplaced.toString());
      }
    }
  }

  // ---- reading

  private static final class Reader {
    private final String name;
    private final String text;
    private final StandoffFile file;
    private final Map<String, StandoffFile.TextBound> byId = new HashMap<>();

    Reader(String name, String text, StandoffFile file) {
      this.name = name;
      this.text = text;
      this.file = file;
      file.textBounds().forEach(textBound -> byId.put(textBound.id(), textBound));
    }

    AnnotatedDocument document(@Nullable String source) {
      List<ActorMention> actors = new ArrayList<>();
      List<TerritoryMention> territories = new ArrayList<>();
      List<Quote> quotes = new ArrayList<>();
      List<Demand> demands = new ArrayList<>();
      for (StandoffFile.TextBound entity : file.textBounds()) {
        switch (entity.type()) {
          case "Actor" -> actors.add(actor(entity));
          case "Territory" -> territories.add(territory(entity));
          case "Quote" -> quotes.add(quote(entity));
          case "Demand" -> demands.add(demand(entity));
          case "Cue", "Condition", "Consequence", "Party" -> { }
          default -> throw new StandoffException(name + ": " + entity.id() + " has the unknown type " + entity.type());
        }
      }
      return new AnnotatedDocument(source, text, actors, territories, demands, quotes);
    }

    private ActorMention actor(StandoffFile.TextBound entity) {
      String id = entity.id();
      StandoffFile.Normalization cameo = required(id, normalization(id, "CAMEO"), "a CAMEO:CODE normalization");
      String role = attribute(id, "Role");
      return new ActorMention(
          entity.span(),
          entity.span().coveredText(text),
          Escapes.unkey(cameo.key()),
          Escapes.unkeyNullable(attribute(id, "Country")),
          role == null ? null : enumValue(id, ActorRole.class, role),
          enumValue(id, ActorKind.class, required(id, attribute(id, "ActorKind"), "an ActorKind attribute")),
          Escapes.untext(cameo.text()),
          hasAttribute(id, "Metonym"),
          Escapes.unkey(required(id, normalization(id, "Actor"), "an Actor:ID normalization").key()));
    }

    private TerritoryMention territory(StandoffFile.TextBound entity) {
      String id = entity.id();
      StandoffFile.Normalization place = normalization(id, "Place");
      StandoffFile.Normalization placeName = normalization(id, "Name");
      StandoffFile.Normalization iso = normalization(id, "ISO3166-2");
      StandoffFile.Normalization controller = normalization(id, "Controller");
      List<String> claimants = new ArrayList<>();
      for (StandoffFile.Normalization normalization : file.normalizations(id, "Claimant")) {
        claimants.add(Escapes.unkey(normalization.key()));
      }
      JsonNode unplaced = unplaced(id);
      List<ActorRef> placed = new ArrayList<>();
      for (StandoffFile.Relation relation : file.relations()) {
        if (relation.arg1().equals(id) && relation.type().equals("Modifier")) {
          placed.add(ref(relation.arg2()));
        }
      }
      // Unplaced parties are noted with their position among all of the modifier's parties.
      List<ActorRef> refs = new ArrayList<>();
      java.util.Iterator<ActorRef> nextPlaced = placed.iterator();
      for (int i = 0; nextPlaced.hasNext() || unplaced.has("modifier" + i); i++) {
        refs.add(unplaced.has("modifier" + i) ? unplacedRef(unplaced.get("modifier" + i)) : nextPlaced.next());
      }
      String name = place != null ? emptyToNull(Escapes.untext(place.text()))
          : placeName != null ? Escapes.untext(placeName.text()) : null;
      return new TerritoryMention(
          entity.span(),
          entity.span().coveredText(text),
          enumValue(id, TerritoryKind.class, required(id, attribute(id, "TerritoryKind"), "a TerritoryKind attribute")),
          place == null ? null : Escapes.unkey(place.key()),
          name,
          iso == null ? null : Escapes.unkey(iso.key()),
          claimants,
          controller == null ? null : Escapes.unkey(controller.key()),
          Escapes.unkeyNullable(attribute(id, "Status")),
          refs);
    }

    private Quote quote(StandoffFile.TextBound entity) {
      String id = entity.id();
      JsonNode unplaced = unplaced(id);
      String cueId = related(id, "HasCue");
      String cue = null;
      Span cueSpan = null;
      if (cueId != null) {
        cueSpan = byId.get(cueId).span();
        cue = cueSpan.coveredText(text);
      } else if (unplaced.has("cue") || unplaced.has("cueBegin")) {
        cue = unplaced.path("cue").isTextual() ? unplaced.get("cue").textValue() : null;
        cueSpan = unplaced.has("cueBegin") ? Span.of(unplaced.get("cueBegin").intValue(), unplaced.get("cueEnd").intValue()) : null;
      }
      String speakerId = related(id, "Speaker");
      ActorRef speaker = speakerId != null ? ref(speakerId) : unplaced.has("speaker") ? unplacedRef(unplaced.get("speaker")) : null;
      return new Quote(entity.span(), entity.span().coveredText(text),
          enumValue(id, QuoteKind.class, required(id, attribute(id, "QuoteKind"), "a QuoteKind attribute")),
          speaker, cue, cueSpan);
    }

    private Demand demand(StandoffFile.TextBound entity) {
      String id = entity.id();
      JsonNode unplaced = unplaced(id);
      StandoffFile.Normalization demandCameo = normalization(id, "CAMEO-Demand");
      StandoffFile.Normalization responseCameo = normalization(id, "CAMEO-Response");
      return new Demand(
          entity.span(),
          entity.span().coveredText(text),
          Escapes.unkey(required(id, attribute(id, "Connective"), "a Connective attribute")).replace('_', ' '),
          enumValue(id, DemandType.class, required(id, attribute(id, "DemandType"), "a DemandType attribute")),
          clause(id, "HasCondition"),
          clause(id, "HasConsequence"),
          party(id, "Demander", unplaced, "demander"),
          party(id, "Addressee", unplaced, "addressee"),
          enumValue(id, Polarity.class, required(id, attribute(id, "Polarity"), "a Polarity attribute")),
          Escapes.unkeyNullable(attribute(id, "Category")),
          demandCameo == null ? null : Escapes.unkey(demandCameo.key()),
          responseCameo == null ? null : Escapes.unkey(responseCameo.key()));
    }

    private @Nullable ActorRef party(String id, String relation, JsonNode unplaced, String key) {
      String target = related(id, relation);
      if (target != null) {
        return ref(target);
      }
      return unplaced.has(key) ? unplacedRef(unplaced.get(key)) : null;
    }

    private Clause clause(String demandId, String relation) {
      String target = required(demandId, related(demandId, relation), "a " + relation + " relation");
      Span span = byId.get(target).span();
      return new Clause(span, span.coveredText(text));
    }

    private ActorRef ref(String id) {
      StandoffFile.TextBound entity = byId.get(id);
      StandoffFile.Normalization cameo = normalization(id, "CAMEO");
      StandoffFile.Normalization partyName = normalization(id, "Name");
      String refName = entity.type().equals("Actor")
          ? Escapes.untext(required(id, cameo, "a CAMEO normalization").text())
          : partyName == null ? null : Escapes.untext(partyName.text());
      return new ActorRef(entity.span().coveredText(text), entity.span(),
          cameo == null ? null : Escapes.unkey(cameo.key()), refName);
    }

    private static ActorRef unplacedRef(JsonNode node) {
      return new ActorRef(node.path("text").asText(""),
          null,
          node.path("code").isTextual() ? node.get("code").textValue() : null,
          node.path("name").isTextual() ? node.get("name").textValue() : null);
    }

    private JsonNode unplaced(String id) {
      for (StandoffFile.Note note : file.notes()) {
        if (note.target().equals(id) && note.text().startsWith("{")) {
          try {
            return JSON.readTree(note.text());
          } catch (JsonProcessingException e) {
            throw new StandoffException(name + ": note " + note.id() + " on " + id + " is not JSON");
          }
        }
      }
      return JSON.createObjectNode();
    }

    private @Nullable String related(String from, String type) {
      return file.related(from, type);
    }

    private @Nullable String attribute(String target, String type) {
      return file.attributeValue(target, type);
    }

    private boolean hasAttribute(String target, String type) {
      return file.hasAttribute(target, type);
    }

    private StandoffFile.@Nullable Normalization normalization(String target, String resource) {
      return file.normalization(target, resource);
    }

    private <T> T required(String id, @Nullable T value, String what) {
      if (value == null) {
        throw new StandoffException(name + ": " + id + " lacks " + what);
      }
      return value;
    }

    private <E extends Enum<E>> E enumValue(String id, Class<E> type, String value) {
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw new StandoffException(name + ": " + id + " has the unknown " + type.getSimpleName() + " " + value);
      }
    }

    private static @Nullable String emptyToNull(String value) {
      return value.isEmpty() ? null : value;
    }
  }

  /** Percent-encoding for keys and attribute values, backslash escapes for free text. */
  static final class Escapes {
    private Escapes() {}

    static String key(String value) {
      StringBuilder out = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '%' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
            || Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20) {
          out.append('%').append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.length() == 0 ? "%" : out.toString();
    }

    static String unkey(String value) {
      if (value.equals("%")) {
        return "";
      }
      StringBuilder out = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '%' && i + 5 <= value.length()) {
          out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }

    static @Nullable String unkeyNullable(@Nullable String value) {
      return value == null ? null : unkey(value);
    }

    static String text(String value) {
      return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String untext(String value) {
      StringBuilder out = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\' && i + 1 < value.length()) {
          char next = value.charAt(++i);
          out.append(switch (next) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> next;
          });
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }
}
