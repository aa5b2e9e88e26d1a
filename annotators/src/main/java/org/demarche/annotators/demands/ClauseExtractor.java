package org.demarche.annotators.demands;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.demarche.annotators.common.Dependencies;
import org.demarche.annotators.common.Tokens;
import org.demarche.annotators.demands.Construction.Range;
import org.jspecify.annotations.Nullable;

/**
 * Splits a conditional construction into condition and consequence, with their subjects, from the
 * dependency parse: the connective marks the condition's clause ({@code mark}, {@code advmod} or,
 * for "in exchange for", {@code case}), and that clause hangs on the consequence ({@code advcl},
 * {@code obl}). Where the sentence was not parsed, or the parse does not have that shape, the same
 * parts are read off punctuation and word order.
 *
 * <p>Returns null for a connective that does not open a condition here: an "if" clause that is the
 * object of "asked" or "unclear", an "until" followed by a date rather than a clause.
 */
final class ClauseExtractor {

  private static final Set<String> MODALS = ImmutableSet.of("will", "would", "shall", "can", "could", "may",
      "might", "must", "should", "'ll", "'d", "wo", "ca");

  /** Verbs and predicates that commit their subject to what follows ("threatened to", "is ready to"). */
  private static final Set<String> COMMITMENTS = ImmutableSet.of("threaten", "vow", "pledge", "promise", "offer",
      "agree", "refuse", "warn", "insist", "decline", "ready", "prepared", "willing", "set", "determined", "able",
      "possible", "intend", "plan", "propose", "swear", "commit", "oppose", "continue", "keep", "withhold",
      "reject", "demand", "urge", "order", "tell", "ask", "rule", "open", "prepare");

  private static final Set<String> NEGATIONS = ImmutableSet.of("not", "n't", "never", "no");

  /** Reporting verbs whose clause is not part of the construction ("..., he said"). */
  private static final Set<String> REPORTING = ImmutableSet.of("say", "tell", "add", "state", "warn", "insist",
      "stress", "report", "announce", "declare", "note", "claim", "argue", "explain", "write", "reiterate",
      "suggest", "confirm", "accord");

  @Nullable Construction extract(List<CoreLabel> tokens, @Nullable Dependencies parse, Connective connective,
      @Nullable List<CoreLabel> previous) {
    if (connective.shape() == Connective.Shape.OTHERWISE) {
      return otherwise(tokens, connective, previous);
    }
    if (connective.shape() == Connective.Shape.INVERTED) {
      return inverted(tokens, connective);
    }
    if (connective.text().equals("not until")) {
      return notUntil(tokens, connective);
    }
    if (parse != null) {
      Construction parsed = fromParse(tokens, parse, connective);
      if (parsed != null) {
        return parsed;
      }
      if (connective.shape() != Connective.Shape.ULTIMATUM && !opensClause(tokens, connective)) {
        return null;
      }
    }
    return fromSurface(tokens, connective);
  }

  // ---- from the parse

  private @Nullable Construction fromParse(List<CoreLabel> tokens, Dependencies parse, Connective connective) {
    if (connective.shape() == Connective.Shape.ULTIMATUM) {
      return ultimatum(tokens, parse, connective);
    }
    int conditionHead = -1;
    for (int k = connective.end() - 1; k >= connective.begin(); k--) {
      String relation = parse.relation(k);
      int head = parse.head(k);
      if (head >= connective.end() && (relation.equals("mark") || relation.startsWith("advmod")
          || relation.equals("case") || relation.equals("fixed"))) {
        conditionHead = head;
        break;
      }
    }
    if (conditionHead < 0) {
      return null;
    }
    String relation = parse.relation(conditionHead);
    if (!relation.startsWith("advcl") && !relation.startsWith("obl") && !relation.startsWith("nmod")
        && !relation.equals("dep") && !relation.equals("conj")) {
      return null;
    }
    if (!isClause(tokens, parse, conditionHead) && connective.shape() == Connective.Shape.SUBORDINATE) {
      // "until 9 November", "until the end of the month": a time, not a condition.
      return null;
    }
    int consequenceHead = parse.head(conditionHead);
    if (consequenceHead < 0) {
      return null;
    }
    if (consequenceHead > connective.end() && !clauseInitial(tokens, connective.begin())) {
      // A condition in the middle of a sentence hung on a verb after it ("until Poland reopened
      // the crossings it had closed"): the parser took a relative clause for the main one.
      return null;
    }
    int[] conditionTree = parse.subtree(conditionHead);
    // A misparse can hang the closing ", the minister said" on the condition: it is never part of it.
    Range condition = withoutReportingTail(tokens,
        trim(tokens, Math.max(conditionTree[0], connective.end()), conditionTree[1] + 1));
    // "Cairo was prepared to host ..." and "Israel threatened to ban ...": the consequence includes
    // the commitment that governs it.
    while (parse.relation(consequenceHead).startsWith("xcomp") && parse.head(consequenceHead) >= 0
        && COMMITMENTS.contains(Tokens.lemma(tokens.get(parse.head(consequenceHead))))
        && !REPORTING.contains(Tokens.lemma(tokens.get(parse.head(consequenceHead))))) {
      consequenceHead = parse.head(consequenceHead);
    }
    consequenceHead = committedClauseAbove(tokens, parse, consequenceHead, connective);
    Range consequence = consequenceRange(tokens, parse, consequenceHead, connective, conditionTree);
    if (condition.isEmpty() || consequence.isEmpty()) {
      return null;
    }
    return new Construction(connective, condition, consequence, clip(subject(parse, conditionHead), condition),
        consequenceSubject(parse, consequenceHead), subjectHead(parse, conditionHead),
        consequenceSubjectHead(parse, consequenceHead), negated(tokens, parse, conditionHead),
        negated(tokens, parse, consequenceHead), committed(tokens, parse, consequenceHead), false);
  }

  /** "... must accept a ceasefire or face sanctions": the verb after "or" is a conjunct of the demand. */
  private @Nullable Construction ultimatum(List<CoreLabel> tokens, Dependencies parse, Connective connective) {
    int face = connective.end();
    int demand = parse.head(face);
    int consequenceEnd;
    if (demand >= 0 && demand < connective.begin() && parse.relation(face).startsWith("conj")
        && Tokens.isVerb(tokens.get(demand))) {
      consequenceEnd = parse.subtree(face)[1] + 1;
    } else {
      // The tagger often reads "face" after "or" as a noun ("... at Israeli ports or face renewed
      // attacks" parsed as "ports or face"): the demand is then the nearest verb before "or" that
      // heads a clause, and the consequence runs to the end of the sentence.
      demand = clauseVerbBefore(tokens, parse, connective.begin());
      if (demand < 0) {
        return null;
      }
      consequenceEnd = tokens.size();
    }
    int[] demandTree = parse.subtree(demand);
    Range consequence = trim(tokens, face, consequenceEnd);
    Range condition = trim(tokens, demandTree[0], connective.begin());
    condition = dropLeading(tokens, condition);
    Range subject = subject(parse, demand);
    int subjectHead = subjectHead(parse, demand);
    if (subject == null && parse.relation(demand).startsWith("xcomp")) {
      // "urged Caracas to pull back ... or face ...": the one urged is the object of the governing verb.
      for (int object : parse.children(parse.head(demand), "obj")) {
        int[] tree = parse.subtree(object);
        subject = new Range(tree[0], tree[1] + 1);
        subjectHead = object;
      }
    }
    // The one who sets the ultimatum: the subject of the verb that governs the demand ("Washington
    // told Caracas to withdraw ... or face ..."), when the demand is not the main clause.
    int governor = parse.relation(demand).startsWith("xcomp") ? parse.head(demand) : -1;
    Range demanderSubject = governor >= 0 ? consequenceSubject(parse, governor) : null;
    int demanderHead = governor >= 0 ? consequenceSubjectHead(parse, governor) : -1;
    return new Construction(connective, condition, consequence, subject, demanderSubject, subjectHead, demanderHead,
        negated(tokens, parse, demand), false, true, false);
  }

  /** The nearest verb before {@code end} that heads a clause of its own (root, xcomp, ccomp, conj). */
  private static int clauseVerbBefore(List<CoreLabel> tokens, Dependencies parse, int end) {
    for (int i = end - 1; i >= 0; i--) {
      String relation = parse.relation(i);
      if (Tokens.isVerb(tokens.get(i)) && (relation.equals("root") || relation.startsWith("xcomp")
          || relation.startsWith("ccomp") || relation.startsWith("conj"))) {
        return i;
      }
    }
    return -1;
  }

  private Range consequenceRange(List<CoreLabel> tokens, Dependencies parse, int head, Connective connective,
      int[] conditionTree) {
    int[] tree = parse.subtree(head);
    int begin = tree[0];
    int end = tree[1] + 1;
    // Reporting clauses hanging on the consequence (", he said") are not part of it.
    for (int child : parse.children(head)) {
      String relation = parse.relation(child);
      if ((relation.equals("parataxis") || relation.startsWith("ccomp")) && REPORTING.contains(Tokens.lemma(tokens.get(child)))) {
        int[] reporting = parse.subtree(child);
        if (reporting[0] > head) {
          end = Math.min(end, reporting[0]);
        } else if (reporting[1] < head) {
          begin = Math.max(begin, reporting[1] + 1);
        }
      }
    }
    if (conditionTree[0] > head) {
      end = Math.min(end, Math.min(conditionTree[0], connective.begin()));
    } else {
      begin = Math.max(begin, Math.max(conditionTree[1] + 1, connective.end()));
    }
    return dropLeading(tokens, trim(tokens, begin, end));
  }

  private static boolean isClause(List<CoreLabel> tokens, Dependencies parse, int head) {
    if (Tokens.isVerb(tokens.get(head))) {
      return true;
    }
    for (int child : parse.children(head)) {
      String relation = parse.relation(child);
      if (relation.startsWith("nsubj") || relation.equals("cop") || relation.startsWith("aux")) {
        return true;
      }
    }
    // "in exchange for the release of prisoners": a nominal condition is fine after a preposition.
    return false;
  }

  private static @Nullable Range subject(Dependencies parse, int head) {
    for (int child : parse.children(head)) {
      if (parse.relation(child).startsWith("nsubj")) {
        int[] tree = parse.subtree(child);
        return new Range(tree[0], tree[1] + 1);
      }
    }
    return null;
  }

  private static int subjectHead(Dependencies parse, int head) {
    for (int child : parse.children(head)) {
      if (parse.relation(child).startsWith("nsubj")) {
        return child;
      }
    }
    return -1;
  }

  private static int consequenceSubjectHead(Dependencies parse, int head) {
    int current = head;
    for (int steps = 0; steps < 4 && current >= 0; steps++) {
      int subject = subjectHead(parse, current);
      if (subject >= 0) {
        return subject;
      }
      String relation = parse.relation(current);
      if (!relation.startsWith("xcomp") && !relation.startsWith("conj") && !relation.startsWith("advcl")) {
        return -1;
      }
      current = parse.head(current);
    }
    return -1;
  }

  /** The subject of the consequence, or of the verb it complements ("Israel threatened to ban ..."). */
  private static @Nullable Range consequenceSubject(Dependencies parse, int head) {
    int current = head;
    for (int steps = 0; steps < 4 && current >= 0; steps++) {
      Range subject = subject(parse, current);
      if (subject != null) {
        return subject;
      }
      String relation = parse.relation(current);
      if (!relation.startsWith("xcomp") && !relation.startsWith("conj") && !relation.startsWith("advcl")) {
        return null;
      }
      current = parse.head(current);
    }
    return null;
  }

  /** Verbs that refuse what follows them: their consequence is a refusal, as "will not" makes one. */
  private static final Set<String> REFUSING = ImmutableSet.of("refuse", "rule", "reject", "decline", "oppose",
      "withhold", "veto", "block");

  private static boolean negated(List<CoreLabel> tokens, Dependencies parse, int head) {
    if (REFUSING.contains(Tokens.lemma(tokens.get(head)))) {
      return true;
    }
    for (int child : parse.children(head)) {
      String relation = parse.relation(child);
      if ((relation.startsWith("advmod") || relation.equals("neg") || relation.startsWith("aux"))
          && NEGATIONS.contains(Tokens.lower(tokens.get(child)))) {
        return true;
      }
      // "there would be no pullback", "no vessels entered": "no" on the subject or object.
      if ((relation.startsWith("nsubj") || relation.equals("obj")) && hasNoDeterminer(tokens, parse, child)) {
        return true;
      }
    }
    return Tokens.isNoun(tokens.get(head)) && hasNoDeterminer(tokens, parse, head);
  }

  /** "have no choice but to report Iran" commits to reporting: not a negation. */
  private static final Set<String> NO_BUT = ImmutableSet.of("choice", "alternative", "option", "way");

  private static boolean hasNoDeterminer(List<CoreLabel> tokens, Dependencies parse, int noun) {
    if (NO_BUT.contains(Tokens.lemma(tokens.get(noun)))) {
      return false;
    }
    for (int child : parse.children(noun)) {
      if (parse.relation(child).equals("det") && Tokens.lower(tokens.get(child)).equals("no")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parser often hangs the condition on a word inside the consequence: the verb of a relative
   * clause ("would hand over every soldier it holds provided that ..."), a gerund ("would not
   * negotiate over restarting the reactors until ..."), an infinitive's complement ("was prepared
   * to pay for rebuilding ... once ..."). When the word it chose commits to nothing, the consequence
   * is the nearest clause above it, before the connective, that does.
   */
  private static int committedClauseAbove(List<CoreLabel> tokens, Dependencies parse, int head, Connective connective) {
    if (committed(tokens, parse, head) && (subject(parse, head) != null || !parse.children(head, "expl").isEmpty())) {
      return head;   // "there would be no pullback until ...": an existential has no subject of its own
    }
    int current = head;
    for (int steps = 0; steps < 5; steps++) {
      current = parse.head(current);
      if (current < 0 || current >= connective.begin()) {
        return head;
      }
      if (Tokens.isVerb(tokens.get(current)) || !parse.children(current, "cop").isEmpty()) {
        if (committed(tokens, parse, current) && subject(parse, current) != null) {
          return current;
        }
      }
    }
    return head;
  }

  private static boolean committed(List<CoreLabel> tokens, Dependencies parse, int head) {
    int current = head;
    for (int steps = 0; steps < 4 && current >= 0; steps++) {
      if (COMMITMENTS.contains(Tokens.lemma(tokens.get(current)))) {
        return true;
      }
      for (int child : parse.children(current)) {
        String relation = parse.relation(child);
        if (relation.startsWith("aux") && MODALS.contains(Tokens.lower(tokens.get(child)))) {
          return true;
        }
        if (relation.startsWith("aux") && Tokens.lower(tokens.get(child)).equals("going")) {
          return true;
        }
      }
      String relation = parse.relation(current);
      if (!relation.startsWith("xcomp") && !relation.startsWith("conj") && !relation.startsWith("ccomp")) {
        break;
      }
      current = parse.head(current);
    }
    // An imperative: a base-form verb with no subject ("Withdraw your troops, or ...").
    return "VB".equals(tokens.get(head).tag()) && subject(parse, head) == null && parse.relation(head).equals("root");
  }

  // ---- from word order and punctuation

  private @Nullable Construction fromSurface(List<CoreLabel> tokens, Connective connective) {
    int size = tokens.size();
    Range condition;
    Range consequence;
    if (clauseInitial(tokens, connective.begin())) {
      int comma = nextComma(tokens, connective.end());
      if (comma < 0) {
        return null;
      }
      condition = trim(tokens, connective.end(), comma);
      consequence = withoutReportingTail(tokens, trim(tokens, comma + 1, size));
    } else {
      int clauseEnd = clauseEnd(tokens, connective.end());
      condition = trim(tokens, connective.end(), clauseEnd);
      consequence = dropLeading(tokens, trim(tokens, clauseStart(tokens, connective.begin()), connective.begin()));
    }
    if (connective.shape() == Connective.Shape.ULTIMATUM) {
      Range demand = condition;
      condition = consequence;
      consequence = demand;
    }
    if (condition.isEmpty() || consequence.isEmpty() || !hasVerb(tokens, condition)
        && connective.shape() == Connective.Shape.SUBORDINATE) {
      return null;
    }
    Range conditionSubject = firstNounPhrase(tokens, condition);
    Range consequenceSubject = firstNounPhrase(tokens, consequence);
    return new Construction(connective, condition, consequence, conditionSubject, consequenceSubject,
        head(conditionSubject), head(consequenceSubject), containsNegation(tokens, condition),
        containsNegation(tokens, consequence), containsModal(tokens, consequence)
        || connective.shape() == Connective.Shape.ULTIMATUM, false);
  }

  /** "Should Manila try again, China will respond": the condition runs to the first comma. */
  private @Nullable Construction inverted(List<CoreLabel> tokens, Connective connective) {
    int comma = nextComma(tokens, connective.end());
    if (comma < 0) {
      return null;
    }
    Range condition = trim(tokens, connective.end(), comma);
    Range consequence = withoutReportingTail(tokens, trim(tokens, comma + 1, tokens.size()));
    if (condition.isEmpty() || consequence.isEmpty() || !hasVerb(tokens, condition)) {
      return null;
    }
    Range conditionSubject = firstNounPhrase(tokens, condition);
    Range consequenceSubject = firstNounPhrase(tokens, consequence);
    return new Construction(connective, condition, consequence, conditionSubject, consequenceSubject,
        head(conditionSubject), head(consequenceSubject), containsNegation(tokens, condition),
        containsNegation(tokens, consequence), containsModal(tokens, consequence), false);
  }

  /** "Not until Tokyo abandons its sanctions will Moscow return to talks": the modal ends the condition. */
  private @Nullable Construction notUntil(List<CoreLabel> tokens, Connective connective) {
    int modal = -1;
    for (int i = connective.end(); i < tokens.size(); i++) {
      if (MODALS.contains(Tokens.lower(tokens.get(i)))) {
        modal = i;
        break;
      }
    }
    if (modal < 0) {
      return null;
    }
    Range condition = trim(tokens, connective.end(), modal);
    Range consequence = withoutReportingTail(tokens, trim(tokens, modal, tokens.size()));
    if (condition.isEmpty() || consequence.isEmpty() || !hasVerb(tokens, condition)) {
      return null;
    }
    Range conditionSubject = firstNounPhrase(tokens, condition);
    Range consequenceSubject = firstNounPhrase(tokens, new Range(modal + 1, consequence.end()));
    return new Construction(connective, condition, consequence, conditionSubject, consequenceSubject,
        head(conditionSubject), head(consequenceSubject), containsNegation(tokens, condition), false, true, false);
  }

  /** "X must stop; otherwise Y will ..." or "... Otherwise, Y will ...", the demand in the sentence before. */
  private @Nullable Construction otherwise(List<CoreLabel> tokens, Connective connective, @Nullable List<CoreLabel> previous) {
    Range consequence = withoutReportingTail(tokens, trim(tokens, connective.end(), tokens.size()));
    if (consequence.isEmpty() || !containsModal(tokens, consequence)) {
      return null;
    }
    Range condition;
    boolean inPrevious = false;
    List<CoreLabel> conditionTokens = tokens;
    if (clauseInitial(tokens, connective.begin())) {
      if (previous == null || previous.isEmpty()) {
        return null;
      }
      condition = withoutReportingTail(previous, trim(previous, 0, previous.size()));
      condition = dropLeading(previous, trim(previous, clauseStart(previous, condition.end()), condition.end()));
      conditionTokens = previous;
      inPrevious = true;
    } else {
      // "Tokyo should stop ...; otherwise, China would ...": the demand is the clause before the
      // semicolon or comma that "otherwise" follows.
      int end = connective.begin();
      while (end > 0 && isPunctuation(tokens.get(end - 1))) {
        end--;
      }
      condition = dropLeading(tokens, trim(tokens, clauseStart(tokens, end), end));
      condition = afterReportingVerb(tokens, condition);
    }
    if (condition.isEmpty() || !hasVerb(conditionTokens, condition)) {
      return null;
    }
    Range conditionSubject = firstNounPhrase(conditionTokens, condition);
    Range consequenceSubject = firstNounPhrase(tokens, consequence);
    return new Construction(connective, condition, consequence, conditionSubject, consequenceSubject,
        head(conditionSubject), head(consequenceSubject), containsNegation(conditionTokens, condition),
        containsNegation(tokens, consequence), true, inPrevious);
  }

  /**
   * "Eduardo Año said Beijing must lift the blockade; otherwise ...": the demand is what was said,
   * after the reporting verb and its "that", not the reporter.
   */
  private static Range afterReportingVerb(List<CoreLabel> tokens, Range condition) {
    for (int i = condition.end() - 2; i >= condition.begin(); i--) {
      if (Tokens.isVerb(tokens.get(i)) && REPORTING.contains(Tokens.lemma(tokens.get(i)))) {
        int start = i + 1;
        if (start < condition.end() && Tokens.lower(tokens.get(start)).equals("that")) {
          start++;
        }
        return start < condition.end() ? new Range(start, condition.end()) : condition;
      }
    }
    return condition;
  }

  private static boolean opensClause(List<CoreLabel> tokens, Connective connective) {
    return connective.shape() == Connective.Shape.PREPOSITIONAL || hasVerb(tokens, new Range(connective.end(),
        clauseEnd(tokens, connective.end())));
  }

  private static boolean clauseInitial(List<CoreLabel> tokens, int index) {
    for (int i = index - 1; i >= 0; i--) {
      String word = tokens.get(i).originalText();
      String lower = Tokens.lower(tokens.get(i));
      if (!isQuote(word) && !lower.equals("but") && !lower.equals("and") && !lower.equals("so")) {
        return false;
      }
    }
    return true;
  }

  /** Where the clause holding {@code index} starts: after "that", a colon, or "said," before it. */
  private static int clauseStart(List<CoreLabel> tokens, int index) {
    for (int i = index - 1; i >= 0; i--) {
      String word = Tokens.lower(tokens.get(i));
      if (word.equals("that") && "IN".equals(tokens.get(i).tag()) || word.equals(":") || word.equals(";")
          || isQuote(tokens.get(i).originalText())) {
        return i + 1;
      }
      if (word.equals(",") && i > 0 && REPORTING.contains(Tokens.lemma(tokens.get(i - 1)))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Where the clause starting at {@code index} ends: a semicolon, or a comma before a reporting clause. */
  private static int clauseEnd(List<CoreLabel> tokens, int index) {
    for (int i = index; i < tokens.size(); i++) {
      String word = tokens.get(i).originalText();
      if (word.equals(";") || isQuote(word) && i > index) {
        return i;
      }
      if (word.equals(",") && reportingFollows(tokens, i + 1)) {
        return i;
      }
    }
    return tokens.size();
  }

  private static Range withoutReportingTail(List<CoreLabel> tokens, Range range) {
    for (int i = range.begin(); i < range.end(); i++) {
      if (tokens.get(i).originalText().equals(",") && reportingFollows(tokens, i + 1)) {
        return trim(tokens, range.begin(), i);
      }
    }
    return range;
  }

  /** True when a reporting verb comes within a few words, before the clause ends (", he said."). */
  private static boolean reportingFollows(List<CoreLabel> tokens, int from) {
    for (int i = from; i < tokens.size() && i < from + 8; i++) {
      CoreLabel token = tokens.get(i);
      if (Tokens.isVerb(token)) {
        return REPORTING.contains(Tokens.lemma(token)) && !"VB".equals(token.tag());
      }
      if (token.originalText().equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static int nextComma(List<CoreLabel> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).originalText().equals(",")) {
        return i;
      }
    }
    return -1;
  }

  /** The part of a subject inside the clause it belongs to, or null when none is. */
  private static @Nullable Range clip(@Nullable Range subject, Range clause) {
    if (subject == null) {
      return null;
    }
    Range clipped = new Range(Math.max(subject.begin(), clause.begin()), Math.min(subject.end(), clause.end()));
    return clipped.isEmpty() ? null : clipped;
  }

  /** The head of a noun phrase found by word order: its last word. */
  private static int head(@Nullable Range phrase) {
    return phrase == null ? -1 : phrase.end() - 1;
  }

  private static @Nullable Range firstNounPhrase(List<CoreLabel> tokens, Range range) {
    int i = range.begin();
    while (i < range.end() && !isNominal(tokens.get(i))) {
      i++;
    }
    if (i >= range.end()) {
      return null;
    }
    int end = i + 1;
    if (!String.valueOf(tokens.get(i).tag()).startsWith("PRP")) {
      while (end < range.end() && (isNominal(tokens.get(end)) || Tokens.isPossessive(tokens.get(end))
          || Tokens.isAdjective(tokens.get(end)))) {
        end++;
      }
    }
    return new Range(i, end);
  }

  private static boolean isNominal(CoreLabel token) {
    String tag = String.valueOf(token.tag());
    return tag.startsWith("NN") || tag.equals("PRP");
  }

  private static boolean hasVerb(List<CoreLabel> tokens, Range range) {
    for (int i = range.begin(); i < range.end(); i++) {
      if (Tokens.isVerb(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsModal(List<CoreLabel> tokens, Range range) {
    for (int i = range.begin(); i < range.end(); i++) {
      String word = Tokens.lower(tokens.get(i));
      if (MODALS.contains(word) || COMMITMENTS.contains(Tokens.lemma(tokens.get(i)))) {
        return true;
      }
    }
    return false;
  }

  static boolean containsNegation(List<CoreLabel> tokens, Range range) {
    for (int i = range.begin(); i < range.end(); i++) {
      if (NEGATIONS.contains(Tokens.lower(tokens.get(i)))
          && !(i + 1 < tokens.size() && NO_BUT.contains(Tokens.lemma(tokens.get(i + 1))))) {
        return true;
      }
    }
    return false;
  }

  /** The range without punctuation and quotation marks at either end. */
  static Range trim(List<CoreLabel> tokens, int begin, int end) {
    int b = begin;
    int e = Math.min(end, tokens.size());
    while (b < e && isPunctuation(tokens.get(b))) {
      b++;
    }
    while (e > b && isPunctuation(tokens.get(e - 1))) {
      e--;
    }
    return new Range(b, e);
  }

  /**
   * Without a leading complementizer or conjunction ("that Russia will ...", "and the ..."). A
   * "that" after "and" or a comma is the complementizer of a coordinated clause even where the
   * tagger reads it as a determiner ("and that fighting would cease ...").
   */
  private static Range dropLeading(List<CoreLabel> tokens, Range range) {
    int b = range.begin();
    while (b < range.end()) {
      String word = Tokens.lower(tokens.get(b));
      String before = b > 0 ? Tokens.lower(tokens.get(b - 1)) : "";
      boolean complementizer = word.equals("that")
          && ("IN".equals(tokens.get(b).tag()) || before.equals("and") || before.equals("but") || before.equals(","));
      if (complementizer || word.equals("and") || word.equals("but")
          || word.equals("whether") || isPunctuation(tokens.get(b))) {
        b++;
      } else {
        break;
      }
    }
    return new Range(b, range.end());
  }

  private static boolean isPunctuation(CoreLabel token) {
    String word = token.originalText();
    return word.equals(",") || word.equals(".") || word.equals(";") || word.equals(":") || word.equals("-")
        || word.equals("\u2014") || word.equals("\u2013") || isQuote(word);
  }

  private static boolean isQuote(String word) {
    return word.equals("\"") || word.equals("``") || word.equals("''") || word.equals("\u201C") || word.equals("\u201D")
        || word.equals("\u2018") || word.equals("\u2019") || word.equals("'") || word.equals("\u00AB")
        || word.equals("\u00BB") || word.equals("\u201E") || word.equals("\u2039") || word.equals("\u203A");
  }
}
