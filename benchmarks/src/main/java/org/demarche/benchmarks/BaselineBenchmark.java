package org.demarche.benchmarks;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a user runs without Demarche: plain CoreNLP with its default {@code
 * tokenize,ssplit,pos,lemma,ner} and default options, one document at a time.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 30)
@Measurement(iterations = 3, time = 30)
@State(Scope.Benchmark)
public class BaselineBenchmark {

  private Corpus corpus;
  private StanfordCoreNLP coreNlp;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    corpus = Corpus.load();
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    coreNlp = new StanfordCoreNLP(properties);
  }

  @Benchmark
  public Annotation baseline(TokenCounter counter) {
    int document = next;
    next = (next + 1) % corpus.size();
    Annotation annotation = new Annotation(corpus.text(document));
    coreNlp.annotate(annotation);
    counter.add(corpus.tokens(document));
    return annotation;
  }
}
