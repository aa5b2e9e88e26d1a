package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.demarche.annotators.common.ActorReferences;
import org.demarche.annotators.common.Tokens;
import org.demarche.annotators.quotes.QuotationMarks.Quotation;
import org.demarche.annotators.quotes.ReportingClauses.Report;
import org.demarche.core.ActorKind;
import org.demarche.core.ActorMention;
import org.demarche.core.QuoteKind;
import org.demarche.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * Turns the document's quotations into direct quotes and finds who said each, from its attribution:
 * <ol>
 *   <li>after it: "“…,” said X", "“…,” X told reporters", "“…?” he asked";
 *   <li>before it: "X said: “…”", "…, telling soldiers: “…”";
 *   <li>the reporting clause of the sentence it is embedded in ("X accused Y of trying to «…»");
 *   <li>the quote before it in the paragraph, whose speaker goes on talking;
 *   <li>a paragraph ending "He said:" before a quote that opens the next one;
 *   <li>a reporting clause in the next or previous sentence;
 *   <li>the person named last before it.
 * </ol>
 * Scare quotes (a word or a short name between marks, "the so-called “peace plan”") are no quotes.
 */
final class DirectQuoteFinder {

  /** A quotation of this many words or fewer, without punctuation, is a scare quote. */
  private static final int SCARE_QUOTE_WORDS = 3;

  /** A speaker in the first or second person speaks inside someone else's words. */
  private static final Set<String> FIRST_AND_SECOND = ImmutableSet.of("i", "we", "you");

  /** How far back (in characters) the last-named person may be. */
  private static final int PERSON_REACH = 800;

  private final ReportingLexicon lexicon;

  DirectQuoteFinder(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** True for a short quotation without punctuation: "the so-called “referendum”". */
  static boolean isScareQuote(String text, Span content) {
    int words = 0;
    boolean inWord = false;
    for (int i = content.begin(); i < content.end(); i++) {
      char c = text.charAt(i);
      if (".,;:!?\u2026".indexOf(c) >= 0 && !(c == '.' && i + 1 < content.end() && Character.isLetter(text.charAt(i + 1)))) {
        return false;
      }
      if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    return words <= SCARE_QUOTE_WORDS;
  }

  /** Adds a direct quote for every quotation that is not a scare quote. */
  void find(DocumentView document, List<List<Report>> reports, ActorReferences actors, List<Finding> found) {
    Finding previous = null;
    for (Quotation quotation : document.quotations) {
      Span content = trimmed(document.text, quotation.content());
      if (content.isEmpty() || isScareQuote(document.text, content)) {
        continue;
      }
      Finding finding = attribute(document, reports, actors, quotation, content, previous);
      found.add(finding);
      previous = finding;
    }
  }

  private static Span trimmed(String text, Span span) {
    int begin = span.begin();
    int end = span.end();
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return Span.of(begin, end);
  }

  private Finding attribute(DocumentView document, List<List<Report>> reports, ActorReferences actors,
      Quotation quotation, Span content, @Nullable Finding previous) {
    if (!quotation.closed()) {
      Finding inside = attributedInside(document, content);
      if (inside != null) {
        return inside;
      }
    }
    Finding after = after(document, reports, quotation, content);
    if (after != null) {
      return after;
    }
    Finding before = before(document, reports, quotation, content);
    if (before != null) {
      return before;
    }
    int openSentence = document.sentenceAt(quotation.open());
    Finding introduced = introducedByParagraphBefore(document, reports, quotation, content, openSentence);
    if (introduced != null) {
      return introduced;
    }
    if (previous != null && openSentence >= 0) {
      int previousSentence = document.sentenceAt(previous.span().begin());
      Sentence here = document.sentences.get(openSentence);
      if (previousSentence >= 0 && document.sentences.get(previousSentence).paragraph >= here.paragraph - 1
          && (previous.speaker() != null || previous.speakerRef() != null)
          && (document.sentences.get(previousSentence).paragraph == here.paragraph || opensParagraph(document, quotation))) {
        return new Finding(content, QuoteKind.DIRECT, previous.speaker(), previous.speakerRef(), previous.cue());
      }
    }
    Finding nearby = nearbySentences(document, reports, quotation, content, openSentence);
    if (nearby != null) {
      return nearby;
    }
    ActorMention person = actors.nearestBefore(quotation.open(), PERSON_REACH, actor -> actor.kind() == ActorKind.PERSON);
    return new Finding(content, QuoteKind.DIRECT, null, person == null ? null : person.toRef(), null);
  }

  /**
   * A quotation whose closing mark is missing, but whose reporting clause shows where it ended:
   * "“We will not leave, he said. Talks ..." ends before ", he said".
   */
  private @Nullable Finding attributedInside(DocumentView document, Span content) {
    for (int k = Math.max(0, document.sentenceAt(content.begin())); k < document.sentences.size(); k++) {
      Sentence sentence = document.sentences.get(k);
      if (sentence.begin() >= content.end()) {
        break;
      }
      int from = sentence.firstAtOrAfter(content.begin());
      for (int verb = from + 2; verb < sentence.size() && sentence.token(verb).endPosition() <= content.end(); verb++) {
        ReportingLexicon.Entry entry = lexicon.verbAt(sentence.tokens, verb);
        if (entry == null || !entry.attributesSpeech() || !sentence.isFinite(verb)) {
          continue;
        }
        Phrase subject = Subjects.leftOf(sentence, verb);
        if (subject == null || subject.from() - 1 <= from || !sentence.isComma(subject.from() - 1)
            || !closesSentence(sentence, verb + 1)) {
          continue;
        }
        Span quoted = Span.of(content.begin(), sentence.token(subject.from() - 2).endPosition());
        return Finding.of(quoted, QuoteKind.DIRECT, subject, new Phrase(sentence, verb, verb + 1));
      }
    }
    return null;
  }

  /** Nothing but adjuncts up to a comma or the end of the sentence: no tensed verb, no "that". */
  private static boolean closesSentence(Sentence sentence, int from) {
    for (int j = from; j < sentence.size() && !sentence.isComma(j); j++) {
      if (sentence.isFinite(j) || sentence.lower(j).equals("that")) {
        return false;
      }
    }
    return true;
  }

  /** "“…,” said X", "“…,” X told reporters", "“…?” he asked". */
  private @Nullable Finding after(DocumentView document, List<List<Report>> reports, Quotation quotation, Span content) {
    if (!quotation.closed()) {
      return null;
    }
    int index = document.sentenceAt(quotation.close());
    if (index < 0) {
      return null;
    }
    Sentence sentence = document.sentences.get(index);
    int t = sentence.firstAtOrAfter(quotation.close() + 1);
    if (t >= sentence.size()) {
      if (index + 1 >= document.sentences.size()) {
        return null;
      }
      sentence = document.sentences.get(index + 1);
      // "“…?” he asked." may be split after the question mark; a capital starts a new sentence.
      if (sentence.paragraph != document.sentences.get(index).paragraph || Tokens.isCapitalized(sentence.token(0))) {
        return null;
      }
      t = 0;
    }
    while (t < sentence.size() && (sentence.isComma(t) || sentence.word(t).equals(";")
        || sentence.word(t).equals("\u2014") || sentence.word(t).equals("\u2013") || sentence.word(t).equals("--"))) {
      t++;
    }
    if (t >= sentence.size() || sentence.hasMark(t) || sentence.isPunctuation(t)
        || document.text.indexOf('\n', quotation.close()) >= 0
        && document.text.indexOf('\n', quotation.close()) < sentence.token(t).beginPosition()) {
      return null; // nothing after the quote in its paragraph
    }
    List<Report> sentenceReports = reports.get(sentence.index);
    for (Report report : sentenceReports) {
      int verb = report.verb();
      if (verb < t || verb > t + 15 || !report.entry().attributesSpeech()) {
        continue;
      }
      if (verb == t) {
        Phrase subject = report.subject() != null && report.subject().from() > verb ? report.subject()
            : Subjects.rightOf(sentence, verb);
        return subject == null ? null : Finding.of(content, QuoteKind.DIRECT, subject, report.cue());
      }
      Phrase left = Subjects.leftOf(sentence, verb);
      if (left != null && left.from() == t) {
        Phrase subject = report.subject() != null && report.subject().from() >= t && report.subject().to() <= verb
            ? report.subject() : left;
        return Finding.of(content, QuoteKind.DIRECT, subject, report.cue());
      }
      return null;
    }
    return anyVerbAfter(sentence, t, content);
  }

  /**
   * "“We are ready …” the envoy began, ...": a subject and a verb right after the closing mark, with
   * nothing of their own after them, attribute the quote whatever the verb.
   */
  private static @Nullable Finding anyVerbAfter(Sentence sentence, int t, Span content) {
    for (int verb = t + 1; verb < sentence.size() && verb <= t + 8; verb++) {
      if (!sentence.isFinite(verb) || sentence.tag(verb).equals("MD")) {
        continue;
      }
      Phrase subject = Subjects.leftOf(sentence, verb);
      if (subject == null || subject.from() != t || FIRST_AND_SECOND.contains(subject.firstLower())
          || !closesSentence(sentence, verb + 1)) {
        return null;
      }
      return Finding.of(content, QuoteKind.DIRECT, subject, new Phrase(sentence, verb, verb + 1));
    }
    return null;
  }

  /** "X said: “…”", "…, telling soldiers: “…”", "X said “…”". */
  private @Nullable Finding before(DocumentView document, List<List<Report>> reports, Quotation quotation, Span content) {
    int index = document.sentenceAt(quotation.open());
    if (index < 0) {
      return null;
    }
    Sentence sentence = document.sentences.get(index);
    int open = sentence.firstAtOrAfter(quotation.open());
    if (open == 0 || open >= sentence.size()) {
      return null;
    }
    // The nearest report before the quotation in its sentence: "X said: “…”", "…, telling soldiers:
    // “…”", and a partial quotation inside reported speech ("said the delegations had “narrowed
    // their differences”").
    Report nearest = null;
    for (Report report : reports.get(index)) {
      if (report.verb() < open && (report.entry().attributesSpeech() || report.entry().takesClause())
          && !crossesQuotation(document, sentence, report.verb(), open)
          && (report.subject() == null || !FIRST_AND_SECOND.contains(report.subject().firstLower()))) {
        nearest = report;
      }
    }
    if (nearest != null) {
      return Finding.of(content, QuoteKind.DIRECT, nearest.subject(), nearest.cue());
    }
    // "Zakharova accused Chisinau of trying to «strangle ...»": the sentence's own clause
    for (int i = open - 1; i >= 0; i--) {
      if (sentence.isFinite(i) && !document.quoted(sentence, i)) {
        Phrase subject = Subjects.ofVerb(sentence, i, null);
        return subject == null ? null : Finding.of(content, QuoteKind.DIRECT, subject, new Phrase(sentence, i, i + 1));
      }
    }
    return null;
  }

  /** "He said:" closing the paragraph before a quote that opens the next one. */
  private static @Nullable Finding introducedByParagraphBefore(DocumentView document, List<List<Report>> reports,
      Quotation quotation, Span content, int openSentence) {
    if (openSentence <= 0 || !opensParagraph(document, quotation)) {
      return null;
    }
    Sentence before = document.sentences.get(openSentence - 1);
    if (before.end() > quotation.open() || !before.word(before.size() - 1).equals(":")) {
      return null;
    }
    List<Report> candidates = reports.get(before.index);
    for (int r = candidates.size() - 1; r >= 0; r--) {
      Report report = candidates.get(r);
      if (report.entry().attributesSpeech()) {
        return Finding.of(content, QuoteKind.DIRECT, report.subject(), report.cue());
      }
    }
    return null;
  }

  /**
   * True when another quotation, not a scare quote, stands between the token and the quotation's
   * opening token: its own attribution comes first.
   */
  private static boolean crossesQuotation(DocumentView document, Sentence sentence, int token, int open) {
    if (token + 1 >= open) {
      return false;
    }
    int from = sentence.token(token + 1).beginPosition();
    int to = sentence.token(open).beginPosition();
    for (Quotation other : document.quotations) {
      if (other.open() >= from && other.open() < to
          && !isScareQuote(document.text, trimmed(document.text, other.content()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensParagraph(DocumentView document, Quotation quotation) {
    for (int i = quotation.open() - 1; i >= 0; i--) {
      char c = document.text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A paragraph ending "He said:" before the quote, a closing "he added." in the next sentence, or
   * the last reporting clause of the sentences before.
   */
  private @Nullable Finding nearbySentences(DocumentView document, List<List<Report>> reports, Quotation quotation,
      Span content, int openSentence) {
    int closeSentence = document.sentenceAt(quotation.close());
    if (closeSentence >= 0 && closeSentence + 1 < document.sentences.size()) {
      Sentence next = document.sentences.get(closeSentence + 1);
      if (next.paragraph == document.sentences.get(closeSentence).paragraph && !document.quoted(next, 0)) {
        for (Report report : reports.get(next.index)) {
          Phrase subject = report.subject();
          if (report.entry().attributesSpeech() && subject != null && subject.from() == 0 && report.verb() <= subject.to() + 2
              && closesReport(next, report)) {
            return Finding.of(content, QuoteKind.DIRECT, subject, report.cue());
          }
        }
      }
    }
    for (int k = openSentence - 1, steps = 0; k >= 0 && steps < 2; k--, steps++) {
      if (openSentence >= 0 && document.sentences.get(k).paragraph < document.sentences.get(openSentence).paragraph - 1) {
        break;
      }
      List<Report> earlier = reports.get(k);
      for (int r = earlier.size() - 1; r >= 0; r--) {
        Report report = earlier.get(r);
        if (report.subject() != null && !FIRST_AND_SECOND.contains(report.subject().firstLower())) {
          return Finding.of(content, QuoteKind.DIRECT, report.subject(), report.cue());
        }
      }
    }
    return null;
  }

  /** "He added." or "she said on Tuesday.": a reporting clause without content of its own. */
  private static boolean closesReport(Sentence sentence, Report report) {
    for (int j = report.cue().to(); j < sentence.size(); j++) {
      if (sentence.isFinite(j) || sentence.lower(j).equals("that") || sentence.isComma(j)) {
        return false;
      }
    }
    return true;
  }
}
