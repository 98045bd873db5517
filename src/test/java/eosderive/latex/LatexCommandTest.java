package eosderive.latex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatexCommandTest {

  @TempDir Path out;

  private static final PrintStream NOWHERE = new PrintStream(PrintStream.nullOutputStream());

  @Test
  void oneResultPrintsItsFragment() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int code = LatexCommand.run(out, "nullcline-series", 6, true, Notation.PAPER,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(text).startsWith("% eos-derive result 'nullcline-series'")
        .contains("b_{6} &= ").contains("+ O(\\eosz^{7})");
    assertThat(out.resolve("derivations")).doesNotExist();
  }

  @Test
  void unknownResultIsRejected() {
    assertThatThrownBy(() -> LatexCommand.run(out, "nope", 4, true, Notation.PAPER, NOWHERE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two-step-map");
  }

  @Test
  void rerunsWriteByteIdenticalFiles() throws IOException {
    Path first = out.resolve("first");
    Path second = out.resolve("second");
    assertThat(LatexCommand.run(first, null, 5, false, Notation.PAPER, NOWHERE)).isZero();
    assertThat(LatexCommand.run(second, null, 5, false, Notation.PAPER, NOWHERE)).isZero();

    List<Path> files = list(first.resolve("derivations"));
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("appendix.tex", "eos-macros.tex", "two-step-map.tex");
    for (Path f : files) {
      Path other = second.resolve("derivations").resolve(f.getFileName());
      assertThat(Files.readAllBytes(other)).as(f.toString()).isEqualTo(Files.readAllBytes(f));
    }
  }

  @Test
  void plainNotationChangesOnlyTheMacroFile() throws IOException {
    LatexCommand.writeDocument(out, Notation.PLAIN);

    String macros = Files.readString(out.resolve("derivations/eos-macros.tex"));
    assertThat(macros).contains("\\providecommand{\\eosz}{z}")
        .contains("\\providecommand{\\eosT}{T}");
    assertThat(Notation.PAPER.macroFile()).contains("\\providecommand{\\eosz}{\\tilde{z}}")
        .contains("\\providecommand{\\eosT}{T(0)}");
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
