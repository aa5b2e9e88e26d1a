package org.demarche.benchmarks;

import java.util.concurrent.TimeUnit;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.DemarchePipeline;
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
 * The full Demarche pipeline as {@code DemarchePipeline.builder().build()} gives it (all four
 * layers), one document at a time, in a 2 GB heap.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 20)
@Measurement(iterations = 3, time = 30)
@State(Scope.Benchmark)
public class PipelineBenchmark {

  private Corpus corpus;
  private DemarchePipeline pipeline;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    corpus = Corpus.load();
    pipeline = DemarchePipeline.builder().build();
  }

  @Benchmark
  public AnnotatedDocument pipeline(TokenCounter counter) {
    int document = next;
    next = (next + 1) % corpus.size();
    AnnotatedDocument annotated = pipeline.annotate(corpus.text(document));
    counter.add(corpus.tokens(document));
    return annotated;
  }
}
