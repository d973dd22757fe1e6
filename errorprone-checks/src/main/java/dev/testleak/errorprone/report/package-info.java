/**
 * The {@code TestleakReport} javac plugin, which records testleak's Error Prone findings as the
 * JSON Lines file that {@code sarif-export} reads (docs/design/contracts.md).
 */
@org.jspecify.annotations.NullMarked
package dev.testleak.errorprone.report;
