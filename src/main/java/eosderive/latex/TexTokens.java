package eosderive.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits LaTeX math into tokens for {@link TexParser}: control words ({@code \frac}), single
 * characters, and whole integers. Spacing commands, alignment marks and line breaks carry no
 * value and are dropped here, so a formula broken across lines reads as one expression.
 */
final class TexTokens {

  private static final Set<String> IGNORED = Set.of(
      "\\\\", "\\,", "\\;", "\\:", "\\!", "\\ ", "\\quad", "\\qquad", "\\notag",
      "\\nonumber", "\\allowbreak", "\\displaystyle", "&");

  private TexTokens() {}

  static List<String> of(String tex) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < tex.length()) {
      char c = tex.charAt(i);
      int end;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      } else if (c == '%') {
        end = tex.indexOf('\n', i);
        i = end < 0 ? tex.length() : end;
        continue;
      } else if (tex.startsWith("{}", i)) {
        i += 2;
        continue;
      } else if (c == '\\') {
        end = i + 1;
        while (end < tex.length() && Character.isLetter(tex.charAt(end))) {
          end++;
        }
        if (end == i + 1) {
          end = Math.min(tex.length(), i + 2);
        }
      } else if (Character.isDigit(c)) {
        end = i;
        while (end < tex.length() && Character.isDigit(tex.charAt(end))) {
          end++;
        }
      } else {
        end = i + 1;
      }
      String token = tex.substring(i, end);
      if (!IGNORED.contains(token)) {
        tokens.add(token);
      }
      i = end;
    }
    return tokens;
  }
}
