package eosderive.derive;
import eosderive.model.ModelDefinition;
import eosderive.symbolic.Symja;
public class Scratch {
  public static void main(String[] a) {
    long t0 = System.nanoTime();
    edu.jas.kern.ComputerThreads.setNoThreads();
    edu.jas.kern.ComputerThreads.setNoThreads();
    Symja s = new Symja();
    long t1 = System.nanoTime();
    OneStepMap m = OneStepMap.derive(ModelDefinition.twoParameter(), s);
    long t2 = System.nanoTime();
    System.out.println(m.moments() + " rec " + m.recurrence());
    System.out.println("zNext " + Symbols.RING.toInput(m.zNext()));
    System.out.println("TNext " + Symbols.RING.toInput(m.tNext()));
    TwoStepMap two = TwoStepMap.derive(m);
    long t3 = System.nanoTime();
    System.out.println("deg z " + Symbols.RING.degree(two.zNext2(), "z") + " T " + Symbols.RING.degree(two.zNext2(), "T")+ " / " + Symbols.RING.degree(two.tNext2(), "z") + " T " + Symbols.RING.degree(two.tNext2(), "T"));
    System.out.println(Symbols.EPS_Z_FIELD.toInput(Nullclines.solveLinearInT(Nullclines.divided(m.zNext(), "z"))));
    System.out.println(Symbols.EPS_Z_FIELD.toInput(Nullclines.solveLinearInT(Nullclines.divided(m.tNext(), "T"))));
    int n = a.length > 0 ? Integer.parseInt(a[0]) : 8;
    NullclineSeries ns = NullclineSeries.derive(two, n);
    long t4 = System.nanoTime();
    System.out.println("fz " + ns.zNullcline().shift());
    System.out.println("fT " + ns.tNullcline().shift());
    System.out.println("dFT/dT " + ns.tNullcline().derivativeT().toInput());
    System.out.printf("symja %.0f ms, one %.0f ms, two %.0f ms, series %.0f ms%n", (t1-t0)/1e6, (t2-t1)/1e6, (t3-t2)/1e6, (t4-t3)/1e6);
  }
}
