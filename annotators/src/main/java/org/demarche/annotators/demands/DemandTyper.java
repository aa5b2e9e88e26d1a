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
    if (construction.connective().shape() == Connective.Shape.ULTIMATUM
        || construction.connective().shape() == Connective.Shape.OTHERWISE) {
      // "... or face sanctions", "...; otherwise we will veto": the consequence punishes refusal.
      type = DemandType.THREAT;
      responseCameo = response != null && response.type() == DemandType.THREAT ? response.cameo() : "139";
    } else if (construction.consequenceNegated() || connective.equals("not until")) {
      boolean explicit = connective.equals("not until")
          || ClauseExtractor.containsNegation(consequenceTokens, construction.consequence());
      // "will not attack unless ..." promises restraint, but "would not leave until ..." refuses
      // whatever the verb; "if Israel resumes the bombing, there will be no second phase" withdraws
      // something in answer to a harm: a threat. Without "not", the clause was negated by a
      // refusing verb: "would veto ... as long as" refuses, "would block the route unless ..." acts
      // against the addressee and threatens.
      boolean restraint = explicit && response != null && response.type() == DemandType.THREAT
          && !connective.equals("until") && !connective.equals("not until");
      boolean answersHarm = explicit && OPEN_CONNECTIVES.contains(connective)
          && byConnectiveOrCondition(connective, construction, conditionTokens) == DemandType.THREAT;
      boolean blocks = !explicit && mentions(consequenceTokens, construction.consequence(), "block");
      type = restraint ? DemandType.OFFER : answersHarm || blocks ? DemandType.THREAT : DemandType.REFUSAL;
      responseCameo = restraint ? "0356" : answersHarm || blocks ? "130"
          : response == null ? "120" : REFUSALS.getOrDefault(response.cameo(), "120");
    } else {
      type = byConnectiveOrCondition(connective, construction, conditionTokens);
      if (type == null) {
        // Nothing in the condition says: the response lexicon decides, and failing it the usual
        // reading of a conditional between parties in the news, a warning.
        type = response != null ? response.type() : DemandType.THREAT;
      }
      responseCameo = response != null && response.type() == type ? response.cameo()
          : type == DemandType.THREAT ? "130" : "030";
    }
    DemandLexicon.Demanded demanded = demanded(conditionTokens, construction.condition());
    return new Typing(type, demanded == null ? null : demanded.category(),
        demanded == null ? "100" : demanded.cameo(), responseCameo);
  }

  /**
   * Connectives that make the consequence a reward: it is granted only when the addressee complies
   * ("will pull out provided that ...", "would proceed once ..."), whatever the consequence's words.
   */
  private static final Set<String> REWARD_CONNECTIVES = ImmutableSet.of("only if", "provided", "provided that",
      "providing", "providing that", "on condition that", "in exchange for", "in return for", "once", "only once",
      "only when", "only after");

  private static boolean mentions(List<CoreLabel> tokens, Range range, String lemma) {
    for (int i = range.begin(); i < range.end(); i++) {
      if (Tokens.isVerb(tokens.get(i)) && Tokens.lemma(tokens.get(i)).equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** Connectives of a single event ("if Israel resumes the bombing"), not of a lasting state. */
  private static final Set<String> OPEN_CONNECTIVES = ImmutableSet.of("if", "should", "when");

  /** Connectives that make the consequence a penalty: it happens unless or until the addressee complies. */
  private static final Set<String> PENALTY_CONNECTIVES = ImmutableSet.of("unless", "until");

  /** Acts that harm the demander or its side: done by the addressee, the response to them is a threat. */
  private static final Set<String> HOSTILE_ACTS = ImmutableSet.of("attack", "strike", "shell", "bomb", "invade",
      "advance", "cross", "move", "push", "send", "deploy", "enter", "annex", "seize", "occupy", "capture", "test",
      "launch", "fire", "violate", "resume", "expand", "escalate", "reimpose", "impose", "deny", "block", "expel",
      "detain", "arrest", "ban", "close", "build", "extend", "militarise", "militarize", "threaten", "target",
      "harass", "hand", "transfer", "proceed", "go");

  /**
   * Refusing to comply ("as long as the other side rejected the plan", "should Hamas drag its feet"):
   * the condition is the addressee's defiance, the answer to it a threat. The clause extractor
   * already reads these verbs as negating their clause, so they are looked at before polarity.
   */
  private static final Set<String> DEFIANCE = ImmutableSet.of("reject", "refuse", "ignore", "obstruct", "stall",
      "delay", "drag", "boycott", "defy", "block", "veto", "resist");

  /**
   * The type the connective alone decides, or the one the condition decides for an open connective
   * ("if", "should", "as long as"): an addressee who does harm ("should Caracas move a soldier
   * across ...") is threatened; one who concedes ("if Eritrea withdraws ...") is offered something;
   * one who does not concede ("if they do not withdraw") is threatened. Null when neither says.
   */
  private @Nullable DemandType byConnectiveOrCondition(String connective, Construction construction,
      List<CoreLabel> conditionTokens) {
    if (REWARD_CONNECTIVES.contains(connective)) {
      return DemandType.OFFER;
    }
    if (PENALTY_CONNECTIVES.contains(connective)) {
      return DemandType.THREAT;
    }
    boolean negated = construction.conditionNegated();
    Range condition = construction.condition();
    for (int i = condition.begin(); i < condition.end(); i++) {
      CoreLabel token = conditionTokens.get(i);
      String lemma = Tokens.lemma(token);
      if (Tokens.isVerb(token) && DEFIANCE.contains(lemma)) {
        return DemandType.THREAT;
      }
      String particle = i + 1 < condition.end() ? Tokens.lower(conditionTokens.get(i + 1)) : "";
      boolean pullOut = lemma.equals("pull") && (particle.equals("out") || particle.equals("back"));
      if (lemma.equals("pull") && !pullOut) {
        // "tried to pull them down": not a withdrawal.
        continue;
      }
      if (CESSATIONS.contains(lemma) || lemma.equals("cease") || lemma.equals("withdraw") || pullOut) {
        // "if they stop the attacks", "if they withdraw": a concession, whatever follows.
        return negated ? DemandType.THREAT : DemandType.OFFER;
      }
      boolean harm = Tokens.isVerb(token) ? HOSTILE_ACTS.contains(lemma) : Tokens.isNoun(token) && HARMS.contains(lemma);
      if (harm) {
        return negated ? DemandType.OFFER : DemandType.THREAT;
      }
      if (Tokens.isVerb(token) && lexicon.demanded(lemma) != null) {
        return negated ? DemandType.THREAT : DemandType.OFFER;
      }
    }
    return null;
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
    boolean contentVerb = false;
    for (int i = range.begin(); i < range.end(); i++) {
      CoreLabel token = tokens.get(i);
      String lemma = Tokens.lemma(token);
      if (LIGHT.contains(lemma) || AUXILIARIES.contains(lemma)) {
        continue;
      }
      DemandLexicon.Response response = lexicon.response(lemma);
      if (Tokens.isVerb(token)) {
        if (RESUMPTIONS.contains(lemma) && harmFollows(tokens, i, range)) {
          // "we will resume the fighting": more of what the addressee suffers from.
          return new DemandLexicon.Response(DemandType.THREAT, "138");
        }
        if (response != null) {
          return CESSATIONS.contains(lemma) ? cessation(tokens, i, range, response) : response;
        }
        // A verb the lexicon does not know ("submit a statute") leaves the nouns after it no say.
        contentVerb = true;
        continue;
      }
      if (response == null || contentVerb) {
        continue;
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

  private static final Set<String> AUXILIARIES = ImmutableSet.of("will", "would", "shall", "can", "could", "may",
      "might", "must", "should", "ready", "prepared", "willing", "able", "going");

  private static final Set<String> CESSATIONS = ImmutableSet.of("stop", "end", "halt", "suspend", "freeze", "cut",
      "quit", "abandon");

  /** Things the addressee suffers from, whose stopping is an offer ("end the strikes", "halt the drills"). */
  private static final Set<String> HARMS = ImmutableSet.of("attack", "attacks", "strike", "strikes", "airstrike",
      "airstrikes", "fighting", "war", "hostility", "hostilities", "shelling", "bombing", "bombardment",
      "offensive", "operation", "operations", "raid", "raids", "incursion", "incursions", "patrol", "patrols",
      "drill", "drills", "exercise", "exercises", "settlement", "settlements", "construction", "blockade",
      "sanction", "sanctions", "restriction", "restrictions", "test", "tests", "launch", "launches", "occupation",
      "ceremony", "campaign", "violence", "activity", "activities", "deployment", "buildup", "build-up", "broadcast",
      "broadcasts", "propaganda", "harassment", "incitement", "provocation", "provocations");

  private static final Set<String> RESUMPTIONS = ImmutableSet.of("resume", "restart", "renew", "continue",
      "intensify", "step", "expand", "escalate", "widen");

  /**
   * Whether the first noun phrase within a few words after the verb names a harm ({@link #HARMS}):
   * "the fighting", "the loudspeaker broadcasts" (head "broadcast"), "its naval drills".
   */
  private static boolean harmFollows(List<CoreLabel> tokens, int verb, Range range) {
    for (int i = verb + 1; i < range.end() && i <= verb + 5; i++) {
      if (Tokens.isNoun(tokens.get(i))) {
        int head = i;
        while (head + 1 < range.end() && Tokens.isNoun(tokens.get(head + 1))) {
          head++;
        }
        return HARMS.contains(Tokens.lemma(tokens.get(head)));
      }
    }
    return false;
  }

  /**
   * Stopping is a threat (ending talks, aid, supplies) unless what stops is something the addressee
   * suffers from, or an activity of the demander's own ("stop sending patrols").
   */
  private DemandLexicon.Response cessation(List<CoreLabel> tokens, int verb, Range range, DemandLexicon.Response threat) {
    for (int i = verb + 1; i < range.end() && i <= verb + 6; i++) {
      CoreLabel token = tokens.get(i);
      String lemma = Tokens.lemma(token);
      if ("VBG".equals(token.tag())) {
        return new DemandLexicon.Response(DemandType.OFFER, "0356");
      }
      if (Tokens.isNoun(token)) {
        return HARMS.contains(lemma) ? new DemandLexicon.Response(DemandType.OFFER, "0356") : threat;
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
