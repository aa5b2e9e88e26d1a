package org.demarche.examples.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.DemarchePipeline;
import org.demarche.core.TextFiles;
import org.demarche.core.json.DocumentJson;

/**
 * The pipeline behind HTTP, for tools in any language: {@code POST /annotate} with the text as the
 * body returns the document in the JSON contract; {@code GET /health} says which layers are served.
 * Requests are annotated on the pipeline's threads, sharing its one set of models.
 */
final class HttpEndpoint {

  /** Larger bodies are refused, so one request cannot exhaust the heap. */
  static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService workers;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private HttpEndpoint(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  static HttpEndpoint start(DemarchePipeline pipeline, String bind, int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, pipeline.threads()));
    HttpEndpoint endpoint = new HttpEndpoint(server, workers);
    server.createContext("/annotate", exchange -> endpoint.annotate(pipeline, exchange));
    server.createContext("/health", exchange -> {
      String layers = String.join("\",\"", pipeline.layers().stream().map(l -> l.annotatorName()).toList());
      respond(exchange, 200, "{\"status\":\"ok\",\"layers\":[\"" + layers + "\"]}");
    });
    server.setExecutor(workers);
    server.start();
    return endpoint;
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
    workers.shutdownNow();
    stopped.countDown();
  }

  void awaitTermination() throws InterruptedException {
    stopped.await();
  }

  private void annotate(DemarchePipeline pipeline, HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().add("Allow", "POST");
        respond(exchange, 405, DocumentJson.errorRecord("-", "use POST with the text as the body"));
        return;
      }
      String source = sourceParameter(exchange.getRequestURI().getRawQuery());
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        respond(exchange, 413, DocumentJson.errorRecord(source, "the body is larger than " + MAX_BODY_BYTES + " bytes"));
        return;
      }
      String text;
      try {
        text = TextFiles.decodeUtf8(body);
      } catch (CharacterCodingException e) {
        respond(exchange, 400, DocumentJson.errorRecord(source, e.getMessage()));
        return;
      }
      AnnotatedDocument document;
      try {
        document = pipeline.annotate(source, text);
      } catch (RuntimeException e) {
        respond(exchange, 500, DocumentJson.errorRecord(source, "annotation failed: " + e));
        return;
      }
      respond(exchange, 200, DocumentJson.toJson(document));
    }
  }

  private static String sourceParameter(String query) {
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("source=")) {
          return URLDecoder.decode(pair.substring("source=".length()), StandardCharsets.UTF_8);
        }
      }
    }
    return "-";
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
