package org.demarche.benchmarks;

import java.util.concurrent.TimeUnit;
import org.demarche.core.DemarchePipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a pipeline from nothing, in a fresh JVM each time (models are cached per JVM, so only
 * the first build of a JVM shows the load time a user waits for).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LoadBenchmark {

  @Benchmark
  public DemarchePipeline load() {
    return DemarchePipeline.builder().build();
  }
}
