package dev.testleak.sarif.report;

import java.util.ArrayList;
import java.util.List;

/** Splitting text into lines without a regular expression. */
public final class TextLines {
  private TextLines() {}

  /**
   * The lines of {@code text}, split at CRLF, CR and LF, with the empty line after a final line end:
   * exactly {@code text.split("\r\n|\r|\n", -1)}, at a fraction of its cost.
   */
  public static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }
}
