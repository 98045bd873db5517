package eosderive.latex;

import java.util.ArrayList;
import java.util.List;

/**
 * The notation macros that every fragment uses, written to {@code eos-macros.tex}. They are
 * defined with {@code \providecommand}, so a document that defines a macro first keeps its own
 * definition. {@link #PAPER} follows Agarwala, Pedregosa and Pennington (z~, T(0), E~);
 * {@link #PLAIN} drops the tildes and the argument of T.
 */
public enum Notation {

  PAPER("\\tilde{z}", "T(0)", "\\tilde{E}", "T_{#1}(0)"),
  PLAIN("z", "T", "E", "T_{#1}");

  private final String z;
  private final String sharpness;
  private final String conserved;
  private final String sharpnessAt;

  Notation(String z, String sharpness, String conserved, String sharpnessAt) {
    this.z = z;
    this.sharpness = sharpness;
    this.conserved = conserved;
    this.sharpnessAt = sharpnessAt;
  }

  /** Returns the notation named {@code paper} or {@code plain}. */
  public static Notation named(String name) {
    for (Notation n : values()) {
      if (n.name().equalsIgnoreCase(name)) {
        return n;
      }
    }
    throw new IllegalArgumentException(
        "unknown notation '" + name + "'; use paper or plain");
  }

  /** Returns the text of {@code eos-macros.tex}. */
  public String macroFile() {
    List<String> lines = new ArrayList<>();
    lines.add("% Notation macros of eos-derive (" + name().toLowerCase() + " notation).");
    lines.add("% Define any of them before this file is read to change the notation.");
    lines.add(macro("eosz", 0, z) + "% rescaled residual");
    lines.add(macro("eosT", 0, sharpness) + "% rescaled sharpness");
    lines.add(macro("eoseps", 0, "\\epsilon") + "% Q has eigenvalues 1, -eps");
    lines.add(macro("eoslam", 0, "\\lambda") + "% second eigenvalue of Q");
    lines.add(macro("eosEt", 0, conserved) + "% conserved quantity");
    lines.add(macro("eosy", 0, "y") + "% distance from the z-nullcline");
    lines.add(macro("eoszt", 1, z + "_{#1}") + "% residual at step #1");
    lines.add(macro("eosTt", 1, sharpnessAt) + "% sharpness at step #1");
    lines.add(macro("eosTk", 1, "T(#1)") + "% moment eta J Q^k J^T");
    lines.add(macro("eosTtk", 2, "T_{#1}(#2)") + "% moment at step #1");
    return String.join("\n", lines) + "\n";
  }

  private static String macro(String name, int arguments, String body) {
    String text = "\\providecommand{\\" + name + "}"
        + (arguments > 0 ? "[" + arguments + "]" : "") + "{" + body + "}";
    return text + " ".repeat(Math.max(1, 40 - text.length()));
  }
}
