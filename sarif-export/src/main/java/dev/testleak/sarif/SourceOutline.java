package dev.testleak.sarif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The declarations of a Java source file without its statements: the types, their fields, methods,
 * constructors and initializers, with the positions javaparser gives them (the same ranges, so the
 * retention paths built from it are the ones built from the syntax tree). Reading it is a scan of the
 * tokens with the method bodies skipped bracket by bracket: some 25 times cheaper than javaparser's
 * parse of the same file, and without the JIT compiling javaparser's large generated parser, which
 * cost more than the parses themselves. {@link RetentionPaths} asks it first and parses only when it
 * cannot answer.
 *
 * <p>It never guesses. What it does not model makes it {@link #UNKNOWN} (a Unicode escape, a local
 * or anonymous class member type, an annotation inside a member's type, unbalanced brackets, ...), and a
 * position inside what it does not look into (an anonymous class body, enum constants, a compact
 * constructor, a member's header) makes {@link #enclosingMember} throw {@link Unsure}. A file javac
 * compiled is never read differently; one with a syntax error inside a method body, which javaparser
 * rejects, is outlined all the same.
 */
final class SourceOutline {
  /** The outline of a file the scan does not model: every question goes to the syntax tree. */
  static final SourceOutline UNKNOWN = new SourceOutline(List.of(), List.of());

  /** The outline cannot answer this question exactly; ask the syntax tree. */
  static final class Unsure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsure INSTANCE = new Unsure();

    private Unsure() {
      super("not in the outline", null, false, false);
    }
  }

  /** A line and column packed into one comparable number. */
  static long position(int line, int column) {
    return ((long) line << 32) | column;
  }

  static int line(long position) {
    return (int) (position >>> 32);
  }

  static int column(long position) {
    return (int) position;
  }

  /** From the first character of one token to the last character of another, both included. */
  record Span(long begin, long end) {
    boolean contains(long position) {
      return begin <= position && position <= end;
    }
  }

  /** A member of a type's body. */
  sealed interface Member permits Type, Field, Callable, Initializer {
    Span range();
  }

  /**
   * A class, interface, enum, record or annotation type.
   *
   * @param fields its fields' variables by name, the first declared of each name (what a search in
   *     declaration order finds)
   */
  record Type(String name, Span nameSpan, Span range, List<Member> members, Map<String, Variable> fields) implements Member {
    Type(String name, Span nameSpan, Span range, List<Member> members) {
      this(name, nameSpan, range, members, fieldsOf(members));
    }

    private static Map<String, Variable> fieldsOf(List<Member> members) {
      Map<String, Variable> fields = new HashMap<>();
      for (Member member : members) {
        if (member instanceof Field field) {
          for (Variable v : field.variables()) {
            fields.putIfAbsent(v.name(), v);
          }
        }
      }
      return Map.copyOf(fields);
    }

    /** The field declared in this type (not in nested ones) with a variable of this name. */
    Optional<Variable> field(String variable) {
      return Optional.ofNullable(fields.get(variable));
    }
  }

  record Variable(String name, Span nameSpan) {}

  record Field(List<Variable> variables, Span range) implements Member {}

  /**
   * A method (with or without a body), a constructor, or an annotation type's element.
   *
   * @param body the braces of its body, null without one
   * @param annotations the simple names of the annotations among its modifiers
   */
  record Callable(Kind kind, String name, Span nameSpan, Span range, Span body, List<String> annotations) implements Member {
    enum Kind {
      METHOD,
      CONSTRUCTOR,
      ANNOTATION_ELEMENT
    }
  }

  /** A static or instance initializer block. */
  record Initializer(Span range, Span body) implements Member {}

  private final List<Type> types;
  private final List<Type> allTypes;
  /** Anonymous class bodies, enum constants and compact constructors: what is inside is not modelled. */
  private final List<Span> opaque;

  private SourceOutline(List<Type> types, List<Span> opaque) {
    this.types = types;
    this.opaque = opaque;
    List<Type> all = new ArrayList<>();
    for (Type type : types) {
      addAll(type, all);
    }
    this.allTypes = List.copyOf(all);
  }

  /**
   * The outline of a source file's text (without a byte order mark), or {@link #UNKNOWN}: also
   * should the scan itself fail, so that the syntax tree answers as it always did.
   */
  static SourceOutline of(String text, LineTable lines) {
    try {
      Tokens tokens = new Tokens(text, lines);
      if (!tokens.scan()) {
        return UNKNOWN;
      }
      Parser parser = new Parser(tokens);
      List<Type> types = parser.compilationUnit();
      return new SourceOutline(List.copyOf(types), List.copyOf(parser.opaque));
    } catch (RuntimeException | StackOverflowError e) {
      return UNKNOWN;
    }
  }

  boolean known() {
    return this != UNKNOWN;
  }

  /** The top-level types, in order. */
  List<Type> types() {
    return types;
  }

  /** Every type, each before the types nested in it, in order (javaparser's {@code findAll}). */
  List<Type> allTypes() {
    return allTypes;
  }

  private static void addAll(Type type, List<Type> all) {
    all.add(type);
    for (Member member : type.members()) {
      if (member instanceof Type nested) {
        addAll(nested, all);
      }
    }
  }

  /** The types whose declaration contains the position, innermost first. */
  List<Type> enclosingTypes(long position) {
    List<Type> chain = new ArrayList<>();
    List<? extends Member> members = types;
    Type found;
    do {
      found = null;
      for (Member member : members) {
        if (member instanceof Type type && type.range().contains(position)) {
          found = type;
          chain.add(0, type);
          members = type.members();
          break;
        }
      }
    } while (found != null);
    return chain;
  }

  /**
   * The method or constructor whose body contains the position, or else the initializer whose block
   * does: javaparser's nearest {@code CallableDeclaration}, then {@code InitializerDeclaration},
   * ancestor of the innermost node there. Throws {@link Unsure} where that node is not known (inside an
   * anonymous class, enum constants, a compact constructor, or a member's header).
   */
  Optional<Member> enclosingMember(long position) {
    for (Span span : opaque) {
      if (span.contains(position)) {
        throw Unsure.INSTANCE;
      }
    }
    List<Type> chain = enclosingTypes(position);
    if (chain.isEmpty()) {
      return Optional.empty();
    }
    for (Member member : chain.get(0).members()) {
      if (!member.range().contains(position)) {
        continue;
      }
      if (member instanceof Callable callable && callable.kind() != Callable.Kind.ANNOTATION_ELEMENT) {
        if (callable.body() != null && callable.body().contains(position)) {
          return Optional.of(callable);
        }
        throw Unsure.INSTANCE;
      }
      if (member instanceof Initializer initializer) {
        if (initializer.body().contains(position)) {
          return Optional.of(initializer);
        }
        throw Unsure.INSTANCE;
      }
      // a field or an annotation type element: no method or initializer around it
      return Optional.empty();
    }
    // between the members or in the type's own header
    return Optional.empty();
  }

  /** The methods of a type and of its member types, in order (not constructors or annotation elements). */
  static List<Callable> methods(Type type) {
    List<Callable> out = new ArrayList<>();
    methods(type, out);
    return out;
  }

  private static void methods(Type type, List<Callable> out) {
    for (Member member : type.members()) {
      if (member instanceof Callable callable && callable.kind() == Callable.Kind.METHOD) {
        out.add(callable);
      } else if (member instanceof Type nested) {
        methods(nested, out);
      }
    }
  }

  // --- the tokens ---------------------------------------------------------------------------------

  private static final byte WORD = 1;
  private static final byte PUNCT = 2;
  private static final byte LITERAL = 3;
  private static final String PUNCTUATION = "(){}[];,.@=<>?:!~+-*/&|^%";

  /** The file's tokens (comments and white space left out), as offsets into its text. */
  private static final class Tokens {
    final String text;
    final LineTable lines;
    int size;
    int[] starts = new int[1024];
    int[] ends = new int[1024];
    byte[] kinds = new byte[1024];

    Tokens(String text, LineTable lines) {
      this.text = text;
      this.lines = lines;
    }

    /** False when the text holds something the outline does not model. */
    boolean scan() {
      int n = text.length();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
          i++;
        } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
          while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
          }
        } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
          int end = text.indexOf("*/", i + 2);
          if (end < 0) {
            return false;
          }
          i = end + 2;
        } else if (c == '"' || c == '\'') {
          int end = c == '"' && text.startsWith("\"\"\"", i) ? textBlockEnd(i) : quotedEnd(i, c);
          if (end < 0) {
            return false;
          }
          add(LITERAL, i, end);
          i = end;
        } else if (Character.isJavaIdentifierStart(c) && !Character.isIdentifierIgnorable(c)) {
          int end = i + 1;
          while (end < n && Character.isJavaIdentifierPart(text.charAt(end)) && !Character.isIdentifierIgnorable(text.charAt(end))) {
            end++;
          }
          add(WORD, i, end);
          i = end;
        } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
          int end = i + 1;
          while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '.')) {
            end++;
          }
          add(LITERAL, i, end);
          i = end;
        } else if (c < 128 && PUNCTUATION.indexOf(c) >= 0) {
          add(PUNCT, i, i + 1);
          i++;
        } else {
          // a backslash (a Unicode escape), a character outside Java's syntax, a supplementary character
          return false;
        }
      }
      // A Unicode escape inside a literal or comment can end it in javac's reading; leave such files to javaparser.
      return text.indexOf("\\u") < 0;
    }

    private int quotedEnd(int start, char quote) {
      for (int i = start + 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          return i + 1;
        } else if (c == '\n' || c == '\r') {
          return -1;
        }
      }
      return -1;
    }

    private int textBlockEnd(int start) {
      for (int i = start + 3; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '"' && text.startsWith("\"\"\"", i)) {
          return i + 3;
        }
      }
      return -1;
    }

    private void add(byte kind, int start, int end) {
      if (size == starts.length) {
        starts = java.util.Arrays.copyOf(starts, size * 2);
        ends = java.util.Arrays.copyOf(ends, size * 2);
        kinds = java.util.Arrays.copyOf(kinds, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      kinds[size++] = kind;
    }

    boolean punct(int t, char c) {
      return t >= 0 && t < size && kinds[t] == PUNCT && text.charAt(starts[t]) == c;
    }

    boolean word(int t) {
      return t >= 0 && t < size && kinds[t] == WORD;
    }

    boolean word(int t, String word) {
      return word(t) && ends[t] - starts[t] == word.length() && text.startsWith(word, starts[t]);
    }

    String text(int t) {
      return text.substring(starts[t], ends[t]);
    }

    long begin(int t) {
      int offset = starts[t];
      int line = lines.lineOf(offset);
      return position(line, lines.columnOf(offset, line));
    }

    long end(int t) {
      int offset = ends[t] - 1;
      int line = lines.lineOf(offset);
      return position(line, lines.columnOf(offset, line));
    }

    Span span(int first, int last) {
      return new Span(begin(first), end(last));
    }
  }

  // --- the declarations ---------------------------------------------------------------------------

  /** Something the outline does not model; the file is {@link #UNKNOWN}. */
  private static final class Unmodelled extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unmodelled INSTANCE = new Unmodelled();

    private Unmodelled() {
      super("not modelled", null, false, false);
    }
  }

  private static final Set<String> MODIFIERS =
      Set.of(
          "public", "protected", "private", "static", "final", "abstract", "native", "synchronized", "transient", "volatile",
          "strictfp", "default", "sealed");

  /** Reads declarations from the tokens; {@link Unmodelled} as soon as something is not understood. */
  private static final class Parser {
    private final Tokens tokens;
    private int t;
    final List<Span> opaque = new ArrayList<>();
    /** Opening braces of anonymous class bodies, by token index, found ahead of the scan. */
    private final java.util.BitSet anonymous = new java.util.BitSet();

    Parser(Tokens tokens) {
      this.tokens = tokens;
    }

    private static Unmodelled unmodelled() {
      return Unmodelled.INSTANCE;
    }

    List<Type> compilationUnit() {
      List<Type> types = new ArrayList<>();
      while (t < tokens.size) {
        if (tokens.punct(t, ';')) {
          t++;
          continue;
        }
        int begin = t;
        modifiers(null);
        if (tokens.word(t, "package") || tokens.word(t, "import")) {
          skipPast(';');
          continue;
        }
        types.add(type(begin));
      }
      return types;
    }

    private void skipPast(char c) {
      while (!tokens.punct(t, c)) {
        if (t >= tokens.size || tokens.punct(t, '{') || tokens.punct(t, '}')) {
          throw unmodelled();
        }
        t++;
      }
      t++;
    }

    /** Modifiers and annotations, in any order; the annotations' simple names go to {@code names}. */
    private void modifiers(List<String> names) {
      while (true) {
        if (tokens.punct(t, '@') && !tokens.word(t + 1, "interface")) {
          String name = annotation();
          if (names != null) {
            names.add(name);
          }
        } else if (tokens.word(t) && MODIFIERS.contains(tokens.text(t))) {
          t++;
        } else if (tokens.word(t, "non") && tokens.punct(t + 1, '-') && tokens.word(t + 2, "sealed")) {
          t += 3;
        } else {
          return;
        }
      }
    }

    /** An annotation at {@code @}: its simple name (the last part of a qualified one). */
    private String annotation() {
      t++;
      if (!tokens.word(t)) {
        throw unmodelled();
      }
      int name = t++;
      while (tokens.punct(t, '.') && tokens.word(t + 1)) {
        name = t + 1;
        t += 2;
      }
      if (tokens.punct(t, '(')) {
        skipBalanced();
      }
      return tokens.text(name);
    }

    private boolean typeKeyword(int at) {
      return tokens.word(at, "class")
          || tokens.word(at, "interface")
          || tokens.word(at, "enum")
          || tokens.punct(at, '@') && tokens.word(at + 1, "interface")
          || record(at);
    }

    private boolean record(int at) {
      return tokens.word(at, "record") && tokens.word(at + 1) && (tokens.punct(at + 2, '(') || tokens.punct(at + 2, '<'));
    }

    /** A type declaration whose modifiers started at {@code begin}; {@code t} is at its keyword. */
    private Type type(int begin) {
      boolean isEnum = tokens.word(t, "enum");
      boolean isRecord = record(t);
      boolean isAnnotation = tokens.punct(t, '@');
      if (!typeKeyword(t)) {
        throw unmodelled();
      }
      t += isAnnotation ? 2 : 1;
      if (!tokens.word(t)) {
        throw unmodelled();
      }
      int name = t++;
      while (!tokens.punct(t, '{')) {
        if (t >= tokens.size || tokens.punct(t, ';') || tokens.punct(t, '}') || tokens.punct(t, ')')) {
          throw unmodelled();
        }
        if (tokens.punct(t, '(')) {
          skipBalanced();
        } else if (tokens.punct(t, '@')) {
          annotation();
        } else {
          t++;
        }
      }
      String typeName = tokens.text(name);
      List<Member> members = body(typeName, isEnum, isRecord, isAnnotation);
      return new Type(typeName, tokens.span(name, name), tokens.span(begin, t - 1), List.copyOf(members));
    }

    /** The members of the body whose '{' {@code t} is at; leaves {@code t} past its '}'. */
    private List<Member> body(String typeName, boolean isEnum, boolean isRecord, boolean isAnnotation) {
      t++;
      if (isEnum) {
        int first = t;
        while (!tokens.punct(t, ';') && !tokens.punct(t, '}')) {
          if (t >= tokens.size || tokens.punct(t, ')') || tokens.punct(t, ']')) {
            throw unmodelled();
          }
          if (tokens.punct(t, '(') || tokens.punct(t, '{') || tokens.punct(t, '[')) {
            skipBalanced();
          } else {
            t++;
          }
        }
        if (t > first) {
          opaque.add(tokens.span(first, t - 1));
        }
        if (tokens.punct(t, ';')) {
          t++;
        }
      }
      List<Member> members = new ArrayList<>();
      while (!tokens.punct(t, '}')) {
        if (t >= tokens.size) {
          throw unmodelled();
        }
        if (tokens.punct(t, ';')) {
          t++;
          continue;
        }
        int begin = t;
        if (tokens.punct(t, '{') || tokens.word(t, "static") && tokens.punct(t + 1, '{')) {
          int open = tokens.punct(t, '{') ? t : t + 1;
          t = open;
          int close = skipBalanced();
          members.add(new Initializer(tokens.span(begin, close), tokens.span(open, close)));
          continue;
        }
        List<String> annotations = new ArrayList<>();
        modifiers(annotations);
        if (typeKeyword(t)) {
          members.add(type(begin));
        } else if (isRecord && tokens.word(t, typeName) && tokens.punct(t + 1, '{')) {
          // a compact canonical constructor: not a callable in javaparser's tree, and not looked into
          t++;
          int close = skipBalanced();
          opaque.add(tokens.span(begin, close));
        } else {
          members.add(member(begin, annotations, isAnnotation));
        }
      }
      t++;
      return members;
    }

    /** A field, method, constructor or annotation element, after its modifiers. */
    private Member member(int begin, List<String> annotations, boolean inAnnotationType) {
      if (tokens.punct(t, '<')) {
        skipAngles();
      }
      int header = t;
      int angles = 0;
      while (true) {
        if (t >= tokens.size || tokens.punct(t, '@') || tokens.punct(t, '{') || tokens.punct(t, '}') || tokens.punct(t, ')')) {
          // an annotation inside the type is attached where the outline does not follow
          throw unmodelled();
        }
        if (tokens.punct(t, '<')) {
          angles++;
        } else if (tokens.punct(t, '>')) {
          angles--;
        } else if (angles == 0 && tokens.punct(t, '(')) {
          return callable(begin, header, annotations, inAnnotationType);
        } else if (angles == 0 && (tokens.punct(t, '=') || tokens.punct(t, ';') || tokens.punct(t, ','))) {
          return field(begin, header);
        }
        t++;
      }
    }

    private Callable callable(int begin, int header, List<String> annotations, boolean inAnnotationType) {
      int name = t - 1;
      if (name < header || !tokens.word(name)) {
        throw unmodelled();
      }
      Callable.Kind kind =
          inAnnotationType ? Callable.Kind.ANNOTATION_ELEMENT : name == header ? Callable.Kind.CONSTRUCTOR : Callable.Kind.METHOD;
      skipBalanced();
      boolean defaultValue = false;
      while (true) {
        if (t >= tokens.size || tokens.punct(t, '}') || tokens.punct(t, '(') || tokens.punct(t, '@') && !defaultValue) {
          throw unmodelled();
        }
        if (tokens.punct(t, ';')) {
          Span range = tokens.span(begin, t++);
          return new Callable(kind, tokens.text(name), tokens.span(name, name), range, null, List.copyOf(annotations));
        }
        if (tokens.punct(t, '{') && !defaultValue) {
          int open = t;
          int close = skipBalanced();
          return new Callable(
              kind, tokens.text(name), tokens.span(name, name), tokens.span(begin, close), tokens.span(open, close), List.copyOf(annotations));
        }
        if (tokens.word(t, "default") && kind == Callable.Kind.ANNOTATION_ELEMENT) {
          defaultValue = true;
          t++;
        } else if (defaultValue && (tokens.punct(t, '{') || tokens.punct(t, '('))) {
          skipBalanced();
        } else if (defaultValue && tokens.punct(t, '@')) {
          annotation();
        } else {
          t++;
        }
      }
    }

    private Field field(int begin, int header) {
      List<Variable> variables = new ArrayList<>();
      int name = t - 1;
      while (tokens.punct(name, ']') && tokens.punct(name - 1, '[')) {
        name -= 2;
      }
      if (name <= header || !tokens.word(name)) {
        throw unmodelled();
      }
      // javaparser's name of a variable declared 'b[]' spans the brackets too
      variables.add(new Variable(tokens.text(name), tokens.span(name, t - 1)));
      while (true) {
        if (tokens.punct(t, '=')) {
          t++;
          skipExpression();
        }
        if (tokens.punct(t, ';')) {
          return new Field(List.copyOf(variables), tokens.span(begin, t++));
        }
        if (!tokens.punct(t, ',') || !tokens.word(t + 1)) {
          throw unmodelled();
        }
        int next = ++t;
        t++;
        while (tokens.punct(t, '[') && tokens.punct(t + 1, ']')) {
          t += 2;
        }
        variables.add(new Variable(tokens.text(next), tokens.span(next, t - 1)));
      }
    }

    /** Type parameters or arguments at '<', in a declaration's header. */
    private void skipAngles() {
      int depth = 0;
      do {
        if (t >= tokens.size || tokens.punct(t, ';') || tokens.punct(t, '{') || tokens.punct(t, '}')) {
          throw unmodelled();
        }
        if (tokens.punct(t, '<')) {
          depth++;
        } else if (tokens.punct(t, '>')) {
          depth--;
        } else if (tokens.punct(t, '@')) {
          throw unmodelled();
        }
        t++;
      } while (depth > 0);
    }

    /** A variable initializer: up to the ',' or ';' that ends it. */
    private void skipExpression() {
      while (!tokens.punct(t, ',') && !tokens.punct(t, ';')) {
        if (t >= tokens.size || tokens.punct(t, ')') || tokens.punct(t, ']') || tokens.punct(t, '}')) {
          throw unmodelled();
        }
        if (tokens.punct(t, '(') || tokens.punct(t, '[') || tokens.punct(t, '{')) {
          skipBalanced();
        } else {
          inspect(t);
          t++;
        }
      }
    }

    /**
     * Skips the bracketed group whose opening bracket {@code t} is at, checking the brackets nest;
     * returns the index of its closing bracket and leaves {@code t} past it. Anonymous class bodies
     * inside are recorded as opaque; a type declared inside makes the file unmodelled.
     */
    private int skipBalanced() {
      int[] stack = new int[16];
      int depth = 0;
      while (true) {
        if (t >= tokens.size) {
          throw unmodelled();
        }
        if (tokens.kinds[t] == PUNCT) {
          char c = tokens.text.charAt(tokens.starts[t]);
          if (c == '(' || c == '[' || c == '{') {
            if (depth == stack.length) {
              stack = java.util.Arrays.copyOf(stack, depth * 2);
            }
            stack[depth++] = t;
          } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
              throw unmodelled();
            }
            int open = stack[--depth];
            char o = tokens.text.charAt(tokens.starts[open]);
            if (o != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
              throw unmodelled();
            }
            if (anonymous.get(open)) {
              opaque.add(tokens.span(open, t));
            }
            if (depth == 0) {
              return t++;
            }
          }
        } else {
          inspect(t);
        }
        t++;
      }
    }

    /**
     * A word inside a body or initializer: a type declared there (javaparser would list it among
     * the file's types) makes the file unmodelled; {@code new ...(...) {} } marks an anonymous class
     * body, whose methods would enclose what is inside it.
     */
    private void inspect(int at) {
      if (tokens.kinds[at] != WORD) {
        return;
      }
      if (tokens.word(at, "class") && !tokens.punct(at - 1, '.') || tokens.word(at, "interface") || tokens.word(at, "enum") || record(at)) {
        throw unmodelled();
      }
      if (!tokens.word(at, "new")) {
        return;
      }
      int k = at + 1;
      while (true) {
        if (tokens.punct(k, '<')) {
          int depth = 0;
          do {
            if (k >= tokens.size) {
              return;
            }
            if (tokens.punct(k, '<')) {
              depth++;
            } else if (tokens.punct(k, '>')) {
              depth--;
            }
            k++;
          } while (depth > 0);
        } else if (tokens.punct(k, '@')) {
          // an annotated type in a class instance creation: its arguments would read as the constructor's
          throw unmodelled();
        } else if (tokens.word(k) || tokens.punct(k, '.')) {
          k++;
        } else {
          break;
        }
      }
      if (!tokens.punct(k, '(')) {
        return;
      }
      int depth = 0;
      do {
        if (k >= tokens.size) {
          return;
        }
        if (tokens.punct(k, '(')) {
          depth++;
        } else if (tokens.punct(k, ')')) {
          depth--;
        }
        k++;
      } while (depth > 0);
      if (tokens.punct(k, '{')) {
        anonymous.set(k);
      }
    }
  }
}
