package dev.testleak.sarif;

/**
 * GitHub's {@code primaryLocationLineHash}, computed exactly as {@code github/codeql-action} does
 * (src/fingerprints.ts) when a result comes without one: a rolling hash (base 37, 64-bit wrapping
 * arithmetic) over a window of the next 100 characters starting at each line, spaces and tabs skipped,
 * CR and CRLF read as LF, the end of the file as character 65535; written as the unsigned hexadecimal
 * value, then {@code :n} where n counts the lines of the file with the same hash so far. The upload
 * action keeps a value it is given, so writing it ourselves changes nothing for GitHub but makes the
 * file self-contained for other consumers and for {@code --baseline}.
 *
 * <p>Only the line and what follows it enter a line's hash, so adding or removing unrelated lines
 * above a finding keeps its fingerprint (unless an added line is an exact copy of the window).
 */
final class LineHashes {
  private static final int BLOCK_SIZE = 100;
  private static final long MOD = 37;
  private static final long FIRST_MOD = firstMod();
  private static final char EOF = 65535;

  private LineHashes() {}

  /** Hashes of every line of {@code text}: element {@code i} is line {@code i + 1}'s. */
  static String[] of(CharSequence text) {
    return new Hasher(text).run();
  }

  private static long firstMod() {
    long mod = 1;
    for (int i = 0; i < BLOCK_SIZE; i++) {
      mod *= MOD;
    }
    return mod;
  }

  private static final class Hasher {
    private final CharSequence text;
    private final int[] window = new int[BLOCK_SIZE];
    private final int[] lineNumbers = new int[BLOCK_SIZE];
    private final java.util.HashMap<String, Integer> counts = new java.util.HashMap<>();
    private String[] hashes = new String[64];
    private int lines;
    private long hash;
    private int index;
    private int lineNumber;
    private boolean lineStart = true;
    private boolean previousCr;

    Hasher(CharSequence text) {
      this.text = text;
      java.util.Arrays.fill(lineNumbers, -1);
    }

    String[] run() {
      for (int i = 0; i < text.length(); i++) {
        process(text.charAt(i));
      }
      process(EOF);
      for (int i = 0; i < BLOCK_SIZE; i++) {
        if (lineNumbers[index] != -1) {
          output();
        }
        update(0);
      }
      return java.util.Arrays.copyOf(hashes, lines);
    }

    private void process(int c) {
      if (c == ' ' || c == '\t' || (previousCr && c == '\n')) {
        previousCr = false;
        return;
      }
      if (c == '\r') {
        c = '\n';
        previousCr = true;
      } else {
        previousCr = false;
      }
      if (lineNumbers[index] != -1) {
        output();
      }
      if (lineStart) {
        lineStart = false;
        lineNumber++;
        lineNumbers[index] = lineNumber;
      }
      if (c == '\n') {
        lineStart = true;
      }
      update(c);
    }

    private void update(int current) {
      int begin = window[index];
      window[index] = current;
      hash = MOD * hash + current - FIRST_MOD * begin;
      index = (index + 1) % BLOCK_SIZE;
    }

    private void output() {
      String value = Long.toHexString(hash);
      int count = counts.merge(value, 1, Integer::sum);
      int line = lineNumbers[index];
      if (line > hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, Math.max(line, hashes.length * 2));
      }
      hashes[line - 1] = value + ":" + count;
      lines = Math.max(lines, line);
      lineNumbers[index] = -1;
    }
  }
}
