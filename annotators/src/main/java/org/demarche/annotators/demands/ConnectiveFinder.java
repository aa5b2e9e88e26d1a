package org.demarche.annotators.demands;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.demarche.annotators.common.Tokens;

/**
 * Finds the connectives of conditional constructions in a sentence, leaving out the uses that do
 * not make a condition: concessives ("even if"), comparisons ("as if"), fixed phrases ("if any",
 * "if necessary", "once again"), and "if" or "when" without "only" where they are plain questions
 * of time or embedded questions (those are told apart later, from the parse).
 */
final class ConnectiveFinder {

  /** Words after "if" that make a fixed phrase, not a condition. */
  private static final Set<String> IF_FIXED = ImmutableSet.of("any", "so", "necessary", "needed", "need", "possible",
      "at", "ever", "anything", "only", "applicable", "appropriate", "required");

  /** Words before "if" that make it no condition. */
  private static final Set<String> NOT_BEFORE_IF = ImmutableSet.of("even", "as", "what", "wonder", "wondered",
      "asked", "ask", "asking", "unclear", "know", "knows", "knew", "decide", "decided", "see", "whether");

  /** Words after "once" that make it an adverb of frequency or time, not a condition. */
  private static final Set<String> ONCE_ADVERB = ImmutableSet.of("again", "more", "a", "an", "every", "or",
      "before", "and", "in", ",", ".", "upon");

  List<Connective> find(List<CoreLabel> tokens) {
    List<Connective> found = new ArrayList<>();
    int size = tokens.size();
    for (int i = 0; i < size; i++) {
      String word = Tokens.lower(tokens.get(i));
      String previous = i > 0 ? Tokens.lower(tokens.get(i - 1)) : "";
      String next = i + 1 < size ? Tokens.lower(tokens.get(i + 1)) : "";
      switch (word) {
        case "if" -> {
          if (previous.equals("only")) {
            found.add(new Connective("only if", i - 1, i + 1, Connective.Shape.SUBORDINATE));
          } else if (!NOT_BEFORE_IF.contains(previous) && !IF_FIXED.contains(next)) {
            found.add(new Connective("if", i, i + 1, Connective.Shape.SUBORDINATE));
          }
        }
        case "unless" -> found.add(new Connective("unless", i, i + 1, Connective.Shape.SUBORDINATE));
        case "until", "till" -> {
          if (previous.equals("not") && clauseInitial(tokens, i - 1)) {
            // "Not until Abu Dhabi withdraws its claim will Tehran sit down ...": inverted.
            found.add(new Connective("not until", i - 1, i + 1, Connective.Shape.SUBORDINATE));
          } else if (!next.equals("then") && !next.equals("now")) {
            found.add(new Connective("until", i, i + 1, Connective.Shape.SUBORDINATE));
          }
        }
        case "when" -> {
          if (previous.equals("only")) {
            found.add(new Connective("only when", i - 1, i + 1, Connective.Shape.SUBORDINATE));
          } else if (onlyBefore(tokens, i)) {
            // "fighting would only cease when ...": "only" on the consequence's verb.
            found.add(new Connective("only when", i, i + 1, Connective.Shape.SUBORDINATE));
          }
        }
        case "after" -> {
          if (previous.equals("only")) {
            found.add(new Connective("only after", i - 1, i + 1, Connective.Shape.SUBORDINATE));
          }
        }
        case "once" -> {
          if (previous.equals("only") && !ONCE_ADVERB.contains(next)) {
            // "only once Beijing restores ...": the tagger reads this "once" as an adverb.
            found.add(new Connective("only once", i - 1, i + 1, Connective.Shape.SUBORDINATE));
          } else if (!ONCE_ADVERB.contains(next) && !previous.equals("at") && !previous.equals("than")
              && !previous.equals("all") && (!"RB".equals(tokens.get(i).tag()) || opensFiniteClause(tokens, i + 1))) {
            // The tagger calls many a conjunction "once" an adverb: "... once Thimphu agreed to ...".
            found.add(new Connective("once", i, i + 1, Connective.Shape.SUBORDINATE));
          }
        }
        case "long" -> {
          if ((previous.equals("as") || previous.equals("so")) && next.equals("as")) {
            found.add(new Connective("as long as", i - 1, i + 2, Connective.Shape.SUBORDINATE));
          }
        }
        case "provided", "providing" -> {
          if (next.equals("that")) {
            found.add(new Connective(word + " that", i, i + 2, Connective.Shape.SUBORDINATE));
          } else if (startsClause(tokens, i + 1) && !isAuxiliary(tokens, i - 1)) {
            // "... back from the frontier providing Thailand did the same": not "is providing aid".
            found.add(new Connective(word, i, i + 1, Connective.Shape.SUBORDINATE));
          }
        }
        case "condition" -> {
          int begin = previous.equals("the") ? i - 2 : i - 1;
          if (begin >= 0 && Tokens.lower(tokens.get(begin)).equals("on") && next.equals("that")) {
            found.add(new Connective("on condition that", begin, i + 2, Connective.Shape.SUBORDINATE));
          }
        }
        case "exchange", "return" -> {
          if (previous.equals("in") && next.equals("for")) {
            found.add(new Connective("in " + word + " for", i - 1, i + 2, Connective.Shape.PREPOSITIONAL));
          }
        }
        case "should" -> {
          if (clauseInitial(tokens, i) && i + 1 < size && !Tokens.isVerb(tokens.get(i + 1))) {
            found.add(new Connective("should", i, i + 1, Connective.Shape.INVERTED));
          }
        }
        case "or" -> {
          if (next.equals("face") || next.equals("else")) {
            found.add(new Connective("or", i, i + 1, Connective.Shape.ULTIMATUM));
          }
        }
        case "otherwise" -> found.add(new Connective("otherwise", i, i + 1, Connective.Shape.OTHERWISE));
        default -> { }
      }
    }
    return found;
  }

  /** True when "only" modifies a verb a few words before "when" ("would only cease when"). */
  private static boolean onlyBefore(List<CoreLabel> tokens, int when) {
    for (int i = when - 1; i >= 0 && i >= when - 4; i--) {
      String word = Tokens.lower(tokens.get(i));
      if (word.equals("only")) {
        return i + 1 < tokens.size() && Tokens.isVerb(tokens.get(i + 1));
      }
      if (word.equals(",") || word.equals(".")) {
        return false;
      }
    }
    return false;
  }

  /** True when the token starts a sentence or follows an opening quotation mark. */
  private static boolean clauseInitial(List<CoreLabel> tokens, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String word = tokens.get(j).originalText();
      if (!isQuoteMark(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuoteMark(String word) {
    return word.equals("\"") || word.equals("``") || word.equals("\u201C") || word.equals("\u2018")
        || word.equals("'") || word.equals("\u00AB") || word.equals("\u201E") || word.equals("\u2039");
  }

  private static boolean isAuxiliary(List<CoreLabel> tokens, int i) {
    if (i < 0) {
      return false;
    }
    String tag = String.valueOf(tokens.get(i).tag());
    return tag.startsWith("VB") || tag.equals("MD") || tag.equals("TO") || tag.equals("RB") || tag.equals("DT")
        || tag.equals("IN");
  }

  /** A noun phrase and then, within a few words, a tensed verb: "once Thimphu agreed", "once both armies had moved". */
  private static boolean opensFiniteClause(List<CoreLabel> tokens, int i) {
    if (!startsClause(tokens, i)) {
      return false;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + 5; k++) {
      if (Tokens.isFinite(tokens.get(k))) {
        return true;
      }
      String tag = String.valueOf(tokens.get(k).tag());
      if (!tag.startsWith("NN") && !tag.startsWith("JJ") && !tag.equals("DT") && !tag.equals("CD")
          && !tag.startsWith("PRP")) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsClause(List<CoreLabel> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    String tag = String.valueOf(tokens.get(i).tag());
    return tag.startsWith("NN") || tag.equals("DT") || tag.startsWith("PRP") || tag.equals("JJ") || tag.equals("CD");
  }
}
