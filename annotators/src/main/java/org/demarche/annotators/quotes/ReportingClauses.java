package org.demarche.annotators.quotes;

import java.util.ArrayList;
import java.util.List;
import org.demarche.annotators.quotes.ReportingLexicon.Entry;
import org.jspecify.annotations.Nullable;

/**
 * The reporting verbs of a sentence that stand outside quotation marks, each with its subject.
 * Verbs inside a quotation belong to the quoted speaker's words, not to the report.
 */
final class ReportingClauses {

  /** A reporting verb at token {@code verb} and who does the reporting. */
  record Report(Sentence sentence, int verb, Entry entry, @Nullable Phrase subject) {

    /** The verb as written, with its particle ("pointed out"). */
    Phrase cue() {
      int to = entry.particle() != null && verb + 2 <= sentence.size() ? verb + 2 : verb + 1;
      return new Phrase(sentence, verb, to);
    }
  }

  private ReportingClauses() {}

  static List<Report> of(DocumentView document, Sentence sentence, ReportingLexicon lexicon) {
    List<Report> reports = null;
    Phrase previous = null;
    for (int i = 0; i < sentence.size(); i++) {
      Entry entry = lexicon.verbAt(sentence.tokens, i);
      if (entry == null || document.quoted(sentence, i) || nounInDisguise(sentence, i)) {
        continue;
      }
      Phrase subject = Subjects.ofVerb(sentence, i, previous);
      if (subject != null && document.anyQuoted(sentence, subject.from(), subject.to())) {
        subject = null;
      }
      if (reports == null) {
        reports = new ArrayList<>(2);
      }
      reports.add(new Report(sentence, i, entry, subject));
      if (subject != null) {
        previous = subject;
      }
    }
    return reports == null ? List.of() : reports;
  }

  /** "Trump's remarks", "the report", "his claims": a determiner or possessor makes it a noun. */
  private static boolean nounInDisguise(Sentence sentence, int i) {
    if (i == 0) {
      return false;
    }
    String before = sentence.tag(i - 1);
    String word = sentence.lower(i - 1);
    return before.equals("POS") || before.equals("PRP$") || word.equals("the") || word.equals("a") || word.equals("an");
  }
}
