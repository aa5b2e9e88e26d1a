package org.demarche.annotators.quotes;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.demarche.annotators.common.Dependencies;
import org.demarche.annotators.common.Tokens;
import org.demarche.annotators.quotes.ReportingClauses.Report;
import org.demarche.annotators.quotes.ReportingLexicon.Entry;
import org.demarche.core.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * Finds indirect speech: the content clause of a reporting verb ("Putin suggested that the draft
 * could serve ...", "told reporters the talks had stalled") or of a reporting noun ("reiterated his
 * belief that ... and that ...").
 *
 * <h2>Where the content starts</h2>
 * Where the parse gives the verb a clausal complement, the content starts with that clause (after
 * its "that"). The parser misreads some complements without "that" ("said transit to the region
 * was guaranteed" parsed as an object), so where it gives none, the content is read from the
 * tokens: after the addressee of verbs that take one ("told reporters"), after time and place
 * phrases ("said on Monday", "said in a statement"), a noun phrase followed by a tensed verb.
 *
 * <h2>Where it ends</h2>
 * At the end of the sentence, unless the reporter goes on first: a participle clause (", adding
 * ...", ", casting doubt on ..."), another report (", but warned that ...", "and urged ..."), a new
 * clause with its own subject (", and a trade delegation went ahead ..."), a contrast or a time
 * (", while ...", ", after ..."), an "according to", an aside with its own reporting verb (",
 * which he said amounts to ..."), or, where the parse is trusted, another dependent of the
 * reporting verb. Coordinated content clauses of one verb ("that ... and that ...") and conditions
 * attached to the verb ("said it would ... if ...") stay in.
 *
 * <p>Infinitive complements ("urged Iran to return"), embedded questions ("asked whether ...") and
 * noun objects ("said nothing") are not speech content.
 */
final class IndirectSpeechFinder {

  /** Marks of a clause that states a condition of what was said, not of the saying. */
  private static final Set<String> CONDITIONS = ImmutableSet.of("if", "unless", "until", "once", "provided",
      "providing", "when", "as", "so", "only", "even", "whether");

  /** Words after a comma that turn from the content to the reporter's own account. */
  private static final Set<String> REPORTER_TURNS = ImmutableSet.of("while", "whereas", "after", "according");

  /** Nouns with which a reporter sums up what was said in an apposition after it. */
  private static final Set<String> COMMENT_NOUNS = ImmutableSet.of("claim", "move", "demand", "phrase", "step",
      "decision", "accusation", "charge", "view", "position", "remark", "statement", "assertion", "suggestion",
      "offer", "proposal", "threat", "warning", "allegation", "promise", "pledge", "stance", "line", "message");

  /** Words that open a relative clause or a question (not "that", which also opens a content clause). */
  private static final Set<String> WH_WORDS = ImmutableSet.of("which", "who", "whom", "whose", "where", "when",
      "what", "how", "why", "whether");

  /** Nouns for where something was said: the report's channel, not its content. */
  private static final Set<String> CHANNELS = ImmutableSet.of("statement", "interview", "speech", "letter",
      "address", "post", "message", "briefing", "communique", "broadcast", "conference", "tweet", "video", "op-ed",
      "article", "column", "podcast", "debate", "session", "hearing");

  /** Words that open a clause of their own: before them no subject of a content clause ends. */
  private static final Set<String> CLAUSE_OPENERS = ImmutableSet.of("that", "whether", "if", "because",
      "although", "though", "while", "when", "unless", "until", "since", "after", "before", "once", "as");

  /** The most tokens a content's subject may have before its verb. */
  private static final int SUBJECT_LENGTH = 25;

  private final ReportingLexicon lexicon;

  IndirectSpeechFinder(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds the sentence's indirect speech to {@code found}; verbs marked in {@code consumed} are skipped. */
  void find(DocumentView document, Sentence sentence, List<Report> reports, boolean[] consumed,
      SpeakerResolver speakers, List<Finding> found) {
    for (Report report : reports) {
      int verb = report.verb();
      if (!report.entry().takesClause() || consumed[verb]) {
        continue;
      }
      if (report.entry().needsSpeaker() && (report.subject() == null || !speakers.namesSomeone(report.subject()))) {
        continue; // "the fact that the talks resumed suggested that ...": evidence, not speech
      }
      int afterCue = report.cue().to();
      int clause = clauseFromParse(sentence, verb);
      int start;
      if (clause >= 0) {
        start = startOfClause(sentence, clause, afterCue);
      } else {
        // A passive report ("clashes have been reported along the berm that ...") has no content
        // clause of its own to read from the tokens.
        start = passive(sentence, verb) ? -1 : startFromTokens(sentence, report.entry(), afterCue);
      }
      if (start >= 0) {
        add(document, sentence, verb, start, clause >= 0, report.subject(), report.cue(), found);
      }
    }
    for (int noun = 0; noun + 1 < sentence.size(); noun++) {
      Entry entry = lexicon.nounAt(sentence.tokens, noun);
      if (entry != null && sentence.lower(noun + 1).equals("that") && !document.quoted(sentence, noun)
          && hasVerb(sentence, noun + 2) && isNounComplement(sentence, noun)) {
        nounContent(document, sentence, reports, noun, found);
      }
    }
  }

  /**
   * "his belief that Russia has the initiative" (a complement: "that" introduces the clause), not
   * "statements that Yerevan regards as threats" (a relative clause: "that" stands for the noun).
   * Only the parse tells the two apart; without one the noun is left alone.
   */
  private static boolean isNounComplement(Sentence sentence, int noun) {
    Dependencies parse = sentence.parse();
    if (parse == null) {
      return false;
    }
    String relation = parse.relation(noun + 1);
    if (!relation.equals("mark")) {
      return false;
    }
    int clause = parse.head(noun + 1);
    return clause > noun && parse.head(clause) == noun && !parse.relation(clause).equals("acl:relcl");
  }

  /** "Putin reiterated his belief that ...": cue and speaker are the verb's; else the possessor's. */
  private void nounContent(DocumentView document, Sentence sentence, List<Report> reports, int noun, List<Finding> found) {
    Report governing = null;
    for (Report report : reports) {
      if (report.verb() < noun && noun - report.verb() <= 4 && onlyDeterminers(sentence, report.cue().to(), noun)) {
        governing = report;
      }
    }
    Phrase speaker;
    Phrase cue;
    if (governing != null) {
      speaker = governing.subject();
      cue = governing.cue();
    } else {
      speaker = null;
      for (int i = Math.max(0, noun - 3); i < noun; i++) {
        if (sentence.tag(i).equals("PRP$") || sentence.tag(i).equals("POS") && i > 0) {
          speaker = sentence.tag(i).equals("PRP$") ? new Phrase(sentence, i, i + 1) : Subjects.leftOf(sentence, i);
        }
      }
      cue = new Phrase(sentence, noun, noun + 1);
    }
    add(document, sentence, noun, noun + 2, false, speaker, cue, found);
  }

  private static boolean onlyDeterminers(Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      String tag = sentence.tag(i);
      if (!tag.equals("DT") && !tag.equals("PRP$") && !tag.startsWith("JJ") && !tag.equals("POS")) {
        return false;
      }
    }
    return true;
  }

  /** The verb's clausal complement after it in the parse, or -1. */
  private static int clauseFromParse(Sentence sentence, int verb) {
    Dependencies parse = sentence.parse();
    if (parse == null) {
      return -1;
    }
    for (int child : parse.children(verb)) {
      if (child > verb && isContentClause(sentence, parse, child)) {
        return child;
      }
    }
    return -1;
  }

  /**
   * A finite clause: it has a subject and a tense or a "that", and is not an infinitive, a question
   * or a relative clause the parser took for a complement ("raids last Friday in which it said ...").
   */
  private static boolean isContentClause(Sentence sentence, Dependencies parse, int clause) {
    String relation = parse.relation(clause);
    if (!relation.equals("ccomp") && !relation.equals("xcomp") && !relation.equals("dep")) {
      return false;
    }
    int first = parse.subtree(clause)[0];
    if (WH_WORDS.contains(sentence.lower(first)) || sentence.tag(first).equals("IN") && first + 1 < sentence.size()
        && WH_WORDS.contains(sentence.lower(first + 1))) {
      return false;
    }
    boolean subject = false;
    boolean finite = sentence.isFinite(clause);
    boolean that = false;
    for (int child : parse.children(clause)) {
      String childRelation = parse.relation(child);
      if (childRelation.startsWith("nsubj") || childRelation.equals("expl") || childRelation.startsWith("csubj")) {
        subject = true;
      } else if (childRelation.startsWith("aux") || childRelation.equals("cop")) {
        if (sentence.isFinite(child)) {
          finite = true;
        }
        if (sentence.lower(child).equals("to")) {
          return false;
        }
      } else if (childRelation.equals("mark")) {
        String mark = sentence.lower(child);
        if (mark.equals("whether") || mark.equals("if") || mark.equals("to")) {
          return false;
        }
        that |= mark.equals("that");
      }
    }
    // A subjunctive "demanded that southern Syria be demilitarised" has a subject but no tense, and
    // the tagger misses the tense of some verbs ("mines there still kill"): a complement clause with
    // a subject is content; an xcomp or dep needs a tense or a "that" to be one.
    return subject && (finite || that || relation.equals("ccomp"));
  }

  private static int startOfClause(Sentence sentence, int clause, int afterCue) {
    Dependencies parse = sentence.parse();
    int start = parse == null ? clause : Math.max(parse.subtree(clause)[0], afterCue);
    while (start < clause && (sentence.lower(start).equals("that") || sentence.isPunctuation(start) && !sentence.hasMark(start))) {
      start++;
    }
    return start;
  }

  /**
   * The content's first token read from the tokens: past the addressee, time and place phrases and
   * a "that", a noun phrase followed by a tensed verb; -1 when no clause follows.
   */
  private static int startFromTokens(Sentence sentence, Entry entry, int afterCue) {
    boolean addressee = !entry.takesAddressee();
    int j = afterCue;
    for (int steps = 0; j < sentence.size() && steps < 12; steps++) {
      String lower = sentence.lower(j);
      String tag = sentence.tag(j);
      if (lower.equals("that") && (tag.equals("IN") || tag.equals("DT") || tag.equals("WDT"))) {
        // "that" before a tensed verb is the content's subject right after the verb ("said that was
        // not enough"), and a relative pronoun after a noun ("the berm that separates ...")
        if (j + 1 < sentence.size() && sentence.isFinite(j + 1)) {
          // the demonstrative is singular: "that was", "that would"; "remarks that have angered" is relative
          return j == afterCue && !sentence.tag(j + 1).equals("VBP") ? j : -1;
        }
        return hasVerb(sentence, j + 1) ? j + 1 : -1;
      }
      if (lower.equals("if") && !entry.lemma().equals("ask")) {
        return hasFinite(sentence, j + 1) ? j : -1; // "said if London rejects this offer, we will ..."
      }
      int time = sentence.timePhraseEnd(j);
      if (time > j) {
        j = time;
      } else if (tag.startsWith("RB")) {
        j++;
      } else if (tag.equals("IN") && !lower.equals("whether")) {
        j = skipNounPhrase(sentence, j + 1);
      } else if (startsSubject(sentence, j)) {
        if (!addressee) {
          addressee = true;
          j = skipNounPhrase(sentence, j);
        } else {
          return subjectThenVerb(sentence, j) ? j : -1;
        }
      } else {
        return -1;
      }
    }
    return -1;
  }

  /** The relative clause the verb stands in, or -1. */
  private static int relativeClauseAround(Dependencies parse, int verb) {
    for (int current = verb, steps = 0; current >= 0 && steps < 40; current = parse.head(current), steps++) {
      String relation = parse.relation(current);
      if (relation.equals("acl:relcl") || relation.equals("acl")) {
        return current;
      }
    }
    return -1;
  }

  private static boolean passive(Sentence sentence, int verb) {
    if (!sentence.tag(verb).equals("VBN")) {
      return false;
    }
    for (int i = verb - 1; i >= 0 && i >= verb - 3; i--) {
      String lemma = Tokens.lemma(sentence.token(i));
      if (lemma.equals("be") || lemma.equals("get")) {
        return true;
      }
      if (!sentence.tag(i).startsWith("RB") && !sentence.tag(i).equals("MD") && !lemma.equals("have")) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsSubject(Sentence sentence, int i) {
    String tag = sentence.tag(i);
    return tag.startsWith("NN") || tag.equals("DT") || tag.equals("PRP") || tag.equals("PRP$") || tag.startsWith("JJ")
        || tag.equals("CD") || tag.equals("EX");
  }

  /** Past a noun phrase, up to where a new one starts ("reporters | the talks"). */
  private static int skipNounPhrase(Sentence sentence, int from) {
    int j = from;
    boolean noun = false;
    while (j < sentence.size()) {
      String tag = sentence.tag(j);
      boolean starter = tag.equals("DT") || tag.equals("PRP") || tag.equals("PRP$") || tag.equals("EX");
      // a participle before the noun modifies it ("a televised address"); after it, a verb begins
      boolean participle = !noun && (tag.equals("VBN") || tag.equals("VBG"));
      if (noun && starter || tag.equals("IN") || tag.equals("TO") || sentence.lower(j).equals("that")
          || !Subjects.nounPhraseWord(sentence, j) || sentence.isVerb(j) && !participle) {
        break;
      }
      noun |= tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD");
      j++;
    }
    return j;
  }

  /**
   * A subject and then its tensed verb: a clause. The subject may carry modifiers ("schools used as
   * shelters", "more than 1,400 people", "the carrier's shares, which have gained ..., could fall"),
   * but a "that" or a subordinating word before the verb makes it a noun with a relative clause
   * ("nothing about the talks that were ...") or no clause at all.
   */
  private static boolean subjectThenVerb(Sentence sentence, int from) {
    int j = from;
    int limit = Math.min(sentence.size(), from + SUBJECT_LENGTH);
    while (j < limit) {
      if (sentence.isFinite(j)) {
        return j > from;
      }
      if (sentence.isComma(j) && j + 1 < limit && (sentence.tag(j + 1).startsWith("W"))) {
        j += 2; // ", which have gained 22 percent this year, could fall"
        while (j < limit && !sentence.isComma(j)) {
          j++;
        }
        j++;
        continue;
      }
      String tag = sentence.tag(j);
      if (j > from && sentence.tag(j - 1).startsWith("NN") && (tag.equals("PRP") || tag.equals("DT") || tag.equals("PRP$"))) {
        return false; // "sanctions against tankers they say belong to ...": an object with a relative clause
      }
      boolean preposition = tag.equals("IN") && !CLAUSE_OPENERS.contains(sentence.lower(j));
      if (!(Subjects.nounPhraseWord(sentence, j) || preposition || tag.equals("POS") || tag.startsWith("RB")
          || tag.equals("EX") || tag.equals("TO") && j + 1 < limit && !sentence.isVerb(j + 1))) {
        return false;
      }
      j++;
    }
    return false;
  }

  private static boolean hasVerb(Sentence sentence, int from) {
    for (int i = from; i < sentence.size(); i++) {
      if (sentence.isVerb(i) || sentence.tag(i).equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasFinite(Sentence sentence, int from) {
    for (int i = from; i < sentence.size(); i++) {
      if (sentence.isFinite(i)) {
        return true;
      }
    }
    return false;
  }

  private void add(DocumentView document, Sentence sentence, int verb, int start, boolean trustParse,
      @Nullable Phrase speaker, Phrase cue, List<Finding> found) {
    int end = end(sentence, verb, start, trustParse);
    while (end > start && sentence.isPunctuation(end - 1) && !sentence.hasMark(end - 1)) {
      end--;
    }
    if (end - start < 2 || document.quoted(sentence, start) && document.quoted(sentence, end - 1)) {
      return;
    }
    found.add(Finding.of(sentence.span(start, end), QuoteKind.INDIRECT, speaker, cue));
  }

  /** Where the content ends: the sentence's end, or where the reporter goes on first. */
  private int end(Sentence sentence, int verb, int start, boolean trustParse) {
    int end = sentence.size();
    if (trustParse && sentence.parse() != null) {
      // The content cannot outrun the clause of its reporting verb: "Carlsen, who gave up the title
      // saying he had lost motivation, commented ..." ends before "commented".
      int relative = relativeClauseAround(sentence.parse(), verb);
      if (relative >= 0) {
        end = Math.min(end, Math.max(sentence.parse().subtree(relative)[1] + 1, start + 1));
      }
      end = Math.min(end, firstAddition(sentence, sentence.parse(), verb, start));
    }
    for (int k = start + 1; k < end; k++) {
      String tag = sentence.tag(k);
      if (tag.equals("CC") && k + 1 < end && lexicon.verbAt(sentence.tokens, k + 1) != null && sentence.isFinite(k + 1)) {
        return k; // "... and urged Pyongyang to ...": a further report
      }
      if (!sentence.isComma(k) || k + 1 >= end) {
        continue;
      }
      int next = k + 1;
      String lower = sentence.lower(next);
      if (sentence.tag(next).equals("VBG") || REPORTER_TURNS.contains(lower)) {
        return k;
      }
      if (sentence.tag(next).equals("CC") && next + 1 < end && !sentence.lower(next + 1).equals("that")) {
        int after = next + 1;
        while (after < end && sentence.tag(after).startsWith("RB")) {
          after++;
        }
        if (after < end && (lexicon.verbAt(sentence.tokens, after) != null || startsSubject(sentence, after)
            && subjectThenVerb(sentence, after))) {
          return k; // ", but warned that ...", ", and a Japanese delegation went ahead ..."
        }
      }
      if ((lower.equals("which") || lower.equals("who")) && asideReports(sentence, next + 1, end)) {
        return k; // ", which he said amounts to ..."
      }
      if ((lower.equals("in") || lower.equals("during")) && namesChannel(sentence, next + 1, end)) {
        return k; // ", in a rare interview late on Friday": where it was said, not what
      }
      if (sentence.tag(next).equals("DT") && next + 2 < end && COMMENT_NOUNS.contains(sentence.lower(next + 1))
          && !sentence.tag(next + 2).startsWith("NN")) {
        return k; // ", a claim dismissed by opponents": the reporter's comment on what was said
      }
    }
    return end;
  }

  /** A determiner and, within a few words, a noun for where something is said: "a statement posted online". */
  private static boolean namesChannel(Sentence sentence, int from, int end) {
    if (from >= end || !(sentence.tag(from).equals("DT") || sentence.tag(from).equals("PRP$"))) {
      return false;
    }
    for (int i = from + 1; i < end && i <= from + 4; i++) {
      if (CHANNELS.contains(Tokens.lemma(sentence.token(i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean asideReports(Sentence sentence, int from, int end) {
    for (int i = from; i < end && !sentence.isComma(i); i++) {
      if (lexicon.verbAt(sentence.tokens, i) != null) {
        return true;
      }
    }
    return false;
  }

  /** The first token of a dependent of the reporting verb, after the content starts, that is no part of it. */
  private static int firstAddition(Sentence sentence, Dependencies parse, int verb, int start) {
    int first = sentence.size();
    for (int child : parse.children(verb)) {
      if (child <= start || !isAddition(sentence, parse, child)) {
        continue;
      }
      int from = parse.subtree(child)[0];
      if (from <= start) {
        continue;
      }
      while (from - 1 > start && (sentence.isPunctuation(from - 1) && !sentence.hasMark(from - 1)
          || sentence.tag(from - 1).equals("CC"))) {
        from--;
      }
      first = Math.min(first, from);
    }
    return first;
  }

  private static boolean isAddition(Sentence sentence, Dependencies parse, int child) {
    String relation = parse.relation(child);
    if (relation.equals("parataxis")) {
      // "... must lift the blockade; otherwise Manila will ...": the threat is still what was said.
      for (int modifier : parse.children(child)) {
        if (parse.relation(modifier).startsWith("advmod") && sentence.lower(modifier).equals("otherwise")) {
          return false;
        }
      }
      return true;
    }
    if (relation.equals("conj")) {
      return sentence.isVerb(child) && !hasMarkThat(sentence, parse, child);
    }
    if (relation.equals("advcl")) {
      for (int mark : parse.children(child, "mark")) {
        if (CONDITIONS.contains(sentence.lower(mark))) {
          return false;
        }
      }
      for (int mark : parse.children(child, "advmod")) {
        if (CONDITIONS.contains(sentence.lower(mark))) {
          return false;
        }
      }
      return true;
    }
    if (relation.startsWith("obl")) {
      for (int grandchild : parse.children(child, "case")) {
        if (sentence.lower(grandchild).equals("according")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasMarkThat(Sentence sentence, Dependencies parse, int clause) {
    for (int child : parse.children(clause)) {
      if ((parse.relation(child).equals("mark") || parse.relation(child).equals("det")) && sentence.lower(child).equals("that")) {
        return true;
      }
    }
    return false;
  }
}
