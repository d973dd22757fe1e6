package dev.testleak.sarif;

import java.util.Arrays;

/**
 * Where each line of a text starts and ends, split at CRLF, CR and LF with the empty line after a
 * final line end (the lines of {@code text.split("\r\n|\r|\n", -1)}), without a string per line: a
 * line's text is cut out only when it is asked for, and positions are turned into the 1-based line and
 * column (UTF-16 units, a tab counting one) that javaparser and the engines use.
 */
final class LineTable {
  private final String text;
  /** Offset of each line's first character. */
  private final int[] starts;
  /** Offset just past each line's last character (before its line end). */
  private final int[] ends;
  private final int lines;

  private LineTable(String text, int[] starts, int[] ends, int lines) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.lines = lines;
  }

  static LineTable of(String text) {
    int[] starts = new int[64];
    int[] ends = new int[64];
    int lines = 0;
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (lines + 1 >= starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[lines] = start;
        ends[lines++] = i;
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    starts[lines] = start;
    ends[lines++] = length;
    return new LineTable(text, starts, ends, lines);
  }

  /** The number of lines (at least one: an empty text has one empty line). */
  int size() {
    return lines;
  }

  /** Whether the text has this 1-based line. */
  boolean has(int line) {
    return line >= 1 && line <= lines;
  }

  /** The text of a line the table has, without its line end. */
  String line(int line) {
    return text.substring(starts[line - 1], ends[line - 1]);
  }

  /** Offset of the first character of a line the table has. */
  int start(int line) {
    return starts[line - 1];
  }

  /** Offset just past the last character of a line the table has. */
  int end(int line) {
    return ends[line - 1];
  }

  /** The 1-based line of the character at {@code offset}. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(starts, 0, lines, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The 1-based column of the character at {@code offset}, on {@code line}. */
  int columnOf(int offset, int line) {
    return offset - starts[line - 1] + 1;
  }
}
