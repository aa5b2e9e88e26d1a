package org.demarche.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's root and the optional inputs that sit beside it ({@code ../shared}: the seed
 * article, PLOVER's coded sentences, the reference scorer). The project works without them; tests
 * that use them skip cleanly where they are absent.
 */
public final class SharedInputs {

  private SharedInputs() {}

  /** The project's root: the nearest folder up from the working directory with the parent pom. */
  public static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("core"))
          && Files.isDirectory(candidate.resolve("annotators"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no Demarche project root above " + dir);
  }

  /** A path under {@code ../shared} (or {@code $DEMARCHE_SHARED}), if it exists. */
  public static Optional<Path> find(String relative) {
    String configured = System.getenv("DEMARCHE_SHARED");
    Path shared = configured != null ? Path.of(configured) : projectRoot().resolveSibling("shared");
    Path path = shared.resolve(relative);
    return Files.exists(path) ? Optional.of(path) : Optional.empty();
  }

  /** The project's gold corpus. */
  public static Path corpus() {
    return projectRoot().resolve("examples/corpus");
  }
}
