package dev.testleak.spotbugs;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.catalogue.ResourceVocabulary;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.support.ClassCode;
import dev.testleak.spotbugs.support.ClassCode.Invoke;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.Classes;
import dev.testleak.spotbugs.support.InvocationContexts;
import dev.testleak.spotbugs.support.InvocationContexts.Context;
import dev.testleak.spotbugs.support.TestClassDetector;
import edu.umd.cs.findbugs.BugReporter;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.JavaClass;

/**
 * {@code ExitRegistryGrownPerInvocation}: {@code File.deleteOnExit()} or {@code
 * Runtime.addShutdownHook(..)} called once per test invocation or loop iteration. See
 * docs/rules/ExitRegistryGrownPerInvocation.md.
 *
 * <p>In bytecode: a call of one of {@link ResourceVocabulary#EXIT_REGISTRATIONS} (on the type or a
 * subtype) in a per-invocation context ({@link InvocationContexts}). A shutdown hook is not
 * reported when a {@link ResourceVocabulary#EXIT_DEREGISTRATIONS} call lies in the finally handler of
 * the same method, or in a per-invocation teardown of the class, an enclosing class or a superclass
 * (or a helper it calls).
 */
public final class ExitRegistryGrownPerInvocationDetector extends TestClassDetector {
  private static final Rule RULE = Catalogue.EXIT_REGISTRY_GROWN_PER_INVOCATION;

  private final BugReporter bugReporter;
  private final InvocationContexts contexts = new InvocationContexts(program);

  public ExitRegistryGrownPerInvocationDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  protected void visitTestClass(JavaClass javaClass, ClassCode code) {
    for (MethodCode body : code.methods.values()) {
      for (Invoke invoke : body.invokes) {
        Optional<String> registration = matching(invoke, ResourceVocabulary.EXIT_REGISTRATIONS);
        if (registration.isEmpty()) {
          continue;
        }
        Optional<Context> context = contexts.at(javaClass, body, invoke.pc());
        if (context.isEmpty() || isDeregistered(javaClass.getClassName(), body, invoke)) {
          continue;
        }
        bugReporter.reportBug(
            program.bugAt(this, RULE, body, invoke.line())
                .addString(describe(registration.get(), invoke))
                .addString(context.get().where()));
      }
    }
  }

  /** The {@code owner#name} of {@code calls} that {@code invoke} calls (on that owner or a subtype). */
  private Optional<String> matching(Invoke invoke, Set<String> calls) {
    return program.classes().supertypesAndSelf(invoke.owner()).names().stream()
        .map(owner -> owner + "#" + invoke.name())
        .filter(calls::contains)
        .findFirst();
  }

  /** A shutdown hook removed in the method's finally or in a per-invocation teardown; never a deleteOnExit entry. */
  private boolean isDeregistered(String className, MethodCode body, Invoke registration) {
    boolean removable =
        ResourceVocabulary.EXIT_DEREGISTRATIONS.stream()
            .anyMatch(d -> d.substring(0, d.indexOf('#')).equals(registration.owner())
                || program.classes().isSubtype(registration.owner(), d.substring(0, d.indexOf('#'))));
    if (!removable) {
      return false;
    }
    boolean inFinally =
        body.invokes.stream().anyMatch(i -> body.inFinally(i.pc()) && matching(i, ResourceVocabulary.EXIT_DEREGISTRATIONS).isPresent());
    return inFinally
        || program.anyHookReaches(
            className,
            h -> h.phase() == Phase.TEARDOWN && h.scope() == Scope.PER_TEST,
            m -> m.invokes.stream().anyMatch(i -> matching(i, ResourceVocabulary.EXIT_DEREGISTRATIONS).isPresent()));
  }

  private static String describe(String call, Invoke invoke) {
    String owner = Classes.simpleName(call.substring(0, call.indexOf('#')));
    return owner + "." + invoke.name() + (invoke.arguments().isEmpty() ? "()" : "(..)");
  }

}
