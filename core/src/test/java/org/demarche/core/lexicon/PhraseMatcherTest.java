package org.demarche.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Matching on real CoreNLP tokens, however the tokenizer splits the phrase. */
class PhraseMatcherTest {

  private static final StanfordCoreNLP TOKENIZER = tokenizer();

  private static StanfordCoreNLP tokenizer() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    return new StanfordCoreNLP(properties);
  }

  private static List<CoreLabel> tokens(String text) {
    Annotation annotation = new Annotation(text);
    TOKENIZER.annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class);
  }

  private static List<String> found(PhraseMatcher<String> matcher, String text) {
    List<CoreLabel> tokens = tokens(text);
    return matcher.findAll(text, tokens, 0, tokens.size()).stream()
        .map(match -> match.span().coveredText(text) + "=" + String.join("+", match.values())).toList();
  }

  @Test
  void longestPhraseWinsAndMatchesEndAtTokenEnds() {
    PhraseMatcher<String> matcher = PhraseMatcher.<String>builder(false)
        .add("Gaza", "gaza").add("Gaza Strip", "strip").add("US", "usa").add("Russia", "rus").build();
    assertEquals(List.of("Gaza Strip=strip", "US=usa"), found(matcher, "The Gaza Strip and the US met. USA Russian"));
  }

  @Test
  void phrasesMatchAcrossTokenizerSplitsApostrophesAndLineBreaks() {
    PhraseMatcher<String> matcher = PhraseMatcher.<String>builder(false)
        .add("Nagorno-Karabakh", "nk").add("Côte d'Ivoire", "civ").add("U.S.", "usa").add("Hala'ib", "halaib").build();
    assertEquals(List.of("Nagorno-Karabakh=nk", "C\u00F4te d\u2019Ivoire=civ", "U.S.=usa", "Hala\u2019ib=halaib"),
        found(matcher, "Nagorno-Karabakh and C\u00F4te d\u2019Ivoire and the U.S. and Hala\u2019ib."));
    assertEquals(List.of("Côte\n d'Ivoire=civ"), found(matcher, "in Côte\n d'Ivoire"));
  }

  @Test
  void caseInsensitiveMatchingIgnoresTheDefaultLocale() {
    PhraseMatcher<String> matcher = PhraseMatcher.<String>builder(true).add("foreign minister", "GOV").add("IRAQI", "irq").build();
    assertEquals(List.of("Foreign Minister=GOV", "Iraqi=irq"), found(matcher, "Foreign Minister Iraqi envoys"));
    assertEquals(List.of("GOV"), matcher.lookup("FOREIGN   MINISTER"));
  }

  @Test
  void aPhraseAddedTwiceKeepsBothValues() {
    PhraseMatcher<String> matcher = PhraseMatcher.<String>builder(false).add("Congo", "COD").add("Congo", "COG").build();
    assertEquals(List.of("COD", "COG"), matcher.lookup("Congo"));
    assertEquals(1, matcher.size());
    List<CoreLabel> tokens = tokens("Congolese");
    assertNull(matcher.longestAt("Congolese", tokens, 0, tokens.size()));
  }
}
