package eosderive.latex;

import java.util.Map;

/**
 * Escapes plain text (check names, details, numbers) for LaTeX text mode under pdflatex's
 * default font encoding: the ten special characters, the characters that encoding prints as
 * other glyphs ({@code < > |}), and characters outside ASCII, which pdflatex cannot typeset
 * unless they are set up. Long words get break points after punctuation so they fit a column.
 */
public final class TexText {

  private static final Map<Character, String> SPECIAL = Map.ofEntries(
      Map.entry('\\', "\\textbackslash{}"), Map.entry('{', "\\{"), Map.entry('}', "\\}"),
      Map.entry('$', "\\$"), Map.entry('&', "\\&"), Map.entry('#', "\\#"),
      Map.entry('%', "\\%"), Map.entry('_', "\\_"), Map.entry('~', "\\textasciitilde{}"),
      Map.entry('^', "\\textasciicircum{}"), Map.entry('<', "\\textless{}"),
      Map.entry('>', "\\textgreater{}"), Map.entry('|', "\\textbar{}"));

  private static final Map<Character, String> UNICODE = Map.ofEntries(
      Map.entry('\u03b5', "\\ensuremath{\\epsilon}"), Map.entry('\u03bb', "\\ensuremath{\\lambda}"),
      Map.entry('\u03b7', "\\ensuremath{\\eta}"), Map.entry('\u2264', "\\ensuremath{\\leq}"),
      Map.entry('\u2265', "\\ensuremath{\\geq}"), Map.entry('\u00d7', "\\ensuremath{\\times}"),
      Map.entry('\u2212', "-"), Map.entry('\u2013', "--"), Map.entry('\u2014', "---"),
      Map.entry('\u2026', "\\dots{}"), Map.entry('\u00b1', "\\ensuremath{\\pm}"));

  /** Words longer than this get break points after / _ = , . : ; ( ) and -. */
  static final int LONG_WORD = 16;

  private TexText() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    int wordLength = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      wordLength = Character.isWhitespace(cp) ? 0 : wordLength + 1;
      if (cp == '\n' || cp == '\t') {
        out.append(' ');
      } else if (cp < 128 && SPECIAL.containsKey((char) cp)) {
        out.append(SPECIAL.get((char) cp));
      } else if (cp < 128) {
        out.append((char) cp);
      } else if (cp <= 0xffff && UNICODE.containsKey((char) cp)) {
        out.append(UNICODE.get((char) cp));
      } else {
        out.append(String.format("[U+%04X]", cp));
      }
      if (wordLength >= LONG_WORD && "/_=,.:;()-".indexOf(cp) >= 0 && i < text.length()) {
        out.append("\\allowbreak{}");
      }
    }
    return out.toString();
  }
}
