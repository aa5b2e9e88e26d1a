package org.demarche.examples.cli;

import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.demarche.core.ActorRef;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.Demand;
import org.demarche.core.Span;
import org.demarche.core.TerritoryMention;
import org.jspecify.annotations.Nullable;

/**
 * A document as one self-contained HTML page, for reading what Demarche found: the text with every
 * mention marked (layers may overlap, so the text is cut at every span boundary and each piece
 * carries the marks of all mentions over it), then one table per layer.
 */
final class HtmlRenderer {

  private static final String STYLE = """
      body { font-family: Georgia, serif; max-width: 60em; margin: 2em auto; line-height: 1.6; color: #222; }
      .text { white-space: pre-wrap; border: 1px solid #ddd; padding: 1em; }
      .actor { background: #dbeafe; } .territory { border-bottom: 3px solid #16a34a; }
      .quote { font-style: italic; background: #fef9c3; } .demand { outline: 1px dashed #dc2626; }
      table { border-collapse: collapse; margin: 1em 0; font: 0.85em sans-serif; }
      td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
      .legend span { margin-right: 1em; padding: 0 0.3em; }
      """;

  private HtmlRenderer() {}

  static String render(AnnotatedDocument document) {
    String text = document.text();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    List<Marked> marks = new ArrayList<>();
    document.actors().forEach(a -> marks.add(new Marked(a.span(), "actor", a.code() + " " + a.kind())));
    document.territories().forEach(t -> marks.add(new Marked(t.span(), "territory", t.kind() + " " + orDash(t.name()))));
    document.quotes().forEach(q -> marks.add(new Marked(q.span(), "quote", q.kind() + " by " + speaker(q.speaker()))));
    document.demands().forEach(d -> marks.add(new Marked(d.span(), "demand", d.type() + " " + d.connective())));
    marks.forEach(mark -> {
      cuts.add(mark.span().begin());
      cuts.add(mark.span().end());
    });
    StringBuilder body = new StringBuilder();
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null && cut > previous) {
        Span piece = Span.of(previous, cut);
        List<String> classes = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Marked mark : marks) {
          if (mark.span().contains(piece)) {
            classes.add(mark.layer());
            titles.add(mark.layer() + ": " + mark.title());
          }
        }
        String escaped = escape(piece.coveredText(text));
        if (classes.isEmpty()) {
          body.append(escaped);
        } else {
          body.append("<span class=\"").append(String.join(" ", classes)).append("\" title=\"")
              .append(escape(String.join("\n", titles))).append("\">").append(escaped).append("</span>");
        }
      }
      previous = cut;
    }
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(orDash(document.source()))).append("</title><style>").append(STYLE).append("</style></head><body>\n")
        .append("<h1>").append(escape(orDash(document.source()))).append("</h1>\n")
        .append("<p class=\"legend\"><span class=\"actor\">actor</span><span class=\"territory\">territory</span>")
        .append("<span class=\"quote\">quote</span><span class=\"demand\">demand</span></p>\n")
        .append("<div class=\"text\">").append(body).append("</div>\n");
    table(html, "Actors", List.of("text", "code", "kind", "name", "metonym"), document.actors().stream()
        .map(a -> List.of(a.text(), a.code(), a.kind().name(), a.name(), String.valueOf(a.metonym()))).toList());
    table(html, "Territories", List.of("text", "kind", "place", "ISO 3166-2", "claimants", "controller", "status"),
        document.territories().stream().map(HtmlRenderer::territoryRow).toList());
    table(html, "Quotes", List.of("text", "kind", "speaker", "cue"), document.quotes().stream()
        .map(q -> List.of(q.text(), q.kind().name(), speaker(q.speaker()), orDash(q.cue()))).toList());
    table(html, "Demands", List.of("connective", "type", "condition", "consequence", "demander", "addressee", "category"),
        document.demands().stream().map(HtmlRenderer::demandRow).toList());
    return html.append("</body></html>\n").toString();
  }

  private record Marked(Span span, String layer, String title) {}

  private static List<String> territoryRow(TerritoryMention t) {
    return List.of(t.text(), t.kind().name(), orDash(t.name()), orDash(t.iso3166_2()), String.join(", ", t.claimants()),
        orDash(t.controller()), orDash(t.status()));
  }

  private static List<String> demandRow(Demand d) {
    return List.of(d.connective(), d.type().name(), d.condition().text(), d.consequence().text(), speaker(d.demander()),
        speaker(d.addressee()), orDash(d.category()));
  }

  private static void table(StringBuilder html, String title, List<String> header, List<List<String>> rows) {
    html.append("<h2>").append(title).append(" (").append(rows.size()).append(")</h2>\n");
    if (rows.isEmpty()) {
      return;
    }
    html.append("<table><tr>");
    header.forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
    html.append("</tr>\n");
    for (List<String> row : rows) {
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  private static String speaker(@Nullable ActorRef ref) {
    if (ref == null) {
      return "-";
    }
    return ref.text() + (ref.code() == null ? "" : " (" + ref.code() + ")");
  }

  private static String orDash(@Nullable String value) {
    return value == null ? "-" : value;
  }

  private static String escape(String value) {
    return HtmlEscapers.htmlEscaper().escape(value);
  }
}
