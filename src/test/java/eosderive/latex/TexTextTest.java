package eosderive.latex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TexTextTest {

  @Test
  void specialCharactersAreEscaped() {
    assertThat(TexText.escape("_ % & # $ { } ~ ^ \\ < > |")).isEqualTo(
        "\\_ \\% \\& \\# \\$ \\{ \\} \\textasciitilde{} \\textasciicircum{} "
            + "\\textbackslash{} \\textless{} \\textgreater{} \\textbar{}");
  }

  @Test
  void nonAsciiCharactersBecomeCommandsOrCodePoints() {
    assertThat(TexText.escape("\u03b5 \u2264 \u4e2d")).isEqualTo(
        "\\ensuremath{\\epsilon} \\ensuremath{\\leq} [U+4E2D]");
  }

  @Test
  void longWordsGetBreakPointsAfterPunctuation() {
    assertThat(TexText.escape("short/word")).isEqualTo("short/word");
    assertThat(TexText.escape("a_rather_long_name/with_parts")).isEqualTo(
        "a\\_rather\\_long\\_name/\\allowbreak{}with\\_\\allowbreak{}parts");
  }
}
