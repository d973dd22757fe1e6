/**
 * What testleak's Error Prone checks know about test code, built on annotations and types only:
 * which classes are test code ({@link dev.testleak.errorprone.support.TestCode}), which methods are
 * lifecycle hooks of which scope and phase and which hooks run around a class's code ({@link
 * dev.testleak.errorprone.support.Lifecycle}), which types are growable containers and which calls
 * grow or empty them ({@link dev.testleak.errorprone.support.Containers}), and what a method does
 * when the calls it makes are followed ({@link dev.testleak.errorprone.support.CallGraph}).
 *
 * <p>The facts themselves (annotation names, callback methods, container methods) come from the
 * catalogue's {@code LifecycleVocabulary} and {@code ContainerVocabulary}, which the SpotBugs and
 * PMD engines share; this package only maps them onto javac symbols and trees.
 */
@org.jspecify.annotations.NullMarked
package dev.testleak.errorprone.support;
