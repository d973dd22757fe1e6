/**
 * What testleak's Error Prone checks know about test code, built on annotations and types only:
 * which classes are test code ({@link dev.testleak.errorprone.support.TestCode}), which methods are
 * lifecycle hooks of which scope and phase, which hooks run around a class's code and whether they
 * undo a change ({@link dev.testleak.errorprone.support.Lifecycle}), which code runs once per test
 * invocation ({@link dev.testleak.errorprone.support.Invocations}), which types are growable
 * containers, atomics, mocks, resources, threads and servers or singletons and which calls change,
 * release or stop them ({@link dev.testleak.errorprone.support.Containers}, {@link
 * dev.testleak.errorprone.support.MutableState}, {@link dev.testleak.errorprone.support.Resources},
 * {@link dev.testleak.errorprone.support.BackgroundWork}, {@link
 * dev.testleak.errorprone.support.Singletons}), what a method does when the calls it makes are
 * followed ({@link dev.testleak.errorprone.support.CallGraph}), who calls a method of the
 * compilation ({@link dev.testleak.errorprone.support.Callers}), how calls are named ({@link
 * dev.testleak.errorprone.support.Calls}), where findings are reported ({@link
 * dev.testleak.errorprone.support.Positions}), the fixes that add code to hooks ({@link
 * dev.testleak.errorprone.support.HookFixes}), and what a check learns once per compilation unit
 * and reuses for every match in it ({@link dev.testleak.errorprone.support.PerUnit}, {@link
 * dev.testleak.errorprone.support.Locals}, {@link dev.testleak.errorprone.support.Assignments}) or
 * once per compilation ({@link dev.testleak.errorprone.support.PerCompilation}).
 *
 * <p>The facts themselves (annotation names, callback methods, container, resource, concurrency,
 * global-state and Mockito vocabularies) come from the catalogue, which the SpotBugs and PMD
 * engines share; this package only maps them onto javac symbols and trees. {@link
 * dev.testleak.errorprone.support.TestleakChecker} is the base of every check.
 */
@org.jspecify.annotations.NullMarked
package dev.testleak.errorprone.support;
