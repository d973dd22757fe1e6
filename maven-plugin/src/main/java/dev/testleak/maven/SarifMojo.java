package dev.testleak.maven;

import dev.testleak.sarif.SarifExport;
import dev.testleak.sarif.report.ReportException;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code testleak:sarif}: after {@code mvn verify}, collects every reactor module's Error Prone
 * diagnostics ({@code target/testleak/errorprone-*.jsonl}), SpotBugs XML ({@code
 * target/spotbugsXml.xml}) and PMD XML ({@code target/pmd.xml}) and writes one SARIF file, by default
 * {@code target/testleak.sarif} under the top of the multi-module project. An aggregator: it runs
 * once, at the root, over all projects of the reactor ({@code mvn verify testleak:sarif}). A module
 * without a report of an engine simply did not run that engine.
 *
 * <p>Fails the build when a report cannot be read (nothing is written), when an engine reported
 * errors about its own run (written; see the SARIF's tool execution notifications) unless {@code
 * failOnEngineErrors} is off, and, with {@code failOnNew}, when a finding is not in the baseline.
 */
@Mojo(name = "sarif", aggregator = true, threadSafe = true)
public final class SarifMojo extends AbstractMojo {
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** The repository root every SARIF URI is relative to; by default the multi-module project directory. */
  @Parameter(property = "testleak.repoRoot")
  private File repoRoot;

  /** The SARIF file; by default {@code <repoRoot>/target/testleak.sarif}. */
  @Parameter(property = "testleak.sarif.output")
  private File output;

  /** Keep findings the reports mark as suppressed, as SARIF suppressions (GitHub shows them as open alerts). */
  @Parameter(property = "testleak.keepSuppressed", defaultValue = "false")
  private boolean keepSuppressed;

  /** A previous SARIF file: each result gets a baselineState (new, unchanged, updated). */
  @Parameter(property = "testleak.baseline")
  private File baseline;

  /** With a baseline, also write its results that are gone, as baselineState absent. */
  @Parameter(property = "testleak.includeAbsent", defaultValue = "false")
  private boolean includeAbsent;

  /** Fail the build when a finding is new (not in the baseline; without one, any finding). */
  @Parameter(property = "testleak.failOnNew", defaultValue = "false")
  private boolean failOnNew;

  /** Fail the build when an engine reported errors about its own run (its findings may be incomplete). */
  @Parameter(property = "testleak.failOnEngineErrors", defaultValue = "true")
  private boolean failOnEngineErrors;

  @Parameter(property = "testleak.sarif.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("testleak:sarif skipped");
      return;
    }
    Path root = root();
    Path out = output != null ? output.toPath() : root.resolve("target").resolve("testleak.sarif");
    SarifExport.Request request = new SarifExport.Request(root, out);
    int reports = 0;
    for (MavenProject project : session.getProjects()) {
      reports += collect(project, request);
    }
    if (reports == 0) {
      getLog().warn("testleak:sarif found no engine report in any module (run mvn verify first); writing an empty SARIF run");
    }
    request.keepSuppressed(keepSuppressed).includeAbsent(includeAbsent && baseline != null).failOnNew(failOnNew);
    if (baseline != null) {
      request.baseline(baseline.toPath());
    }
    SarifExport.Outcome outcome;
    try {
      outcome = SarifExport.run(request);
    } catch (ReportException e) {
      throw new MojoExecutionException("testleak:sarif: " + e.getMessage(), e);
    }
    outcome.warnings().forEach(w -> getLog().warn("testleak:sarif: " + w));
    outcome.engineErrors().forEach(e -> getLog().error("testleak:sarif: engine error: " + e));
    getLog().info("testleak:sarif: " + outcome.results() + " result(s) from " + reports + " report(s) written to " + out);
    if (outcome.exitCode() == SarifExport.ENGINE_FAILED && failOnEngineErrors) {
      throw new MojoFailureException(
          "testleak:sarif: " + outcome.engineErrors().size() + " engine error(s), so the findings may be incomplete;"
              + " they are in " + out + " as tool execution notifications");
    }
    if (failOnNew && outcome.newResults() > 0) {
      throw new MojoFailureException(
          "testleak:sarif: " + outcome.newResults() + " new finding(s)" + (baseline == null ? "" : " not in the baseline " + baseline)
              + "; see " + out);
    }
  }

  private Path root() {
    if (repoRoot != null) {
      return repoRoot.toPath().toAbsolutePath().normalize();
    }
    File multiModule = session.getRequest().getMultiModuleProjectDirectory();
    if (multiModule != null) {
      return multiModule.toPath().toAbsolutePath().normalize();
    }
    return session.getTopLevelProject().getBasedir().toPath().toAbsolutePath().normalize();
  }

  /** Adds the module's reports to the request; returns how many. */
  private int collect(MavenProject project, SarifExport.Request request) throws MojoExecutionException {
    Path target = Path.of(project.getBuild().getDirectory());
    int count = 0;
    for (Path jsonl : errorProneFiles(target.resolve("testleak"))) {
      request.errorProne(jsonl);
      count++;
    }
    Path spotbugs = target.resolve("spotbugsXml.xml");
    if (Files.exists(spotbugs)) {
      request.spotBugs(spotbugs);
      count++;
    }
    Path pmd = target.resolve("pmd.xml");
    if (Files.exists(pmd)) {
      request.pmd(pmd);
      count++;
    }
    getLog().debug("testleak:sarif: " + count + " report(s) in " + project.getArtifactId());
    return count;
  }

  private static List<Path> errorProneFiles(Path dir) throws MojoExecutionException {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "errorprone-*.jsonl")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new MojoExecutionException("testleak:sarif: cannot list " + dir + ": " + e.getMessage(), e);
    }
    files.sort(null);
    return files;
  }
}
