package dev.testleak.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.testleak.catalogue.Engine;
import dev.testleak.sarif.RetentionPaths.Context;
import dev.testleak.sarif.RetentionPaths.OutlineContext;
import dev.testleak.sarif.RetentionPaths.TreeContext;
import dev.testleak.sarif.model.Sarif.Region;
import dev.testleak.sarif.report.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outline must answer exactly as the syntax tree does, or not at all: every question the
 * retention paths ask is asked of both, at positions all over real test code (the conformance corpus),
 * and of files built to hit what the outline does not model.
 */
class SourceOutlineTest {
  private static final List<Set<String>> HOOKS =
      List.of(
          Set.of("AfterEach", "AfterAll", "After", "AfterClass", "AfterMethod", "AfterTest", "AfterSuite", "AfterGroups"),
          Set.of("BeforeEach", "Before", "BeforeMethod"),
          Set.of("AfterEach", "After", "AfterMethod"));

  @TempDir Path temp;

  // --- what the outline models ---------------------------------------------------------------------

  @Test
  void aFieldIsFoundInTheEnclosingClassesFirst() throws IOException {
    Answers a = answers(
        """
        class Outer {
          static int COUNT;
          static class Inner {
            static int COUNT;
            void f() {
              COUNT++;
            }
          }
        }
        """, 6, 7);
    assertThat(a.outline(c -> c.field("COUNT"))).isEqualTo(a.tree(c -> c.field("COUNT")));
    assertThat(a.outline(c -> c.field("COUNT")).orElseThrow().name()).isEqualTo("Inner.COUNT");
    assertThat(a.outline(c -> c.field("MISSING"))).isEmpty();
  }

  @Test
  void theEnclosingMethodConstructorOrInitializerIsFound() throws IOException {
    String source =
        """
        class A {
          static { System.setProperty("a", "b"); }
          A() {
            Runtime.getRuntime().addShutdownHook(null);
          }
          void run() {
            Runnable r = () -> System.exit(0);
          }
          int field = 1;
        }
        """;
    for (int[] at : new int[][] {{2, 12}, {4, 5}, {7, 24}, {9, 15}, {10, 1}}) {
      Answers a = answers(source, at[0], at[1]);
      assertThat(a.outline(Context::enclosingMember)).as("line %d", at[0]).isEqualTo(a.tree(Context::enclosingMember));
    }
    assertThat(answers(source, 4, 5).outline(Context::enclosingMember).orElseThrow().name()).isEqualTo("A()");
    assertThat(answers(source, 2, 12).outline(Context::enclosingMember).orElseThrow().name()).isEqualTo("the initializer");
    assertThat(answers(source, 9, 15).outline(Context::enclosingMember)).isEmpty();
  }

  @Test
  void hooksOfNestedClassesCountAndOnlyTheFirstTwoAreNamed() throws IOException {
    Answers a = answers(
        """
        class T {
          @org.junit.jupiter.api.AfterEach void one() {}
          @Deprecated public @org.junit.After void two() {}
          static class Nested {
            @AfterMethod(alwaysRun = true) void three() {}
          }
          void test() { LIST.add(1); }
        }
        """, 7, 17);
    for (Set<String> hooks : HOOKS) {
      assertThat(a.outline(c -> c.teardown(hooks))).isEqualTo(a.tree(c -> c.teardown(hooks)));
    }
    assertThat(a.outline(c -> c.teardown(HOOKS.get(0))).orElseThrow().hooks()).extracting(RetentionPaths.Found::name).containsExactly("one()", "two()");
    assertThat(a.outline(c -> c.teardown(HOOKS.get(1))).orElseThrow().hooks()).isEmpty();
  }

  @Test
  void aFieldOfAnotherClassIsLookedUpInItsFileBeside() throws IOException {
    write("Fixtures.java", "class Fixtures {\n  static final java.util.List<String> SEEN = new java.util.ArrayList<>();\n}\n");
    Answers a = answers("class UserTest {\n  void t() {\n    Fixtures.SEEN.add(\"x\");\n  }\n}\n", 3, 5);
    assertThat(a.outline(c -> c.field("Fixtures.SEEN"))).isEqualTo(a.tree(c -> c.field("Fixtures.SEEN")));
    assertThat(a.outline(c -> c.field("Fixtures.SEEN")).orElseThrow().path()).isEqualTo("Fixtures.java");
  }

  // --- what it does not model: the tree answers ----------------------------------------------------

  @Test
  void insideAnAnonymousClassEnumConstantsOrACompactConstructorTheOutlineIsUnsure() throws IOException {
    String source =
        """
        class A {
          Runnable r = new Runnable() {
            public void run() { System.exit(1); }
          };
          enum E { X { void f() { System.exit(2); } } }
          record R(int x) { R { System.exit(3); } }
          void f() {
            new Thread() { public void run() {} }.start();
          }
        }
        """;
    for (int[] at : new int[][] {{3, 25}, {5, 27}, {6, 25}, {8, 20}}) {
      assertThat(answers(source, at[0], at[1]).outlineAnswers(Context::enclosingMember)).as("line %d", at[0]).isFalse();
    }
    // the method around the anonymous class is still known outside it
    Answers a = answers(source, 8, 5);
    assertThat(a.outline(Context::enclosingMember)).isEqualTo(a.tree(Context::enclosingMember));
  }

  @Test
  void whatTheOutlineDoesNotModelLeavesTheFileToTheTree() throws IOException {
    for (String source :
        List.of(
            "class A { void f() { class Local {} } }",
            "class A { void f() { record P(int x) {} } }",
            "class A { String s = \"\\u0041\"; }",
            "class A { java.util.List<@Deprecated String> f() { return null; } }",
            "class A { void f( { }",
            "class A { void f() { if (x) { } }",
            "class A { void f() { ( ] } }",
            "module m { }")) {
      assertThat(SourceOutline.of(source, LineTable.of(source)).known()).as(source).isFalse();
    }
    assertThat(SourceOutline.of("class A { void f() { Object o = A.class; } }", LineTable.of("class A { void f() { Object o = A.class; } }")).known())
        .isTrue();
  }

  @Test
  void theQuestionsOnlyTheTreeCanAnswerAreLeftToIt() throws IOException {
    Answers a = answers("class A {\n  Object o;\n  void f() {\n    o = new Object();\n  }\n}\n", 4, 9);
    assertThat(a.outlineAnswers(Context::assignedField)).isFalse();
    assertThat(a.outlineAnswers(c -> c.firstTestUsing("o"))).isFalse();
    assertThat(a.tree(Context::assignedField).orElseThrow().name()).isEqualTo("A.o");
  }

  // --- the same answers as the tree, all over real test code --------------------------------------

  @Test
  void onTheConformanceCorpusTheOutlineAnswersAsTheTreeDoes() throws IOException {
    Path corpus = Path.of("../testcases/src/test/java");
    assertThat(corpus).isDirectory();
    Comparison comparison = compare(corpus, 1);
    assertThat(comparison.mismatches).isEmpty();
    // it is worth having: most files and questions are answered without parsing
    assertThat(comparison.outlined).isGreaterThan(comparison.files * 9 / 10);
    assertThat(comparison.answered).isGreaterThan(comparison.asked * 8 / 10);
  }

  @Test
  void onFilesBuiltToStrainItTheOutlineAnswersAsTheTreeDoes() throws IOException {
    write("p/Odd.java",
        """
        package p;

        import java.util.*;

        /** doc */
        @Deprecated
        public class Odd<T extends Comparable<T>> extends Object implements Runnable {
          /** field doc */ int a = 1, b[] = {1, 2}, c;
          ;
          static { int x = 1; }
          { }
          @SuppressWarnings("x") public <U> Odd() { super(); }
          int f()[] { return null; }
          public void run() { Map<String, List<Integer>> m = new HashMap<String, List<Integer>>(); }
          enum E { X, Y(1) { void g() {} }, Z; E() {} E(int i) {} int q; }
          record R(int x, String y) implements Runnable { R { } public void run() {} static int z; }
          @interface Ann { int v() default 1; String[] w() default {"a", "b"}; int K = 2; }
          interface I { default void d() {} int C = 3; }
          sealed interface S permits S1 {}
          final class S1 implements S {}
          non-sealed class S2 {}
          static final Map<String, Integer> M = new HashMap<>() {{ put("a", 1); }};
          String text = \"""
              a { b ( c
              \""";
          char brace = '{';
          @Test void t() { Odd.M.put("x", 1); M.clear(); }
          @AfterEach void cleanUp() { }
        }
        class Second { static int COUNT; }
        """);
    write("p/Tabs.java", "package p;\r\nclass Tabs {\r\n\tstatic int\tX;\r\n\t// é😀 in a comment\r\n\tvoid f() {\r\n\t\tX++; String s = \"é😀\"; X--;\r\n\t}\r\n}\r\n");
    write("p/Bom.java", "\uFEFFpackage p;\nclass Bom { static int X; void f() { X++; } }\n");
    Comparison comparison = compare(temp, 1);
    assertThat(comparison.mismatches).isEmpty();
    assertThat(comparison.outlined).isEqualTo(3);
  }

  // --- the comparison -------------------------------------------------------------------------------

  /** What asking both gave. */
  static final class Comparison {
    int files;
    int outlined;
    long asked;
    long answered;
    final List<String> mismatches = new ArrayList<>();
  }

  /**
   * Asks the outline and the tree the same questions at positions all over every .java file under
   * {@code root} (every {@code step}-th column of every line); a difference is a mismatch.
   */
  static Comparison compare(Path root, int step) throws IOException {
    Comparison out = new Comparison();
    SourceFiles sources = new SourceFiles(root);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      String path = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
      out.files++;
      SourceOutline outline = sources.outline(path).orElseThrow();
      if (!outline.known()) {
        continue;
      }
      out.outlined++;
      Optional<CompilationUnit> unit = sources.unit(path);
      if (unit.isEmpty()) {
        out.mismatches.add(path + ": outlined, but javaparser cannot parse it");
        continue;
      }
      List<String> names = new ArrayList<>(questionsAbout(unit.get()));
      String text = Files.readString(file, StandardCharsets.UTF_8);
      LineTable lines = LineTable.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
      for (int line = 1; line <= lines.size() + 1; line++) {
        int length = lines.has(line) ? lines.line(line).length() : 0;
        for (int column = 1; column <= length + 1; column += step) {
          Finding finding = new Finding(Engine.ERROR_PRONE, "StaticCollectionNeverCleared", path, line, column, line, column + 1, "m");
          Region region = new Region(line, column, line, column + 1);
          OutlineContext byOutline = new OutlineContext(finding, region, sources, outline);
          TreeContext byTree = new TreeContext(finding, region, sources);
          List<Function<Context, Object>> questions = new ArrayList<>();
          questions.add(Context::enclosingMember);
          for (Set<String> hooks : HOOKS) {
            questions.add(c -> c.teardown(hooks));
          }
          for (String name : names) {
            questions.add(c -> c.field(name));
          }
          for (Function<Context, Object> question : questions) {
            out.asked++;
            Object outlineAnswer;
            try {
              outlineAnswer = question.apply(byOutline);
            } catch (SourceOutline.Unsure e) {
              continue;
            }
            out.answered++;
            Object treeAnswer = question.apply(byTree);
            if (!outlineAnswer.equals(treeAnswer) && out.mismatches.size() < 50) {
              String difference = "outline " + outlineAnswer + ", tree " + treeAnswer;
              if (out.mismatches.stream().noneMatch(m -> m.endsWith(difference))) {
                out.mismatches.add(path + ":" + line + ":" + column + ": " + difference);
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** The field names a strategy could ask about in this file: its fields, qualified ones, and one that is missing. */
  private static Set<String> questionsAbout(CompilationUnit unit) {
    Set<String> names = new LinkedHashSet<>();
    for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
      for (VariableDeclarator v : field.getVariables()) {
        names.add(v.getNameAsString());
        field.findAncestor(TypeDeclaration.class).ifPresent(t -> names.add(t.getNameAsString() + "." + v.getNameAsString()));
        if (names.size() > 6) {
          break;
        }
      }
      if (names.size() > 6) {
        break;
      }
    }
    names.add("NOT_THERE");
    names.add("Missing.NOT_THERE");
    return names;
  }

  // --- helpers --------------------------------------------------------------------------------------

  private Path write(String path, String text) throws IOException {
    Path file = temp.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Both contexts at a position of a file {@code A.java} with this text. */
  private Answers answers(String source, int line, int column) throws IOException {
    write("A.java", source);
    SourceFiles sources = new SourceFiles(temp);
    Finding finding = new Finding(Engine.ERROR_PRONE, "StaticCollectionNeverCleared", "A.java", line, column, line, column + 1, "m");
    Region region = new Region(line, column, line, column + 1);
    SourceOutline outline = sources.outline("A.java").orElseThrow();
    assertThat(outline.known()).isTrue();
    return new Answers(new OutlineContext(finding, region, sources, outline), new TreeContext(finding, region, sources));
  }

  private record Answers(OutlineContext byOutline, TreeContext byTree) {
    <T> Optional<T> outline(Function<Context, Optional<T>> question) {
      return question.apply(byOutline);
    }

    <T> Optional<T> tree(Function<Context, Optional<T>> question) {
      return question.apply(byTree);
    }

    boolean outlineAnswers(Function<Context, ?> question) {
      try {
        question.apply(byOutline);
        return true;
      } catch (SourceOutline.Unsure e) {
        return false;
      }
    }
  }
}
