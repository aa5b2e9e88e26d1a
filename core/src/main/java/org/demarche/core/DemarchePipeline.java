package org.demarche.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import com.google.common.util.concurrent.Uninterruptibles;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.demarche.core.pipeline.ParserModels;
import org.demarche.core.pipeline.SelectiveDependencyParseAnnotator;
import org.demarche.core.spi.BaseAnnotator;
import org.demarche.core.spi.LayerAnnotatorProvider;
import org.demarche.core.spi.LayerProviders;
import org.jspecify.annotations.Nullable;

/**
 * One CoreNLP pipeline with the base annotators the chosen layers need and the layer annotators
 * themselves, built once and shared.
 *
 * <pre>{@code
 * DemarchePipeline pipeline = DemarchePipeline.builder().build();   // all four layers
 * AnnotatedDocument doc = pipeline.annotate(text);
 * }</pre>
 *
 * <h2>Base annotators</h2>
 * Demarche's lexicons do the fine-grained work that CoreNLP's default NER spends most of its time
 * on, so the pipeline runs NER without the fine-grained gazetteer, SUTime and entity mentions, and
 * parses only the sentences some layer can use a parse for (see {@link
 * SelectiveDependencyParseAnnotator}). Any CoreNLP property can still be set with {@link
 * Builder#option}.
 *
 * <h2>Thread safety</h2>
 * A built pipeline is immutable and safe to share: {@link #annotate} may be called from many
 * threads at once, and {@link #annotateAll} annotates a batch over {@link Builder#threads} threads.
 */
public final class DemarchePipeline {

  private final StanfordCoreNLP coreNlp;
  private final ImmutableList<Layer> layers;
  private final Properties properties;
  private final int threads;

  private DemarchePipeline(StanfordCoreNLP coreNlp, ImmutableList<Layer> layers, Properties properties, int threads) {
    this.coreNlp = coreNlp;
    this.layers = layers;
    this.properties = properties;
    this.threads = threads;
  }

  /** A builder with the defaults: every layer whose annotator is on the class path, one thread. */
  public static Builder builder() {
    return new Builder();
  }

  /** Annotates one text. */
  public AnnotatedDocument annotate(String text) {
    return annotate(null, text);
  }

  /** Annotates one text and records where it came from. */
  public AnnotatedDocument annotate(@Nullable String source, String text) {
    requireNonNull(text, "text");
    return toDocument(source, text, coreNlpAnnotation(text));
  }

  /**
   * Runs the pipeline and returns CoreNLP's own annotation, for callers who want tokens, tags and
   * parses beside the layers (stored under the keys of {@link DemarcheAnnotations}).
   */
  public Annotation coreNlpAnnotation(String text) {
    Annotation annotation = new Annotation(text);
    coreNlp.annotate(annotation);
    return annotation;
  }

  /**
   * Annotates a batch over this pipeline's threads and hands each result to {@code sink}, in input
   * order, on the calling thread. At most a few documents per thread are in memory at once, so a
   * batch of any size runs in constant memory. A document that cannot be read or annotated becomes
   * a {@link BatchResult.Failed} and the batch goes on.
   */
  public void annotateAll(Iterator<? extends DocumentInput> inputs, Consumer<? super BatchResult> sink) {
    ExecutorService workers = Executors.newFixedThreadPool(
        threads, new ThreadFactoryBuilder().setNameFormat("demarche-worker-%d").setDaemon(true).build());
    ArrayDeque<Future<BatchResult>> inFlight = new ArrayDeque<>();
    int window = threads * 2;
    try {
      while (inputs.hasNext()) {
        DocumentInput input = inputs.next();
        inFlight.add(workers.submit(() -> annotateOne(input)));
        if (inFlight.size() >= window) {
          sink.accept(await(inFlight.remove()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.remove()));
      }
    } finally {
      inFlight.forEach(future -> future.cancel(true));
      workers.shutdownNow();
    }
  }

  /** Annotates a batch and returns all results in input order; for small batches. */
  public List<BatchResult> annotateAll(Collection<? extends DocumentInput> inputs) {
    List<BatchResult> results = new ArrayList<>(inputs.size());
    annotateAll(inputs.iterator(), results::add);
    return results;
  }

  /** The layers this pipeline produces, in the order it runs them. */
  public ImmutableList<Layer> layers() {
    return layers;
  }

  /** A copy of the CoreNLP properties the pipeline was built from. */
  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /** The number of threads {@link #annotateAll} uses. */
  public int threads() {
    return threads;
  }

  private BatchResult annotateOne(DocumentInput input) {
    String source = input.source();
    String text;
    try {
      text = input.text();
    } catch (IOException e) {
      return new BatchResult.Failed(source, String.valueOf(e.getMessage()));
    }
    try {
      return new BatchResult.Annotated(annotate(source, text));
    } catch (RuntimeException e) {
      return new BatchResult.Failed(source, "annotation failed: " + e);
    }
  }

  private static BatchResult await(Future<BatchResult> future) {
    try {
      return Uninterruptibles.getUninterruptibly(future);
    } catch (ExecutionException e) {
      // annotateOne catches what a document can cause; anything else is a bug or an Error.
      throw new IllegalStateException("a batch worker failed", e.getCause());
    }
  }

  private AnnotatedDocument toDocument(@Nullable String source, String text, Annotation annotation) {
    return new AnnotatedDocument(
        source,
        text,
        layerList(annotation, DemarcheAnnotations.ActorsAnnotation.class),
        layerList(annotation, DemarcheAnnotations.TerritoriesAnnotation.class),
        layerList(annotation, DemarcheAnnotations.DemandsAnnotation.class),
        layerList(annotation, DemarcheAnnotations.QuotesAnnotation.class));
  }

  private static <T> List<T> layerList(
      Annotation annotation, Class<? extends edu.stanford.nlp.ling.CoreAnnotation<List<T>>> key) {
    List<T> list = annotation.get(key);
    return list == null ? List.of() : list;
  }

  /**
   * Chooses the layers and options of a pipeline. Not thread-safe; the pipeline it builds is.
   */
  public static final class Builder {

    private @Nullable Set<Layer> requestedLayers;
    private final Map<String, String> options = new LinkedHashMap<>();
    private int threads = 1;
    private boolean parseAllSentences;

    private Builder() {}

    /** The layers to produce; layers they depend on are added. Default: all installed layers. */
    public Builder layers(Layer first, Layer... rest) {
      this.requestedLayers = EnumSet.of(first, rest);
      return this;
    }

    /** The layers to produce; layers they depend on are added. */
    public Builder layers(Collection<Layer> layers) {
      checkArgument(!layers.isEmpty(), "choose at least one layer");
      this.requestedLayers = EnumSet.copyOf(layers);
      return this;
    }

    /** Threads for {@link DemarchePipeline#annotateAll}; default 1. */
    public Builder threads(int threads) {
      checkArgument(threads >= 1, "threads must be at least 1, not %s", threads);
      this.threads = threads;
      return this;
    }

    /**
     * Sets a property: a layer option ({@code actors.extraLexicons}) or any CoreNLP property
     * ({@code ner.model}), overriding Demarche's default.
     */
    public Builder option(String key, String value) {
      options.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
      return this;
    }

    /** Sets several properties, as {@link #option} does. */
    public Builder options(Properties properties) {
      properties.stringPropertyNames().forEach(key -> option(key, properties.getProperty(key)));
      return this;
    }

    /** Parses every sentence instead of only those a layer asks for (slower; for comparison). */
    public Builder parseAllSentences(boolean parseAll) {
      this.parseAllSentences = parseAll;
      return this;
    }

    /**
     * The CoreNLP properties the pipeline will be built from: base annotators, Demarche's defaults,
     * the layer annotators as {@code customAnnotatorClass} entries, and the caller's options.
     */
    public Properties toProperties() {
      return new Plan().properties;
    }

    /** Loads the models and builds the pipeline. Takes seconds; build once and share. */
    public DemarchePipeline build() {
      Plan plan = new Plan();
      if (plan.parserModel != null) {
        // Overlaps the parser's model loading with CoreNLP's sequential loading of the others.
        ParserModels.preload(plan.parserModel);
      }
      StanfordCoreNLP coreNlp = new StanfordCoreNLP(plan.properties);
      return new DemarchePipeline(coreNlp, plan.layers, plan.properties, threads);
    }

    /** The layers, base annotators and properties that the builder's settings come to. */
    private final class Plan {
      final ImmutableList<Layer> layers;
      final Properties properties = new Properties();
      @Nullable String parserModel;

      Plan() {
        Map<Layer, LayerAnnotatorProvider> installed = LayerProviders.installed();
        Set<Layer> wanted = requestedLayers == null ? installed.keySet() : requestedLayers;
        this.layers = orderLayers(wanted, installed);

        EnumSet<BaseAnnotator> base = EnumSet.of(BaseAnnotator.TOKENIZE, BaseAnnotator.SSPLIT);
        layers.forEach(layer -> base.addAll(installed.get(layer).baseAnnotators()));
        addImpliedBaseAnnotators(base);

        properties.putAll(DEFAULTS);
        List<String> names = new ArrayList<>();
        for (BaseAnnotator annotator : base) {
          if (annotator == BaseAnnotator.DEPPARSE) {
            names.add(SelectiveDependencyParseAnnotator.NAME);
            properties.setProperty(
                "customAnnotatorClass." + SelectiveDependencyParseAnnotator.NAME,
                SelectiveDependencyParseAnnotator.class.getName());
            properties.setProperty(SelectiveDependencyParseAnnotator.NAME + ".layers", layersNeedingParse(installed));
            properties.setProperty(SelectiveDependencyParseAnnotator.NAME + ".all", String.valueOf(parseAllSentences));
          } else {
            names.add(annotator.coreNlpName());
          }
        }
        for (Layer layer : layers) {
          names.add(layer.annotatorName());
          properties.setProperty(
              "customAnnotatorClass." + layer.annotatorName(), installed.get(layer).annotatorClass().getName());
        }
        properties.setProperty("annotators", String.join(",", names));
        properties.putAll(options);
        if (base.contains(BaseAnnotator.DEPPARSE)) {
          parserModel = properties.getProperty(
              SelectiveDependencyParseAnnotator.NAME + ".model", DependencyParser.DEFAULT_MODEL);
        }
      }

      private String layersNeedingParse(Map<Layer, LayerAnnotatorProvider> installed) {
        List<String> names = new ArrayList<>();
        for (Layer layer : layers) {
          if (installed.get(layer).baseAnnotators().contains(BaseAnnotator.DEPPARSE)) {
            names.add(layer.annotatorName());
          }
        }
        return String.join(",", names);
      }
    }

    /** The wanted layers and all they depend on, each after its dependencies. */
    private static ImmutableList<Layer> orderLayers(Set<Layer> wanted, Map<Layer, LayerAnnotatorProvider> installed) {
      Set<Layer> closure = EnumSet.noneOf(Layer.class);
      ArrayDeque<Layer> todo = new ArrayDeque<>(wanted);
      while (!todo.isEmpty()) {
        Layer layer = todo.remove();
        LayerAnnotatorProvider provider = installed.get(layer);
        if (provider == null) {
          throw new IllegalStateException("no annotator for the layer " + layer + " is on the class path"
              + " (add the demarche-annotators dependency, or choose other layers)");
        }
        if (closure.add(layer)) {
          todo.addAll(provider.requiredLayers());
        }
      }
      List<Layer> ordered = new ArrayList<>();
      Set<Layer> placed = EnumSet.noneOf(Layer.class);
      while (ordered.size() < closure.size()) {
        boolean progress = false;
        for (Layer layer : closure) {
          if (!placed.contains(layer) && placed.containsAll(installed.get(layer).requiredLayers())) {
            ordered.add(layer);
            placed.add(layer);
            progress = true;
          }
        }
        if (!progress) {
          throw new IllegalStateException("the layers " + closure + " depend on each other in a cycle");
        }
      }
      return ImmutableList.copyOf(ordered);
    }

    private static void addImpliedBaseAnnotators(Set<BaseAnnotator> base) {
      if (base.contains(BaseAnnotator.NER)) {
        base.add(BaseAnnotator.LEMMA);
      }
      if (base.contains(BaseAnnotator.NER) || base.contains(BaseAnnotator.LEMMA) || base.contains(BaseAnnotator.DEPPARSE)) {
        base.add(BaseAnnotator.POS);
      }
    }
  }

  /**
   * Demarche's choice of CoreNLP options, each measured (see the benchmarks module's README). The
   * layers use NER only for person, place, organisation and miscellaneous names, which CoreNLP's
   * CoNLL model tags on its own: its two other CRF models, the numeric classifiers, SUTime, the
   * fine-grained gazetteer and entity mentions cost most of the default NER time and add nothing the
   * lexicons do not do better.
   */
  private static final Properties DEFAULTS = defaults();

  /** The one NER model the pipeline runs by default. */
  public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static Properties defaults() {
    Properties defaults = new Properties();
    defaults.setProperty("ner.model", NER_MODEL);
    defaults.setProperty("ner.applyNumericClassifiers", "false");
    defaults.setProperty("ner.applyFineGrained", "false");
    defaults.setProperty("ner.useSUTime", "false");
    defaults.setProperty("ner.buildEntityMentions", "false");
    // A blank line ends a sentence: headlines, datelines and paragraphs without a final full stop
    // must not run into the next paragraph.
    defaults.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return defaults;
  }
}
