package org.demarche.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.core.Layer;
import org.demarche.core.Span;
import org.demarche.core.brat.StandoffException;
import org.demarche.core.brat.StandoffFile;
import org.jspecify.annotations.Nullable;

/**
 * Gold annotations in brat standoff, in the same scheme as Demarche's own brat output (see {@link
 * org.demarche.core.brat.BratStandoff}) plus what gold needs: a binary {@code Optional} attribute,
 * several {@code CAMEO:CODE} normalizations on one actor for codes that are all accepted (the first
 * is the preferred one), and relations from quotes and demands to the mention of their speaker,
 * demander and addressee, whose codes and text are the gold values.
 *
 * <p>What the structure cannot say exactly (a speaker code with no mention in the text, alternative
 * connectives) is kept in a JSON note on the item, so that reading what was written gives back the
 * same gold items.
 */
public final class BratGold {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<Layer, String> ENTITY = Map.of(
      Layer.ACTORS, "Actor", Layer.TERRITORIES, "Territory", Layer.QUOTES, "Quote", Layer.DEMANDS, "Demand");

  private BratGold() {}

  /** Reads the gold items of a {@code .ann} file. */
  public static GoldDocument read(String name, String text, String ann) {
    StandoffFile file = StandoffFile.parse(name + ".ann", ann, text);
    return new Decoder(name, text, file).document();
  }

  /**
   * Writes gold items as a {@code .ann} file. Speaker, demander and addressee mentions are located
   * by their text, nearest to the item; a mention that is also an actor item with the same codes is
   * related to that item.
   */
  public static String write(GoldDocument document) {
    StandoffFile.Builder out = new StandoffFile.Builder();
    // Identity: two equal items (a duplicated gold line) are still two annotations.
    Map<GoldItem, String> ids = new java.util.IdentityHashMap<>();
    Map<Span, List<String>> actorsBySpan = new HashMap<>();
    for (GoldItem item : document.items()) {
      String id = out.textBound(ENTITY.get(item.layer()), item.span());
      ids.put(item, id);
      if (item.optional()) {
        out.attribute("Optional", id, null);
      }
      if (item.layer() == Layer.ACTORS) {
        actorsBySpan.computeIfAbsent(item.span(), span -> new ArrayList<>()).add(id);
      }
    }
    Encoder encoder = new Encoder(document, out, actorsBySpan, ids);
    for (GoldItem item : document.items()) {
      encoder.encode(item, ids.get(item));
    }
    StandoffFile structural = out.build();
    // Decode what the structure says, and note whatever differs from the item.
    Map<String, Map<String, String>> decoded = new Decoder(document.name(), document.text(), structural).attributesById();
    for (GoldItem item : document.items()) {
      String id = ids.get(item);
      Map<String, String> got = decoded.get(id);
      ObjectNode overrides = JSON.createObjectNode();
      for (Map.Entry<String, String> wanted : item.attributes().entrySet()) {
        if (!wanted.getValue().equals(got.get(wanted.getKey()))) {
          overrides.put(wanted.getKey(), wanted.getValue());
        }
      }
      for (String key : got.keySet()) {
        if (!item.attributes().containsKey(key)) {
          overrides.putNull(key);
        }
      }
      if (!overrides.isEmpty()) {
        out.note(id, overrides.toString());
      }
    }
    return out.build().format(document.text());
  }

  private static final class Encoder {
    private final GoldDocument document;
    private final StandoffFile.Builder out;
    private final Map<Span, List<String>> actorsBySpan;
    private final Map<String, List<String>> codesById = new HashMap<>();
    private final Map<Span, Map<String, String>> parties = new HashMap<>();

    Encoder(GoldDocument document, StandoffFile.Builder out, Map<Span, List<String>> actorsBySpan, Map<GoldItem, String> ids) {
      this.document = document;
      this.out = out;
      this.actorsBySpan = actorsBySpan;
      ids.forEach((item, id) -> {
        if (item.layer() == Layer.ACTORS) {
          codesById.put(id, codes(item.attribute(GoldItem.CODE)));
        }
      });
    }

    void encode(GoldItem item, String id) {
      switch (item.layer()) {
        case ACTORS -> codes(item.attribute(GoldItem.CODE)).forEach(code -> out.normalization(id, "CAMEO", code, ""));
        case TERRITORIES -> {
          attribute(id, "TerritoryKind", item.attribute(GoldItem.KIND));
          if (item.attribute(GoldItem.PLACE) != null && isKey(item.attribute(GoldItem.PLACE))) {
            out.normalization(id, "Place", item.attribute(GoldItem.PLACE), "");
          }
        }
        case QUOTES -> {
          attribute(id, "QuoteKind", item.attribute(GoldItem.KIND));
          party(item, id, "Speaker", GoldItem.SPEAKER, GoldItem.SPEAKER_TEXT);
          String cue = item.attribute(GoldItem.CUE);
          Span cueSpan = cue == null || cue.equals("-") ? null : locate(cue, item.span(), false);
          if (cueSpan != null) {
            out.relation("HasCue", id, out.textBound("Cue", cueSpan));
          }
        }
        case DEMANDS -> {
          attribute(id, "DemandType", item.attribute(GoldItem.TYPE));
          attribute(id, "Polarity", item.attribute(GoldItem.POLARITY));
          String connective = item.attribute(GoldItem.CONNECTIVE);
          if (connective != null && !connective.equals("-") && !connective.contains("/")) {
            attribute(id, "Connective", connective.replace(' ', '_'));
          }
          clause(item, id, "Condition", GoldItem.CONDITION);
          clause(item, id, "Consequence", GoldItem.CONSEQUENCE);
          party(item, id, "Demander", GoldItem.DEMANDER, GoldItem.DEMANDER_TEXT);
          party(item, id, "Addressee", GoldItem.ADDRESSEE, GoldItem.ADDRESSEE_TEXT);
        }
      }
    }

    private void attribute(String id, String type, @Nullable String value) {
      if (value != null && isKey(value)) {
        out.attribute(type, id, value);
      }
    }

    private void clause(GoldItem item, String id, String type, String key) {
      String value = item.attribute(key);
      Span span = value == null || value.equals("-") ? null : locate(value, item.span(), true);
      if (span != null) {
        out.relation("Has" + type, id, out.textBound(type, span));
      }
    }

    /** Relates the item to the mention of a party: an actor item with the same codes, or a new Party. */
    private void party(GoldItem item, String id, String relation, String codeKey, String textKey) {
      String text = item.attribute(textKey);
      if (text == null || text.equals("-") || text.isEmpty()) {
        return;
      }
      Span span = locate(text, item.span(), false);
      if (span == null) {
        return;
      }
      List<String> codes = codes(item.attribute(codeKey));
      for (String actorId : actorsBySpan.getOrDefault(span, List.of())) {
        if (codesById.get(actorId).equals(codes)) {
          out.relation(relation, id, actorId);
          return;
        }
      }
      String key = String.join("/", codes);
      String partyId = parties.computeIfAbsent(span, s -> new HashMap<>()).get(key);
      if (partyId == null) {
        partyId = out.textBound("Party", span);
        for (String code : codes) {
          out.normalization(partyId, "CAMEO", code, "");
        }
        parties.get(span).put(key, partyId);
      }
      out.relation(relation, id, partyId);
    }

    /**
     * The occurrence of {@code needle} nearest to {@code near}: inside it first when {@code inside},
     * otherwise outside it first, then anywhere.
     */
    private @Nullable Span locate(String needle, Span near, boolean inside) {
      String text = document.text();
      Span best = null;
      int bestScore = Integer.MAX_VALUE;
      for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        Span candidate = Span.of(at, at + needle.length());
        boolean within = near.contains(candidate);
        int distance = within ? 0 : Math.min(Math.abs(candidate.end() - near.begin()), Math.abs(candidate.begin() - near.end()));
        int score = distance + (within == inside ? 0 : 1_000_000);
        if (score < bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
      return best;
    }

    private static List<String> codes(@Nullable String value) {
      List<String> codes = new ArrayList<>();
      for (String code : GoldItem.alternatives(value)) {
        if (!code.equals("-") && isKey(code)) {
          codes.add(code);
        }
      }
      return codes;
    }
  }

  private static boolean isKey(String value) {
    return !value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '/');
  }

  private static final class Decoder {
    private final String name;
    private final String text;
    private final StandoffFile file;
    private final Map<String, StandoffFile.TextBound> byId = new LinkedHashMap<>();

    Decoder(String name, String text, StandoffFile file) {
      this.name = name;
      this.text = text;
      this.file = file;
      file.textBounds().forEach(textBound -> byId.put(textBound.id(), textBound));
    }

    GoldDocument document() {
      Map<String, Map<String, String>> attributes = attributesById();
      List<GoldItem> items = new ArrayList<>();
      for (StandoffFile.TextBound entity : file.textBounds()) {
        Layer layer = layerOf(entity.type());
        if (layer == null) {
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>(attributes.get(entity.id()));
        applyNote(entity.id(), values);
        boolean optional = file.hasAttribute(entity.id(), "Optional");
        items.add(new GoldItem(layer, entity.span(), optional, values, name + ".ann:" + entity.id()));
      }
      return new GoldDocument(name, text, items, Set.of());
    }

    /** The attributes each item's structure says, before notes. */
    Map<String, Map<String, String>> attributesById() {
      Map<String, Map<String, String>> result = new HashMap<>();
      for (StandoffFile.TextBound entity : file.textBounds()) {
        Layer layer = layerOf(entity.type());
        if (layer == null) {
          continue;
        }
        String id = entity.id();
        Map<String, String> values = new LinkedHashMap<>();
        switch (layer) {
          case ACTORS -> putIfPresent(values, GoldItem.CODE, codes(id));
          case TERRITORIES -> {
            putIfPresent(values, GoldItem.KIND, attribute(id, "TerritoryKind"));
            putIfPresent(values, GoldItem.PLACE, normalization(id, "Place"));
          }
          case QUOTES -> {
            putIfPresent(values, GoldItem.KIND, attribute(id, "QuoteKind"));
            party(values, id, "Speaker", GoldItem.SPEAKER, GoldItem.SPEAKER_TEXT);
            putIfPresent(values, GoldItem.CUE, relatedText(id, "HasCue"));
          }
          case DEMANDS -> {
            party(values, id, "Demander", GoldItem.DEMANDER, GoldItem.DEMANDER_TEXT);
            party(values, id, "Addressee", GoldItem.ADDRESSEE, GoldItem.ADDRESSEE_TEXT);
            String connective = attribute(id, "Connective");
            putIfPresent(values, GoldItem.CONNECTIVE, connective == null ? null : connective.replace('_', ' '));
            putIfPresent(values, GoldItem.CONDITION, relatedText(id, "HasCondition"));
            putIfPresent(values, GoldItem.CONSEQUENCE, relatedText(id, "HasConsequence"));
            putIfPresent(values, GoldItem.TYPE, attribute(id, "DemandType"));
            putIfPresent(values, GoldItem.POLARITY, attribute(id, "Polarity"));
          }
        }
        result.put(id, values);
      }
      return result;
    }

    private void party(Map<String, String> values, String id, String relation, String codeKey, String textKey) {
      String target = related(id, relation);
      if (target != null) {
        String codes = codes(target);
        values.put(codeKey, codes == null ? "-" : codes);
        values.put(textKey, byId.get(target).span().coveredText(text));
      }
    }

    private void applyNote(String id, Map<String, String> values) {
      for (StandoffFile.Note note : file.notes()) {
        if (!note.target().equals(id) || !note.text().startsWith("{")) {
          continue;
        }
        JsonNode overrides;
        try {
          overrides = JSON.readTree(note.text());
        } catch (JsonProcessingException e) {
          throw new StandoffException(name + ".ann: note " + note.id() + " on " + id + " is not JSON");
        }
        overrides.fields().forEachRemaining(field -> {
          if (field.getValue().isNull()) {
            values.remove(field.getKey());
          } else {
            values.put(field.getKey(), field.getValue().asText());
          }
        });
      }
    }

    private @Nullable String codes(String id) {
      List<String> codes = file.normalizations(id, "CAMEO").stream().map(StandoffFile.Normalization::key).toList();
      return codes.isEmpty() ? null : String.join("/", codes);
    }

    private @Nullable String related(String from, String type) {
      return file.related(from, type);
    }

    private @Nullable String relatedText(String from, String type) {
      String target = related(from, type);
      return target == null ? null : byId.get(target).span().coveredText(text);
    }

    private @Nullable String attribute(String target, String type) {
      return file.attributeValue(target, type);
    }

    private @Nullable String normalization(String target, String resource) {
      StandoffFile.Normalization normalization = file.normalization(target, resource);
      return normalization == null ? null : normalization.key();
    }

    private static void putIfPresent(Map<String, String> values, String key, @Nullable String value) {
      if (value != null) {
        values.put(key, value);
      }
    }

    private static @Nullable Layer layerOf(String type) {
      for (Map.Entry<Layer, String> entry : ENTITY.entrySet()) {
        if (entry.getValue().equals(type)) {
          return entry.getKey();
        }
      }
      return null;
    }
  }
}
