package eosderive.latex;

import java.util.Map;

/**
 * Estimates the typeset width of a LaTeX formula in points (10 pt Computer Modern, display
 * style), good enough to decide where to break a line and which of two forms is shorter.
 * Sub- and superscripts count at 70 %, a fraction as its wider part, the notation macros as
 * their paper notation (the widest).
 */
final class TexWidth {

  private static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("\\eosz", 5.5), Map.entry("\\eosT", 18.0), Map.entry("\\eoseps", 4.5),
      Map.entry("\\eosEt", 7.5), Map.entry("\\eoslam", 6.0), Map.entry("\\eosy", 5.0),
      Map.entry("\\quad", 10.0), Map.entry("\\qquad", 20.0), Map.entry("\\geq", 12.0),
      Map.entry("\\leq", 12.0), Map.entry("\\cdot", 6.0), Map.entry("\\left", 0.5),
      Map.entry("\\right", 0.5), Map.entry("\\bigl", 1.0), Map.entry("\\bigr", 1.0),
      Map.entry("\\Bigl", 2.0), Map.entry("\\Bigr", 2.0), Map.entry("\\partial", 5.5));

  private TexWidth() {}

  static double of(String tex) {
    double width = 0;
    int i = 0;
    while (i < tex.length()) {
      char c = tex.charAt(i);
      if (c == '\\') {
        int end = i + 1;
        while (end < tex.length() && Character.isLetter(tex.charAt(end))) {
          end++;
        }
        if (end == i + 1) {
          width += tex.startsWith("\\\\", i) ? 0 : 2;
          i = Math.min(tex.length(), i + 2);
          continue;
        }
        String word = tex.substring(i, end);
        i = end;
        switch (word) {
          case "\\frac", "\\tfrac", "\\dfrac" -> {
            int afterNumerator = groupEnd(tex, i);
            int afterDenominator = groupEnd(tex, afterNumerator);
            double scale = word.equals("\\tfrac") ? 0.7 : 1.0;
            width += 2 + scale * Math.max(of(inner(tex, i, afterNumerator)),
                of(inner(tex, afterNumerator, afterDenominator)));
            i = afterDenominator;
          }
          case "\\eoszt", "\\eosTt", "\\eosTk" -> {
            int end2 = groupEnd(tex, i);
            double argument = of(inner(tex, i, end2));
            width += word.equals("\\eoszt") ? 5.5 + 0.7 * argument
                : word.equals("\\eosTt") ? 18 + 0.7 * argument : 13 + argument;
            i = end2;
          }
          case "\\eosTtk" -> {
            int end2 = groupEnd(tex, i);
            int end3 = groupEnd(tex, end2);
            width += 13 + 0.7 * of(inner(tex, i, end2)) + of(inner(tex, end2, end3));
            i = end3;
          }
          default -> width += WORDS.getOrDefault(word, 6.0);
        }
      } else if (c == '^' || c == '_') {
        int end = groupEnd(tex, i + 1);
        width += 1 + 0.7 * of(inner(tex, i + 1, end));
        i = end;
      } else {
        width += character(c);
        i++;
      }
    }
    return width;
  }

  private static double character(char c) {
    if (Character.isLetter(c)) {
      return 5.5;
    }
    if (Character.isDigit(c)) {
      return 5.0;
    }
    return switch (c) {
      case '+', '-', '=' -> 12.0;
      case '(', ')', '[', ']' -> 3.9;
      case ',' -> 4.5;
      case ' ', '{', '}', '&', '\n' -> 0.0;
      default -> 5.0;
    };
  }

  /** Returns the index after the group (braced, or a single character) that starts at {@code i}. */
  private static int groupEnd(String tex, int i) {
    while (i < tex.length() && tex.charAt(i) == ' ') {
      i++;
    }
    if (i >= tex.length()) {
      return i;
    }
    if (tex.charAt(i) != '{') {
      return i + 1;
    }
    int depth = 0;
    for (int j = i; j < tex.length(); j++) {
      if (tex.charAt(j) == '{') {
        depth++;
      } else if (tex.charAt(j) == '}' && --depth == 0) {
        return j + 1;
      }
    }
    return tex.length();
  }

  private static String inner(String tex, int start, int end) {
    String s = tex.substring(start, end).strip();
    return s.startsWith("{") && s.endsWith("}") ? s.substring(1, s.length() - 1) : s;
  }
}
