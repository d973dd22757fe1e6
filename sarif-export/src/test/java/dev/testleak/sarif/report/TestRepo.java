package dev.testleak.sarif.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the fixture repository ({@code src/test/resources/fixtures/repo}) in a temporary
 * directory, with the fixture reports in {@code app/target/} and their {@code @ROOT@} placeholders
 * replaced by the copy's absolute path, as the engines would have written them there.
 */
public final class TestRepo {
  public final Path root;

  private TestRepo(Path root) {
    this.root = root;
  }

  public static TestRepo create(Path tempDir) {
    try {
      Path fixtures = Path.of(TestRepo.class.getResource("/fixtures").toURI());
      Path root = tempDir.resolve("repo");
      copy(fixtures.resolve("repo"), root);
      Path target = Files.createDirectories(root.resolve("app/target"));
      for (String report : List.of("errorprone-test-classes.jsonl", "spotbugsXml.xml", "pmd.xml")) {
        String text = Files.readString(fixtures.resolve("reports").resolve(report), StandardCharsets.UTF_8);
        Files.writeString(
            target.resolve(report), text.replace("@ROOT@", root.toAbsolutePath().toString()), StandardCharsets.UTF_8);
      }
      return new TestRepo(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path errorProne() {
    return root.resolve("app/target/errorprone-test-classes.jsonl");
  }

  public Path spotBugs() {
    return root.resolve("app/target/spotbugsXml.xml");
  }

  public Path pmd() {
    return root.resolve("app/target/pmd.xml");
  }

  /** Writes a file into the repository (creating its directories) and returns its path. */
  public Path write(String relativePath, String text) {
    return write(relativePath, text.getBytes(StandardCharsets.UTF_8));
  }

  public Path write(String relativePath, byte[] bytes) {
    try {
      Path file = root.resolve(relativePath);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with {@code @ROOT@} replaced by this repository's absolute path. */
  public String withRoot(String text) {
    return text.replace("@ROOT@", root.toAbsolutePath().toString());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
