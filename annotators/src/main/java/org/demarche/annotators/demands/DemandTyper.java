package org.demarche.annotators.demands;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.annotators.common.Tokens;
import org.demarche.annotators.demands.Construction.Range;
import org.demarche.core.DemandType;
import org.jspecify.annotations.Nullable;

/**
 * Decides what kind of demand a construction is, and codes it: the response word decides between
 * threat and offer (a negated offer is a refusal: "will not withdraw until ..."); the condition
 * word says what is demanded.
 */
final class DemandTyper {

  /** Verbs that pass the decision to their object: "take measures", "face sanctions", "pay a price". */
  private static final Set<String> LIGHT = ImmutableSet.of("take", "face", "impose", "pay", "use", "achieve",
      "make", "have", "bring", "resort", "carry", "do", "be", "go", "get", "give", "put", "consider", "seek");

  /** What refusing an offer is, in CAMEO's "reject" family. */
  private static final Map<String, String> REFUSALS = ImmutableMap.of(
      "036", "125", "0353", "1243", "0354", "1244", "0355", "1245", "0356", "1246", "037", "127", "032", "121",
      "033", "122");

  /** The type, category and CAMEO codes of a demand. */
  record Typing(DemandType type, @Nullable String category, String demandCameo, String responseCameo) {}

  private final DemandLexicon lexicon;

  DemandTyper(DemandLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Typing type(List<CoreLabel> consequenceTokens, Construction construction, List<CoreLabel> conditionTokens) {
    DemandLexicon.Response response = response(consequenceTokens, construction.consequence());
    String connective = construction.connective().text();
    DemandType type;
    String responseCameo;
    if (construction.connective().shape() == Connective.Shape.ULTIMATUM) {
      type = DemandType.THREAT;
      responseCameo = response != null && response.type() == DemandType.THREAT ? response.cameo() : "139";
    } else if (construction.consequenceNegated() || connective.equals("not until")) {
      // "will not attack unless ..." promises restraint; "will not withdraw until ..." refuses.
      boolean restraint = construction.consequenceNegated() && response != null && response.type() == DemandType.THREAT;
      type = restraint ? DemandType.OFFER : DemandType.REFUSAL;
      responseCameo = restraint ? "0356" : response == null ? "120" : REFUSALS.getOrDefault(response.cameo(), "120");
    } else if (response != null) {
      type = response.type();
      responseCameo = response.cameo();
    } else {
      boolean negative = construction.conditionNegated() || connective.equals("unless") || connective.equals("until");
      type = negative ? DemandType.THREAT : DemandType.OFFER;
      responseCameo = type == DemandType.THREAT ? "130" : "030";
    }
    DemandLexicon.Demanded demanded = demanded(conditionTokens, construction.condition());
    return new Typing(type, demanded == null ? null : demanded.category(),
        demanded == null ? "100" : demanded.cameo(), responseCameo);
  }

  /**
   * The response the consequence names: its first verb the lexicon knows decides ("lift sanctions"
   * is an offer); without one, a threatening noun outranks an offering one ("trigger the return of
   * sanctions"). Stopping or ending is a threat when what stops is good for the addressee (talks,
   * aid, supplies), an offer when it is not (strikes, patrols, a ceremony).
   */
  private DemandLexicon.@Nullable Response response(List<CoreLabel> tokens, Range range) {
    DemandLexicon.Response threatNoun = null;
    DemandLexicon.Response offerNoun = null;
    for (int i = range.begin(); i < range.end(); i++) {
      CoreLabel token = tokens.get(i);
      String lemma = Tokens.lemma(token);
      if (LIGHT.contains(lemma)) {
        continue;
      }
      DemandLexicon.Response response = lexicon.response(lemma);
      if (response == null) {
        continue;
      }
      if (Tokens.isVerb(token)) {
        return CESSATIONS.contains(lemma) ? cessation(tokens, i, range, response) : response;
      }
      if (Tokens.isNoun(token)) {
        if (response.type() == DemandType.THREAT && threatNoun == null) {
          threatNoun = response;
        } else if (response.type() == DemandType.OFFER && offerNoun == null) {
          offerNoun = response;
        }
      }
    }
    return threatNoun != null ? threatNoun : offerNoun;
  }

  private static final Set<String> CESSATIONS = ImmutableSet.of("stop", "end", "halt", "suspend", "freeze", "cut",
      "quit", "abandon", "withhold", "close");

  /** Things whose stopping harms the addressee. */
  private static final Set<String> GOODS = ImmutableSet.of("talk", "talks", "negotiation", "negotiations",
      "cooperation", "aid", "assistance", "supply", "supplies", "mediation", "trade", "flight", "flights",
      "delivery", "deliveries", "relation", "relations", "support", "funding", "gas", "oil", "import", "imports",
      "export", "exports", "payment", "payments", "contact", "contacts", "dialogue", "process", "participation",
      "tie", "ties", "access", "border", "crossing", "crossings", "link", "links", "program", "programme");

  private DemandLexicon.Response cessation(List<CoreLabel> tokens, int verb, Range range, DemandLexicon.Response threat) {
    for (int i = verb + 1; i < range.end() && i <= verb + 6; i++) {
      CoreLabel token = tokens.get(i);
      String lemma = Tokens.lemma(token);
      if ("VBG".equals(token.tag())) {
        // "stop sending patrols", "stop holding the ceremony": ending an activity of one's own.
        return new DemandLexicon.Response(DemandType.OFFER, "0356");
      }
      if (Tokens.isNoun(token)) {
        return GOODS.contains(lemma) ? threat : new DemandLexicon.Response(DemandType.OFFER, "0356");
      }
    }
    return threat;
  }

  private DemandLexicon.@Nullable Demanded demanded(List<CoreLabel> tokens, Range range) {
    for (int i = range.begin(); i < range.end(); i++) {
      CoreLabel token = tokens.get(i);
      if (!Tokens.isVerb(token) && !Tokens.isNoun(token)) {
        continue;
      }
      DemandLexicon.Demanded demanded = lexicon.demanded(Tokens.lemma(token));
      if (demanded != null) {
        return demanded;
      }
    }
    return null;
  }
}
