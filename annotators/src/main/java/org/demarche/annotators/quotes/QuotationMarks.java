package org.demarche.annotators.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.demarche.core.Span;

/**
 * Pairs the quotation marks of a text and returns the outermost quotations: “…” and "…", ‘…’ and
 * '…', «…» and »…«, ‹…›, and the low-opening „…“ and ‚…‘.
 *
 * <p>One pass over the characters with a small stack of open marks. A mark closes the innermost
 * open mark of its family (double, single, angle, single angle), so a quotation inside a quotation
 * stays inside its outer item. Straight marks and the right single quote are told apart by their
 * neighbours: an apostrophe between letters ("don't", "Kyiv's", "L'Express"), before a decade
 * ("the '90s") or after a plural possessive ("the 1990s' crisis") is not a mark.
 *
 * <p>A line break ends a paragraph. A quotation still open there continues when the next paragraph
 * opens with a mark of the same family (the convention for a quote that runs over several
 * paragraphs); otherwise it is closed where its paragraph ends, so an unbalanced mark never spoils
 * the rest of the document.
 */
final class QuotationMarks {

  /** A quotation: its content lies between {@code open + 1} and {@code close}. */
  record Quotation(int open, int close, boolean closed) {

    /** The content, without the marks. */
    Span content() {
      return Span.of(open + 1, close);
    }
  }

  private static final int DOUBLE = 0;
  private static final int SINGLE = 1;
  private static final int ANGLE = 2;
  private static final int SINGLE_ANGLE = 3;
  private static final int NONE = -1;

  private QuotationMarks() {}

  /** The outermost quotations of the text, in order; none overlap. */
  static List<Quotation> scan(String text) {
    return new Scan(text).run();
  }

  /** True for every character that may serve as a quotation mark. */
  static boolean isMark(char c) {
    return family(c) != NONE;
  }

  private static int family(char c) {
    switch (c) {
      case '"':
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
        return DOUBLE;
      case '\'':
      case '\u2018':
      case '\u2019':
      case '\u201A':
      case '\u201B':
        return SINGLE;
      case '\u00AB':
      case '\u00BB':
        return ANGLE;
      case '\u2039':
      case '\u203A':
        return SINGLE_ANGLE;
      default:
        return NONE;
    }
  }

  /** The state of one scan. */
  private static final class Scan {
    private final String text;
    private final int length;
    private final List<Quotation> found = new ArrayList<>();
    // The open marks, innermost last: their offsets and families.
    private int[] openAt = new int[8];
    private int[] openFamily = new int[8];
    private char[] openChar = new char[8];
    private int depth;
    /** A reopening mark at the start of a continued paragraph, to be skipped. */
    private int skip = -1;

    Scan(String text) {
      this.text = text;
      this.length = text.length();
    }

    List<Quotation> run() {
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          paragraphEnd(i);
        } else if (i != skip) {
          int family = family(c);
          if (family != NONE) {
            mark(i, c, family);
          }
        }
      }
      if (depth > 0) {
        closeUnbalanced(length);
      }
      return found;
    }

    private void mark(int i, char c, int family) {
      boolean open = hasOpen(family);
      switch (c) {
        case '\u201E': // „ opens (German, Polish); closed by “ or ”
        case '\u201F':
          push(i, c, family);
          return;
        case '\u201A': // ‚ opens only where a mark can open: it doubles as a comma look-alike
          if (canOpen(i)) {
            push(i, c, family);
          }
          return;
        case '\u201C': // “ opens, or closes a „
          if (open && canClose(i) && (!canOpen(i) || openCharOf(family) == '\u201E')) {
            close(i, family);
          } else {
            push(i, c, family);
          }
          return;
        case '\u201D': // ” closes; opens only in the Nordic ”…” style, where nothing is open
          if (open) {
            close(i, family);
          } else if (canOpen(i)) {
            push(i, c, family);
          }
          return;
        case '"':
          straight(i, c, family, open);
          return;
        case '\u2018': // ‘ opens, or closes a ‚; a leading elision (‘90s) is no mark
          if (decade(i)) {
            return;
          }
          if (open && canClose(i) && (!canOpen(i) || openCharOf(family) == '\u201A')) {
            close(i, family);
          } else {
            push(i, c, family);
          }
          return;
        case '\u2019':
        case '\'':
        case '\u201B':
          single(i, c, family, open);
          return;
        default: // « » ‹ ›: either direction may open, the other closes
          if (open && openCharOf(family) != c) {
            close(i, family);
          } else {
            push(i, c, family);
          }
      }
    }

    private void straight(int i, char c, int family, boolean open) {
      boolean canOpen = canOpen(i);
      boolean canClose = canClose(i);
      if (open && (canClose || !canOpen)) {
        close(i, family);
      } else if (canOpen || !canClose) {
        push(i, c, family);
      }
    }

    private void single(int i, char c, int family, boolean open) {
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < length ? text.charAt(i + 1) : ' ';
      if (Character.isLetterOrDigit(before) && Character.isLetter(after)) {
        return; // don't, Kyiv's, L'Express
      }
      if (decade(i)) {
        return; // the '90s, '82
      }
      if (open && canClose(i) && !pluralPossessive(i)) {
        close(i, family);
      } else if (c != '\u2019' && canOpen(i) && Character.isLetterOrDigit(after)) {
        // A right single quote opens only in rare styles; taking it for an opener would turn a
        // stray apostrophe into a quote running to the end of the paragraph.
        push(i, c, family);
      }
    }

    /** An apostrophe standing for the century: '90s, ‘82, the '60s and '70s. */
    private boolean decade(int i) {
      return i + 2 < length && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
          && (i + 3 >= length || !Character.isDigit(text.charAt(i + 3)))
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** "the allies' choice": an s, the apostrophe, then a word in lower case. */
    private boolean pluralPossessive(int i) {
      char before = text.charAt(i - 1);
      return (before == 's' || before == 'S') && i + 2 < length && text.charAt(i + 1) == ' '
          && (Character.isLowerCase(text.charAt(i + 2)) || Character.isDigit(text.charAt(i + 2)));
    }

    /** After a space, an opening bracket, a dash or another mark, and before a non-space. */
    private boolean canOpen(int i) {
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < length ? text.charAt(i + 1) : ' ';
      boolean openingSide = Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0
          || family(before) != NONE;
      return openingSide && !Character.isWhitespace(after);
    }

    /** After a non-space, and before a space, punctuation or another mark. */
    private boolean canClose(int i) {
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < length ? text.charAt(i + 1) : ' ';
      boolean closingSide = Character.isWhitespace(after) || ".,;:!?)]}\u2014\u2013-\u2026".indexOf(after) >= 0
          || family(after) != NONE;
      return !Character.isWhitespace(before) && closingSide;
    }

    private boolean hasOpen(int family) {
      for (int k = depth - 1; k >= 0; k--) {
        if (openFamily[k] == family) {
          return true;
        }
      }
      return false;
    }

    private char openCharOf(int family) {
      for (int k = depth - 1; k >= 0; k--) {
        if (openFamily[k] == family) {
          return openChar[k];
        }
      }
      return 0;
    }

    private void push(int i, char c, int family) {
      if (depth == openAt.length) {
        openAt = Arrays.copyOf(openAt, depth * 2);
        openFamily = Arrays.copyOf(openFamily, depth * 2);
        openChar = Arrays.copyOf(openChar, depth * 2);
      }
      openAt[depth] = i;
      openFamily[depth] = family;
      openChar[depth] = c;
      depth++;
    }

    /** Closes the innermost open mark of the family, and drops the unclosed marks inside it. */
    private void close(int i, int family) {
      for (int k = depth - 1; k >= 0; k--) {
        if (openFamily[k] == family) {
          depth = k;
          if (k == 0) {
            found.add(new Quotation(openAt[0], i, true));
          }
          return;
        }
      }
    }

    private void paragraphEnd(int newline) {
      if (depth == 0) {
        return;
      }
      int next = newline;
      while (next < length && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < length && next != skip && family(text.charAt(next)) == openFamily[0] && reopens(next)) {
        depth = 1; // the outer quote goes on; the next paragraph's opening mark only repeats it
        skip = next;
        return;
      }
      if (next == skip) {
        return; // a later line break of the same gap, already decided
      }
      closeUnbalanced(newline);
    }

    /** True when the mark at {@code i} can open a quotation (for a continued paragraph). */
    private boolean reopens(int i) {
      char c = text.charAt(i);
      return c != '\u2019' && c != '\u201D' || canOpen(i);
    }

    private void closeUnbalanced(int end) {
      int close = end;
      while (close > openAt[0] + 1 && Character.isWhitespace(text.charAt(close - 1))) {
        close--;
      }
      found.add(new Quotation(openAt[0], close, false));
      depth = 0;
    }
  }
}
