package org.demarche.benchmarks;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The benchmark corpus: 100 news-style articles written for the project (about 52,000 words, 59,000
 * CoreNLP tokens), bundled as resources, with each document's token count so that every benchmark
 * reports tokens per second on the same texts.
 */
final class Corpus {

  private static final String FOLDER = "corpus/";

  private final ImmutableList<String> texts;
  private final int[] tokens;
  private final long totalTokens;

  private Corpus(List<String> texts, int[] tokens) {
    this.texts = ImmutableList.copyOf(texts);
    this.tokens = tokens;
    long total = 0;
    for (int count : tokens) {
      total += count;
    }
    this.totalTokens = total;
  }

  /** Loads the corpus and counts its tokens with CoreNLP's tokenizer. */
  static Corpus load() {
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    for (String name : resource("index.txt").split("\n")) {
      if (!name.isBlank()) {
        texts.add(resource(name.trim()));
      }
    }
    List<String> all = texts.build();
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(properties);
    int[] tokens = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Annotation annotation = new Annotation(all.get(i));
      tokenizer.annotate(annotation);
      tokens[i] = annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return new Corpus(all, tokens);
  }

  private static String resource(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return texts.size();
  }

  String text(int document) {
    return texts.get(document);
  }

  int tokens(int document) {
    return tokens[document];
  }

  long totalTokens() {
    return totalTokens;
  }

  List<String> texts() {
    return texts;
  }
}
