package org.demarche.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.demarche.core.AnnotatedDocument;
import org.demarche.core.json.DocumentJson;
import org.demarche.core.testing.SharedPipelines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpEndpointTest {

  private static HttpEndpoint endpoint;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    endpoint = HttpEndpoint.start(SharedPipelines.full(), "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    endpoint.stop();
  }

  private static HttpResponse<String> post(byte[] body, String query) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/annotate" + query))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void postingTextReturnsTheDocumentAsJson() throws Exception {
    String text = "Kyiv rejected the offer from Moscow on Monday.";
    HttpResponse<String> response = post(text.getBytes(StandardCharsets.UTF_8), "?source=note%201");
    assertEquals(200, response.statusCode());
    AnnotatedDocument document = DocumentJson.fromJson(response.body());
    assertEquals(text, document.text());
    assertEquals("note 1", document.source());
    assertEquals(SharedPipelines.full().annotate("note 1", text), document);
  }

  @Test
  void badRequestsGetAClearError() throws Exception {
    HttpResponse<String> latin1 = post("S\u00E3o Paulo".getBytes(StandardCharsets.ISO_8859_1), "");
    assertEquals(400, latin1.statusCode());
    assertTrue(latin1.body().contains("not valid UTF-8 at byte 1"), latin1.body());
    HttpResponse<String> get = CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + endpoint.port() + "/annotate")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, get.statusCode());
    HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + endpoint.port() + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
  }
}
