package eosderive.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a LaTeX fragment into its checked equations. Inside a display environment every
 * equation follows a comment {@code % eos-check MODE [SOURCE]} and runs to the next such comment
 * or the end of the display; math that follows no such comment, and inline math in the text,
 * are reported as unchecked, except on a text line right after the comment {@code % eos-text}
 * (see {@link RoundTrip}).
 */
final class FragmentReader {

  /** One equation: its check annotation, its LaTeX and its first line in the file. */
  record Block(String mode, String source, String tex, int line) {}

  /** The equations of a fragment and the formulas no annotation covers. */
  record Fragment(List<Block> blocks, List<String> unchecked) {}

  private static final Pattern BEGIN =
      Pattern.compile("\\\\begin\\{(align|equation|multline|gather)\\*?}|\\\\\\[");
  private static final Pattern END =
      Pattern.compile("\\\\end\\{(align|equation|multline|gather)\\*?}|\\\\]");
  private static final String CHECK = "% eos-check ";
  private static final String TEXT = "% eos-text";

  private FragmentReader() {}

  static Fragment read(String tex) {
    List<Block> blocks = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    String[] lines = tex.split("\n", -1);
    boolean math = false;
    String mode = null;
    String source = null;
    StringBuilder body = new StringBuilder();
    int start = 0;
    boolean text = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!math) {
        if (BEGIN.matcher(line).lookingAt()) {
          math = true;
          mode = null;
        } else if (line.equals(TEXT)) {
          text = true;
          continue;
        } else if (!line.startsWith("%") && (line.contains("$") || line.contains("\\("))
            && !text) {
          unchecked.add("line " + (i + 1) + ": inline math");
        }
        text = false;
        continue;
      }
      boolean end = END.matcher(line).lookingAt();
      if (end || line.startsWith(CHECK)) {
        if (mode != null) {
          blocks.add(new Block(mode, source, body.toString(), start));
        }
        mode = null;
        body.setLength(0);
        if (end) {
          math = false;
          continue;
        }
        String[] words = line.substring(CHECK.length()).strip().split("\\s+", 2);
        mode = words[0];
        source = words.length > 1 ? words[1] : null;
        start = i + 2;
        continue;
      }
      if (line.isEmpty() || line.startsWith("%")) {
        continue;
      }
      if (mode == null) {
        unchecked.add("line " + (i + 1) + ": " + line);
      } else {
        body.append(line).append('\n');
      }
    }
    if (math) {
      unchecked.add("a display is not closed");
    }
    return new Fragment(blocks, unchecked);
  }
}
