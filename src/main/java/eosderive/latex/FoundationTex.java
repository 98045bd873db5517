package eosderive.latex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.ufd.Quotient;

import eosderive.derive.OneStepMap;
import eosderive.derive.PhysicalRegion;
import eosderive.derive.Symbols;
import eosderive.model.ModelDefinition;
import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.Symja;

import org.matheclipse.core.interfaces.IExpr;

/**
 * The LaTeX fragments of the one-step results: the model and its closure, the one-step map,
 * the one-step nullclines and the physical region. Every displayed equation carries a
 * {@code % eos-check} comment naming the field of the result's JSON file (or the model entry)
 * it shows, which {@link RoundTrip} compares with what it reads back from the LaTeX.
 */
public final class FoundationTex {

  static final LatexPrinter LATEX = new LatexPrinter(Symbols.RING);

  private FoundationTex() {}

  /** Returns a printer for Symbols.RING that writes z~ and T(0) at step {@code time}. */
  static LatexPrinter atTime(String time) {
    Map<String, String> tex = new LinkedHashMap<>(LatexPrinter.MACROS);
    tex.put("z", "\\eoszt{" + time + "}");
    tex.put("T", "\\eosTt{" + time + "}");
    return new LatexPrinter(Symbols.RING, LatexPrinter.LEVELS, tex);
  }

  /** Update rules, closure, the map for general lambda and on the edge family. */
  public static String oneStepMap(ModelDefinition model, OneStepMap map, Symja symja) {
    StringBuilder tex = new StringBuilder("Update rules of the model:\n");
    tex.append(new Display()
        .add("rhs model:zNext", "\\eoszt{t+1}", modelTerms(model, "zNext", symja))
        .add("rhs model:momentNext", "\\eosTtk{t+1}{k}", modelTerms(model, "momentNext", symja))
        .toTex());
    tex.append("Closure of the moments:\n");
    Display closure = new Display().add("rhs json:closure.T(k+2)", "\\eosTk{k+2}",
        SymbolPrinters.of(SymjaReader.read(map.recurrence()), null).terms());
    for (Map.Entry<String, IExpr> e : map.moments().entrySet()) {
      String index = e.getKey().substring(2, e.getKey().length() - 1);
      closure.add("rhs json:closure." + e.getKey(), "\\eosTk{" + index + "}",
          SymbolPrinters.of(SymjaReader.read(e.getValue()), null).terms());
    }
    tex.append(closure.toTex());
    LatexPrinter at = atTime("t");
    tex.append("The one-step map for a general second eigenvalue:\n");
    tex.append(new Display()
        .add("rhs json:componentsGeneralLambda.z", "\\eoszt{t+1}", at.terms(map.zNextLam()))
        .add("rhs json:componentsGeneralLambda.T", "\\eosTt{t+1}", at.terms(map.tNextLam()))
        .toTex());
    tex.append("On the edge-of-stability family:\n");
    tex.append(new Display()
        .add("rhs model:edgeFamily", "\\eoslam", modelTerms(model, "edgeFamily", symja))
        .add("rhs json:components.z", "\\eoszt{t+1}", at.terms(map.zNext()))
        .add("rhs json:components.T", "\\eosTt{t+1}", at.terms(map.tNext()))
        .toTex());
    return tex.toString();
  }

  private static List<Term> modelTerms(ModelDefinition model, String entry, Symja symja) {
    return SymbolPrinters.of(SymjaReader.read(symja.parse(model.entry(entry))), "t").terms();
  }

  /** Returns the nullclines T = f_z(z~), T = f_T(z~) and the line z~ = 0. */
  public static String oneStepNullclines(Quotient<BigRational> fz, Quotient<BigRational> ft) {
    return new Display()
        .add("rhs json:nullclines.f_z", "f_{z}(\\eosz)", quotient(fz))
        .add("rhs json:nullclines.f_T", "f_{T}(\\eosz)", quotient(ft))
        .add("relation json:nullclines.line", "\\eosz", List.of(new Term(false, "0")))
        .toTex();
  }

  private static List<Term> quotient(Quotient<BigRational> q) {
    PolynomialRing field = Symbols.EPS_Z_FIELD.parameters();
    GenPolynomial<BigRational> num = Symbols.RING.convert(field, q.num);
    GenPolynomial<BigRational> den = Symbols.RING.convert(field, q.den);
    return LATEX.quotient(num, den);
  }

  /** Returns the eigen-weights, for general lambda and on the edge family, and the inequalities. */
  public static String physicalRegion(PhysicalRegion region, Symja symja) {
    List<PhysicalRegion.Weight> weights = region.weights();
    StringBuilder tex = new StringBuilder("Eigen-weights for a general second eigenvalue:\n");
    Display general = new Display();
    Display edge = new Display();
    Display inequalities = new Display();
    for (int i = 0; i < weights.size(); i++) {
      PhysicalRegion.Weight w = weights.get(i);
      String name = "u_{" + (i + 1) + "}";
      general.add("rhs json:weights." + i + ".generalLambda", name, parsed(w.general(), symja));
      edge.add("rhs json:weights." + i + ".edgeFamily", name, parsed(w.edge(), symja));
      GenPolynomial<BigRational> lhs =
          Symbols.RING.fromSymja(symja.parse(w.inequality().replace(" >= 0", "")));
      inequalities.add("relation json:weights." + i + ".inequality",
          Term.join(LATEX.terms(lhs)), "\\geq", List.of(new Term(false, "0")));
    }
    tex.append(general.toTex()).append("On the edge-of-stability family:\n")
        .append(edge.toTex()).append("Both weights are non-negative exactly where\n")
        .append(inequalities.toTex());
    return tex.toString();
  }

  private static List<Term> parsed(String symjaInput, Symja symja) {
    return SymbolPrinters.of(SymjaReader.read(symja.parse(symjaInput)), null).terms();
  }
}
