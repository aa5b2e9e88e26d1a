package org.demarche.core.pipeline;

import com.google.common.util.concurrent.Uninterruptibles;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * Dependency parser models, loaded once per JVM and shared (a model is immutable once loaded and its
 * {@code predict} is thread-safe).
 *
 * <p>Loading the English model takes seconds. {@link #preload} starts it on a background thread so
 * that it overlaps with the loading of CoreNLP's tagger and NER models, which CoreNLP does one after
 * the other.
 */
public final class ParserModels {

  private static final ConcurrentMap<String, CompletableFuture<DependencyParser>> MODELS =
      new ConcurrentHashMap<>();

  private ParserModels() {}

  /** Starts loading the model in the background, if it is not loaded or loading already. */
  public static void preload(String modelPath) {
    MODELS.computeIfAbsent(
        modelPath,
        path -> CompletableFuture.supplyAsync(() -> DependencyParser.loadFromModelFile(path, new Properties()),
            runnable -> {
              Thread thread = new Thread(runnable, "demarche-parser-model-loader");
              thread.setDaemon(true);
              thread.start();
            }));
  }

  /** The loaded model, waiting for a load that is under way. */
  public static DependencyParser get(String modelPath) {
    preload(modelPath);
    try {
      return Uninterruptibles.getUninterruptibly(MODELS.get(modelPath));
    } catch (ExecutionException e) {
      MODELS.remove(modelPath);
      Throwable cause = e.getCause();
      throw new IllegalStateException("cannot load the dependency parser model " + modelPath + ": " + cause, cause);
    }
  }
}
