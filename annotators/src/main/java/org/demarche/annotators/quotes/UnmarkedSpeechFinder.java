package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.demarche.annotators.common.Tokens;
import org.demarche.annotators.quotes.ReportingClauses.Report;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds reported content that stands without quotation marks beside its reporting clause:
 * <ul>
 *   <li>before it: "If they don't withdraw, we'll achieve this by force of arms, he said." and
 *       "Will Cairo open the gates? one analyst asked.";
 *   <li>after it, joined by a comma or colon: "..., stating, That sounds laughable to us, really."
 * </ul>
 * Whether such content is the speaker's own words (UNMARKED) or the reporter's rendering of them
 * (INDIRECT, "Talks had stalled, officials said.") is read from the content itself, see {@link
 * SpeechEvidence}. Unmarked speech that a reporting clause closes may reach back over the sentences
 * before it that speak in the same voice ("We have been patient for two years. Patience is over, he
 * said.").
 */
final class UnmarkedSpeechFinder {

  private static final Set<String> SUBORDINATORS = ImmutableSet.of("if", "when", "whenever", "unless", "until",
      "once", "as", "because", "although", "though", "while", "since", "after", "before", "whether");

  /** Verbs that may come before their subject in a closing reporting clause: "..., said the minister." */
  private static final Set<String> INVERTING = ImmutableSet.of("say", "add", "ask", "write", "reply", "tell",
      "respond", "explain", "insist", "warn", "note", "declare", "continue");

  /** How many sentences before its reporting clause unmarked speech may reach back over. */
  private static final int REACH_BACK = 3;

  private UnmarkedSpeechFinder() {}

  /**
   * Speech after a reporting verb and a comma or colon; marks the verbs it uses in {@code consumed}
   * so that the indirect speech finder leaves them alone.
   */
  static void leadIns(DocumentView document, Sentence sentence, List<Report> reports, boolean[] consumed,
      List<Finding> found) {
    for (Report report : reports) {
      if (!report.entry().attributesSpeech()) {
        continue;
      }
      int start = leadInStart(sentence, report.cue().to());
      if (start < 0 || start >= sentence.size() || !Tokens.isCapitalized(sentence.token(start))
          || sentence.hasMark(start) || document.anyQuoted(sentence, start, sentence.size())) {
        continue;
      }
      int end = sentence.size();
      while (end > start && sentence.hasMark(end - 1)) {
        end--;
      }
      if (end - start < 2 || !hasClause(sentence, start, end)) {
        continue;
      }
      QuoteKind kind = SpeechEvidence.kindOf(sentence, start, end);
      found.add(Finding.of(sentence.span(start, end), kind, report.subject(), report.cue()));
      consumed[report.verb()] = true;
    }
  }

  /** Where speech after a comma or colon starts: "adding, We ...", "told reporters: We ...". */
  private static int leadInStart(Sentence sentence, int afterVerb) {
    if (afterVerb < sentence.size() && sentence.word(afterVerb).equals(",")) {
      return afterVerb + 1;
    }
    for (int k = afterVerb; k < sentence.size() && k < afterVerb + 6; k++) {
      if (sentence.word(k).equals(":")) {
        return k + 1;
      }
      if (sentence.isVerb(k) || sentence.isPunctuation(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Content before a closing reporting clause: "..., he said.", "..., the ministry said in a
   * statement, adding ...", "..., said the ministry.".
   */
  static void trailing(DocumentView document, Sentence sentence, List<List<Report>> reportsBySentence,
      boolean[] consumed, List<Finding> found) {
    List<Report> reports = reportsBySentence.get(sentence.index);
    Sentence previous = sentence.index > 0 ? document.sentences.get(sentence.index - 1) : null;
    int end = sentence.size();
    while (end > 0 && sentence.isPunctuation(end - 1)) {
      end--;
    }
    for (int r = reports.size() - 1; r >= 0; r--) {
      Report report = reports.get(r);
      int verb = report.verb();
      if (!report.entry().attributesSpeech() || !tensed(sentence, verb)) {
        continue;
      }
      Phrase subject = null;
      int comma = -1;
      int start = sentence.floor(verb);
      // ", said the ministry" is inverted; ", Hiroshi Tanabe, said." has its subject on the left.
      boolean inverted = verb > start && sentence.isComma(verb - 1) && Subjects.rightOf(sentence, verb) != null
          && Subjects.leftOf(sentence, verb) == null;   // ", Iran's ambassador, Kazem Farahani, told reporters"
      int tail;
      if (inverted) {
        if (!INVERTING.contains(report.entry().lemma())) {
          continue;
        }
        subject = Subjects.rightOf(sentence, verb); // ", said the ministry"
        comma = verb - 1;
        tail = subject == null ? TAIL_CLAUSE_GOES_ON : tail(sentence, subject.to(), end, true);
      } else {
        tail = tail(sentence, report.cue().to(), end, report.entry().takesAddressee());
      }
      if (tail == TAIL_CLAUSE_GOES_ON) {
        continue;
      }
      if (!inverted) {
        subject = Subjects.leftOf(sentence, verb);
        if (subject == null) {
          continue;
        }
        comma = subject.from() - 1;
        if (comma < start) {
          if (start == 0) {
            question(document, sentence, previous, subject, report, found);
          }
          return;
        }
        if (!sentence.isComma(comma)) {
          continue;
        }
      }
      if (subject == null || document.anyQuoted(sentence, start, comma)) {
        return; // the clause attributes a quotation, not unmarked speech
      }
      if (comma - start < 1 || !hasClause(sentence, start, tail >= 0 ? end : comma)
          || tail < 0 && (comma - start < 2 || subordinateOnly(sentence, start, comma))
          || inverted && closesInsertion(sentence, start, comma)) {
        return;
      }
      // "Should that hold for weeks, officials said, the talks could widen": the report stands inside
      // its content, which is then both sides of it.
      int contentEnd = comma;
      QuoteKind kind = SpeechEvidence.kindOf(sentence, start, comma);
      if (tail >= 0) {
        contentEnd = end;
        consumed[verb] = true; // the content after the report is this item's, not a clause of its own
        if (SpeechEvidence.kindOf(sentence, tail, end) == QuoteKind.UNMARKED) {
          kind = QuoteKind.UNMARKED;
        }
      }
      int begin = sentence.token(start).beginPosition();
      if (kind == QuoteKind.UNMARKED && start == 0) {
        begin = reachBack(document, sentence, begin, reportsBySentence);
      }
      found.add(Finding.of(Span.of(begin, sentence.token(contentEnd - 1).endPosition()), kind,
          subject, report.cue()));
      return;
    }
  }

  /** "Will Cairo open the gates ...? one analyst asked.": the question before is the speech. */
  private static void question(DocumentView document, Sentence sentence, @Nullable Sentence previous, Phrase subject,
      Report report, List<Finding> found) {
    if (previous == null || previous.paragraph != sentence.paragraph || !previous.endsWithQuestion()
        || Tokens.isCapitalized(sentence.token(0)) || document.anyQuoted(previous, 0, previous.size())) {
      return;
    }
    found.add(Finding.of(previous.span(0, previous.size()), QuoteKind.UNMARKED, subject, report.cue()));
  }

  /** Earlier sentences of the paragraph that go on in the speaker's voice, without a report of their own. */
  private static int reachBack(DocumentView document, Sentence sentence, int begin,
      List<List<Report>> reportsBySentence) {
    int start = begin;
    for (int k = sentence.index - 1, steps = 0; k >= 0 && steps < REACH_BACK; k--, steps++) {
      Sentence earlier = document.sentences.get(k);
      if (earlier.paragraph != sentence.paragraph || document.anyQuoted(earlier, 0, earlier.size())
          || !SpeechEvidence.hasPersonalVoice(earlier, 0, earlier.size())
          || !reportsBySentence.get(k).isEmpty()) {
        break;
      }
      start = earlier.begin();
    }
    return start;
  }

  /** A verb that can close a report: "said", "says", "has said", "told". */
  private static boolean tensed(Sentence sentence, int verb) {
    if (sentence.isFinite(verb)) {
      return true;
    }
    return sentence.tag(verb).equals("VBN") && verb > 0 && Tokens.lemma(sentence.token(verb - 1)).equals("have");
  }

  /** The reporting clause ends the sentence, or what follows it is the reporter's addition. */
  private static final int TAIL_ADJUNCTS = -1;
  /** The sentence goes on with more than the reporter's addition: no closing reporting clause. */
  private static final int TAIL_CLAUSE_GOES_ON = -2;

  /**
   * What follows the reporting verb: only its object and adjuncts up to the end or a comma, after
   * which the reporter may add a participle (", adding ..."), a time (", after a week in which
   * ..."), an apposition (", a question officials ..."); or, after a comma, the rest of the content
   * whose report stood in the middle (returns where that rest starts: "Should that hold, officials
   * said, the talks could widen", "The deal, officials said, would be signed"); a conjunction, a
   * "that" or a tensed verb before the comma means the clause goes on.
   */
  private static int tail(Sentence sentence, int from, int end, boolean addressee) {
    int first = from;
    while (first < end && sentence.tag(first).startsWith("RB")) {
      first++;
    }
    if (first < end && sentence.timePhraseEnd(first) == first && startsObject(sentence, first) && !addressee) {
      return TAIL_CLAUSE_GOES_ON; // "the year Kosovo declared independence": an object, not a closing report
    }
    for (int j = from; j < end; j++) {
      if (sentence.isComma(j) && j + 1 < end) {
        int next = j + 1;
        if (sentence.tag(next).equals("CC")) {
          return TAIL_CLAUSE_GOES_ON;
        }
        // "The deal, officials said, would be signed ...": the clause the report interrupted goes on
        int verb = next;
        while (verb < end && sentence.tag(verb).startsWith("RB")) {
          verb++;
        }
        return startsClause(sentence, next, end) || verb < end && sentence.isFinite(verb) ? next : TAIL_ADJUNCTS;
      }
      if (sentence.isFinite(j) || sentence.lower(j).equals("that") || sentence.hasMark(j)) {
        return TAIL_CLAUSE_GOES_ON;
      }
    }
    return TAIL_ADJUNCTS;
  }

  private static boolean startsObject(Sentence sentence, int i) {
    String tag = sentence.tag(i);
    return tag.startsWith("NN") || tag.equals("DT") || tag.startsWith("JJ") || tag.equals("PRP$") || tag.equals("CD")
        || tag.equals("PRP");
  }

  /** A subject and its tensed verb: "the talks could widen", "it will". */
  private static boolean startsClause(Sentence sentence, int from, int end) {
    String tag = sentence.tag(from);
    if (!(tag.equals("DT") || tag.equals("PRP") || tag.startsWith("NN") || tag.equals("PRP$") || tag.startsWith("JJ"))) {
      return false;
    }
    int j = from;
    while (j < end && j < from + 8 && (Subjects.nounPhraseWord(sentence, j) && !sentence.tag(j).equals("IN")
        && !sentence.tag(j).startsWith("VB") || sentence.tag(j).startsWith("RB"))) {
      j++;
    }
    return j > from && j < end && sentence.isFinite(j);
  }

  /**
   * "Kosovo, whose population is Albanian, declared ...": the comma before the verb closes an aside
   * about its subject, not a report.
   */
  private static boolean closesInsertion(Sentence sentence, int start, int comma) {
    for (int i = comma - 1; i > start; i--) {
      if (sentence.isComma(i)) {
        return false;
      }
      String tag = sentence.tag(i);
      if ((tag.equals("WP") || tag.equals("WP$") || tag.equals("WDT") || tag.equals("WRB")) && sentence.isComma(i - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasClause(Sentence sentence, int from, int to) {
    if (sentence.tag(from).equals("VB")) {
      return true;
    }
    for (int i = from; i < to; i++) {
      if (sentence.isFinite(i)) {
        return true;
      }
    }
    return false;
  }

  /** "When asked about the talks, he said ...": a subordinate clause alone is no speech. */
  private static boolean subordinateOnly(Sentence sentence, int start, int comma) {
    if (!SUBORDINATORS.contains(sentence.lower(start))) {
      return false;
    }
    for (int i = start + 1; i < comma; i++) {
      if (sentence.isComma(i)) {
        return false;
      }
    }
    return true;
  }
}
