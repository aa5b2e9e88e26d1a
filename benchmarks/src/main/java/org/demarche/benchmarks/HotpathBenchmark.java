package org.demarche.benchmarks;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.Layer;
import org.demarche.core.spi.LayerAnnotatorProvider;
import org.demarche.core.spi.LayerProviders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Demarche's own code alone: each layer annotator (or all four in order) on documents that already
 * carry everything CoreNLP and the earlier layers give them, prepared once per trial. What is
 * measured is the cost the layers add to CoreNLP's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
public class HotpathBenchmark {

  @Param({"actors", "territories", "quotes", "demands", "all"})
  public String layer;

  private Corpus corpus;
  private List<Annotation> prepared;
  private List<Annotator> annotators;
  private int next;

  @Setup(Level.Trial)
  public void prepare() {
    corpus = Corpus.load();
    DemarchePipeline pipeline = DemarchePipeline.builder().build();
    prepared = new ArrayList<>();
    for (String text : corpus.texts()) {
      prepared.add(pipeline.coreNlpAnnotation(text));
    }
    Properties properties = pipeline.properties();
    annotators = new ArrayList<>();
    for (Layer each : pipeline.layers()) {
      if (layer.equals("all") || layer.equals(each.annotatorName())) {
        annotators.add(construct(LayerProviders.forLayer(each).orElseThrow(), each.annotatorName(), properties));
      }
    }
    if (annotators.isEmpty()) {
      throw new IllegalStateException("no installed layer is called " + layer);
    }
  }

  private static Annotator construct(LayerAnnotatorProvider provider, String name, Properties properties) {
    try {
      return provider.annotatorClass().getConstructor(String.class, Properties.class).newInstance(name, properties);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct the " + name + " annotator", e);
    }
  }

  @Benchmark
  public Annotation hotpath(TokenCounter counter) {
    int document = next;
    next = (next + 1) % prepared.size();
    Annotation annotation = prepared.get(document);
    for (Annotator annotator : annotators) {
      annotator.annotate(annotation);
    }
    counter.add(corpus.tokens(document));
    return annotation;
  }
}
