package dev.testleak.catalogue;

/**
 * How severe a rule's findings are, spelled for each engine. The values are chosen so that findings
 * show with each engine's defaults: Error Prone reports WARNING, spotbugs-maven-plugin's default
 * threshold reports priorities 1 and 2, maven-pmd-plugin reports priorities 1 to 5.
 *
 * @param errorProne {@code ERROR}, {@code WARNING} or {@code SUGGESTION}
 * @param spotbugsPriority 1 (high) to 3 (low)
 * @param spotbugsCategory the SpotBugs bug category
 * @param pmdPriority 1 (high) to 5 (low)
 * @param sarifLevel {@code error}, {@code warning} or {@code note}
 */
public record Severity(
    String errorProne, int spotbugsPriority, String spotbugsCategory, int pmdPriority, String sarifLevel) {

  /** A leak that makes a suite slower, flakier or kills its fork: reported, but not a build error. */
  public static final Severity WARNING = new Severity("WARNING", 2, "BAD_PRACTICE", 3, "warning");
}
