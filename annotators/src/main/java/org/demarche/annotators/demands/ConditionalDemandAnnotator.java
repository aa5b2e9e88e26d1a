package org.demarche.annotators.demands;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.demarche.annotators.common.ActorReferences;
import org.demarche.annotators.common.Dependencies;
import org.demarche.annotators.common.Tokens;
import org.demarche.annotators.demands.Construction.Range;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.ActorRef;
import org.demarche.core.Clause;
import org.demarche.core.Demand;
import org.demarche.core.DemarcheAnnotations;
import org.demarche.core.Polarity;
import org.demarche.core.Quote;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds conditional demands, offers, threats and refusals: a party making its own action depend on
 * what another party does ("Russia will lay down arms only if Kyiv's troops withdraw ...").
 *
 * <p>For each connective ({@link ConnectiveFinder}) the construction is split into condition and
 * consequence ({@link ClauseExtractor}); the demander is the speaker when the construction is quoted
 * or reported (the quote layer), otherwise the consequence's subject; the addressee is the
 * condition's subject, pronouns resolved through the actor layer. It is a demand only when the
 * consequence is a commitment ("will", "would", "is ready to", "threatened to"), the demander is a
 * party, and the condition asks something of someone else: "the match will be postponed if heavy
 * rain continues" is not one, nor "we will win if we stay united", nor a question.
 *
 * <h2>Options</h2>
 * {@code NAME.extraLexicons}: response and demand lexicons added to the bundled ones.
 *
 * <h2>Thread safety</h2>
 * Immutable; one instance may annotate many documents at once.
 */
public final class ConditionalDemandAnnotator implements Annotator {

  /** Subjects of conditions that are events of nature or markets, which nobody can be asked to do. */
  private static final Set<String> IMPERSONAL = ImmutableSet.of("weather", "rain", "storm", "snow", "heat", "wind",
      "winds", "typhoon", "hurricane", "flood", "floods", "drought", "temperature", "temperatures", "price", "prices",
      "demand", "supply", "inflation", "market", "markets", "economy", "virus", "pandemic", "disease", "outbreak",
      "fog", "ice", "tide", "weather conditions", "conditions", "it", "this", "that", "there", "depression",
      "cyclone", "monsoon", "quake", "earthquake", "eruption", "wildfire", "fire", "ground", "pitch", "overs",
      "visibility", "sea", "seas", "waves", "forecast");

  private static final Set<String> FIRST_PERSON = ImmutableSet.of("we", "i", "us", "our", "me", "my");

  private final ConnectiveFinder connectives = new ConnectiveFinder();
  private final ClauseExtractor clauses = new ClauseExtractor();
  private final DemandTyper typer;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. */
  public ConditionalDemandAnnotator(String name, Properties properties) {
    this(DemandOptions.parse(name, properties));
  }

  ConditionalDemandAnnotator(DemandOptions options) {
    this.typer = new DemandTyper(DemandLexicon.load(options.extraLexicons()));
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Demand> demands = new ArrayList<>();
    if (sentences != null) {
      ActorReferences actors = ActorReferences.of(annotation);
      List<Quote> quotes = annotation.get(DemarcheAnnotations.QuotesAnnotation.class);
      List<CoreLabel> previous = null;
      for (CoreMap sentence : sentences) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (!isQuestion(tokens)) {
          Dependencies parse = Dependencies.of(sentence, tokens.size());
          for (Connective connective : connectives.find(tokens)) {
            Construction construction = clauses.extract(tokens, parse, connective, previous);
            if (construction != null) {
              Demand demand = demand(text, tokens, previous, construction, actors, quotes == null ? List.of() : quotes);
              if (demand != null && demands.stream().noneMatch(other -> other.span().overlaps(demand.span())
                  && other.condition().span().equals(demand.condition().span()))) {
                demands.add(demand);
              }
            }
          }
        }
        previous = tokens;
      }
    }
    demands.sort((a, b) -> a.span().compareTo(b.span()));
    annotation.set(DemarcheAnnotations.DemandsAnnotation.class, ImmutableList.copyOf(demands));
  }

  private @Nullable Demand demand(String text, List<CoreLabel> tokens, @Nullable List<CoreLabel> previous,
      Construction construction, ActorReferences actors, List<Quote> quotes) {
    if (!construction.committed()) {
      return null;
    }
    List<CoreLabel> conditionTokens = construction.conditionInPrevious() ? previous : tokens;
    Span condition = span(conditionTokens, construction.condition());
    Span consequence = span(tokens, construction.consequence());
    Span connective = Tokens.span(tokens, construction.connective().begin(), construction.connective().end());
    Span whole = construction.conditionInPrevious() ? consequence.cover(connective)
        : condition.cover(consequence).cover(connective);

    ActorRef demander = speakerOf(whole, quotes);
    if (demander == null) {
      demander = party(text, tokens, construction.consequenceSubject(), construction.consequenceSubjectHead(), actors);
    }
    if (demander == null || demander.code() == null) {
      return null;
    }
    ActorRef addressee = party(text, conditionTokens, construction.conditionSubject(),
        construction.conditionSubjectHead(), actors);
    if (addressee == null) {
      // "forces from Tripoli", "Tokyo's sanctions", "the release of prisoners held by Israel": the
      // party inside the condition's subject, or inside a condition without one.
      Range inside = construction.conditionSubject() != null ? construction.conditionSubject() : construction.condition();
      addressee = firstActorIn(span(conditionTokens, inside), actors);
    }
    String conditionSubject = construction.conditionSubject() == null ? ""
        : span(conditionTokens, construction.conditionSubject()).coveredText(text).toLowerCase(Locale.ROOT);
    if (FIRST_PERSON.contains(conditionSubject)) {
      return null;
    }
    if (addressee == null && (IMPERSONAL.contains(conditionSubject) || IMPERSONAL.contains(lastWord(conditionSubject)))) {
      // "if heavy rain continues", "if it rains": nobody is asked to do anything.
      return null;
    }
    if (addressee != null && addressee.code() != null && sameSide(demander.code(), addressee.code())) {
      if (!ActorReferences.isPronoun(addressee.text())) {
        // "we will win if our troops hold": a condition on one's own side asks nothing of anyone.
        return null;
      }
      // A pronoun resolved to the speaker's own side is more likely resolved wrongly.
      addressee = null;
    }
    if (addressee == null && construction.conditionSubject() != null) {
      // "in exchange for the lifting of US sanctions": the subject ("the lifting") names nobody, the
      // rest of the condition does. Only a party of the other side is taken from there.
      ActorRef elsewhere = firstActorIn(span(conditionTokens, construction.condition()), actors);
      if (elsewhere != null && (elsewhere.code() == null || !sameSide(demander.code(), elsewhere.code()))) {
        addressee = elsewhere;
      }
    }
    if (addressee == null && !namesParty(text, tokens, construction, actors)) {
      // "the steel mill could shut if gas deliveries do not resume": neither side names a party.
      return null;
    }
    DemandTyper.Typing typing = typer.type(tokens, construction, conditionTokens);
    return new Demand(whole, whole.coveredText(text), construction.connective().text(), typing.type(),
        new Clause(condition, condition.coveredText(text)), new Clause(consequence, consequence.coveredText(text)),
        demander, addressee, construction.conditionNegated() ? Polarity.NEGATIVE : Polarity.POSITIVE,
        typing.category(), typing.demandCameo(), typing.responseCameo());
  }

  /** The speaker of the quote or reported speech the construction sits in, if it has a code. */
  private static @Nullable ActorRef speakerOf(Span construction, List<Quote> quotes) {
    for (Quote quote : quotes) {
      Span span = quote.span();
      int shared = Math.min(span.end(), construction.end()) - Math.max(span.begin(), construction.begin());
      if (quote.speaker() != null && quote.speaker().code() != null && shared * 2 > construction.length()) {
        return quote.speaker();
      }
    }
    return null;
  }

  /**
   * The party a subject names, through the actor layer: an actor mention that covers the subject's
   * head word ("the Congolese government", not "the second Test between Sri Lanka and South
   * Africa"), or the actor a pronoun refers to. Null for "we" (the speaker's side) and non-parties.
   */
  private static @Nullable ActorRef party(String text, List<CoreLabel> tokens, @Nullable Range subject, int head,
      ActorReferences actors) {
    if (subject == null || head < 0) {
      return null;
    }
    Span span = span(tokens, subject);
    String words = span.coveredText(text);
    if (FIRST_PERSON.contains(words.toLowerCase(Locale.ROOT))) {
      return null;
    }
    CoreLabel headToken = tokens.get(head);
    Span headSpan = Span.of(headToken.beginPosition(), headToken.endPosition());
    ActorMention named = actors.overlapping(headSpan);
    if (named != null) {
      return new ActorRef(words, span, named.code(), named.name());
    }
    if (ActorReferences.isPronoun(headToken.originalText())) {
      ActorMention antecedent = actors.resolvePronoun(headToken.originalText(), headSpan);
      return antecedent == null ? null : new ActorRef(words, span, antecedent.code(), antecedent.name());
    }
    return null;
  }

  /** True when the consequence's subject is a party: an actor, a pronoun that names one, or "we". */
  private static boolean namesParty(String text, List<CoreLabel> tokens, Construction construction, ActorReferences actors) {
    Range subject = construction.consequenceSubject();
    if (subject == null || construction.consequenceSubjectHead() < 0) {
      return construction.connective().shape() == Connective.Shape.ULTIMATUM
          || actorJustBefore(tokens, construction.consequence().begin(), actors);
    }
    String words = span(tokens, subject).coveredText(text).toLowerCase(Locale.ROOT);
    return FIRST_PERSON.contains(words)
        || party(text, tokens, subject, construction.consequenceSubjectHead(), actors) != null;
  }

  /**
   * "said Malaysia would send the first monitors once ...", where the parse left the consequence
   * without its subject: a party named in the two tokens before it.
   */
  private static boolean actorJustBefore(List<CoreLabel> tokens, int consequenceBegin, ActorReferences actors) {
    if (consequenceBegin <= 0) {
      return false;
    }
    int from = tokens.get(Math.max(0, consequenceBegin - 3)).beginPosition();
    int to = tokens.get(consequenceBegin - 1).endPosition();
    for (ActorMention actor : actors.all()) {
      if (actor.span().begin() >= from && actor.span().end() <= to && actor.kind() != ActorKind.LOCATION) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable ActorRef firstActorIn(Span span, ActorReferences actors) {
    for (ActorMention actor : actors.all()) {
      if (span.contains(actor.span()) && actor.kind() != ActorKind.LOCATION) {
        return new ActorRef(actor.text(), actor.span(), actor.code(), actor.name());
      }
    }
    return null;
  }

  /**
   * Two codes of one side: the same organisation, or the same country's state (government, forces,
   * the state itself) or the same country's insurgents and opposition. A government and the rebels
   * it fights are two sides.
   */
  private static boolean sameSide(String a, String b) {
    return side(a).equals(side(b));
  }

  private static String side(String code) {
    if (code.length() <= 3) {
      return code;
    }
    String role = code.substring(3);
    boolean insurgent = role.equals("REB") || role.equals("OPP");
    return code.substring(0, 3) + (insurgent ? "/insurgent" : "");
  }

  private static String lastWord(String words) {
    int space = words.lastIndexOf(' ');
    return space < 0 ? words : words.substring(space + 1);
  }

  private static boolean isQuestion(List<CoreLabel> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      String word = tokens.get(i).originalText();
      if (word.equals("?")) {
        return true;
      }
      if (!word.equals("\"") && !word.equals("\u201D") && !word.equals("'") && !word.equals("\u2019")
          && !word.equals("\u00BB") && !word.equals("''")) {
        return false;
      }
    }
    return false;
  }

  private static Span span(List<CoreLabel> tokens, Range range) {
    return Tokens.span(tokens, range.begin(), range.end());
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
        DemarcheAnnotations.ActorsAnnotation.class, DemarcheAnnotations.QuotesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(DemarcheAnnotations.DemandsAnnotation.class);
  }
}
