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

  /** Each line's hash, and how many lines up to it have the same hash: line {@code i + 1} at {@code i}. */
  private final long[] hashes;
  private final int[] counts;
  private final int lines;

  private LineHashes(long[] hashes, int[] counts, int lines) {
    this.hashes = hashes;
    this.counts = counts;
    this.lines = lines;
  }

  /** The hashes of every line of {@code text}, each written out only when asked for ({@link #hash}). */
  static LineHashes compute(CharSequence text) {
    return new Hasher(text).run();
  }

  /** Hashes of every line of {@code text}: element {@code i} is line {@code i + 1}'s. */
  static String[] of(CharSequence text) {
    LineHashes hashes = compute(text);
    String[] out = new String[hashes.lines];
    for (int i = 0; i < out.length; i++) {
      out[i] = hashes.hash(i + 1);
    }
    return out;
  }

  /** The 1-based line's {@code primaryLocationLineHash}, or null when the text has no such line. */
  String hash(int line) {
    if (line < 1 || line > lines || counts[line - 1] == 0) {
      return null;
    }
    return Long.toHexString(hashes[line - 1]) + ":" + counts[line - 1];
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
    private final HashCounts counted = new HashCounts();
    private long[] hashes = new long[64];
    private int[] counts = new int[64];
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

    LineHashes run() {
      int length = text.length();
      for (int i = 0; i < length; i++) {
        process(text.charAt(i));
      }
      process(EOF);
      for (int i = 0; i < BLOCK_SIZE; i++) {
        if (lineNumbers[index] != -1) {
          output();
        }
        update(0);
      }
      return new LineHashes(hashes, counts, lines);
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
      if (++index == BLOCK_SIZE) {
        index = 0;
      }
    }

    private void output() {
      int line = lineNumbers[index];
      if (line > hashes.length) {
        int size = Math.max(line, hashes.length * 2);
        hashes = java.util.Arrays.copyOf(hashes, size);
        counts = java.util.Arrays.copyOf(counts, size);
      }
      hashes[line - 1] = hash;
      counts[line - 1] = counted.increment(hash);
      lines = Math.max(lines, line);
      lineNumbers[index] = -1;
    }
  }

  /** How often each hash has been seen: a small open-addressing table, no boxing. */
  private static final class HashCounts {
    private long[] keys = new long[128];
    private int[] values = new int[128];
    private int size;

    int increment(long key) {
      int mask = keys.length - 1;
      int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
      while (values[i] != 0) {
        if (keys[i] == key) {
          return ++values[i];
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = 1;
      if (++size * 2 > keys.length) {
        grow();
      }
      return 1;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldValues.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldValues[j] != 0) {
          int i = Long.hashCode(oldKeys[j] * 0x9E3779B97F4A7C15L) & mask;
          while (values[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
        }
      }
    }
  }
}
