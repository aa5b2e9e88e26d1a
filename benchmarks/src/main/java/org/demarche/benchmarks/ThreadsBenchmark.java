package org.demarche.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demarche.core.BatchResult;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.DocumentInput;
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
 * The pipeline annotating the whole corpus as one batch ({@link DemarchePipeline#annotateAll}) over
 * one or two threads sharing its models. An operation is the whole corpus (seconds), so iterations
 * are long: with short ones, the few operations each holds make the result noisy.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 30)
@Measurement(iterations = 5, time = 60)
@State(Scope.Benchmark)
public class ThreadsBenchmark {

  @Param({"1", "2"})
  public int threads;

  private Corpus corpus;
  private DemarchePipeline pipeline;
  private List<DocumentInput> inputs;

  @Setup(Level.Trial)
  public void load() {
    corpus = Corpus.load();
    pipeline = DemarchePipeline.builder().threads(threads).build();
    inputs = new java.util.ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      inputs.add(DocumentInput.of(String.valueOf(i), corpus.text(i)));
    }
  }

  @Benchmark
  public List<BatchResult> threads(TokenCounter counter) {
    List<BatchResult> results = pipeline.annotateAll(inputs);
    counter.tokens += corpus.totalTokens();
    counter.documents += corpus.size();
    return results;
  }
}
