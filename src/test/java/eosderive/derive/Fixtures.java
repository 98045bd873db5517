package eosderive.derive;

import eosderive.model.ModelDefinition;
import eosderive.symbolic.Symja;

/**
 * Derivations shared by the tests of this package, computed once per test JVM (Surefire runs
 * the test classes in one JVM, one at a time, so the Symja instance stays on one thread).
 */
final class Fixtures {

  private static Symja symja;
  private static OneStepMap oneStep;
  private static TwoStepMap twoStep;
  private static YDynamics dynamics;
  private static YFixedPoint fixedPoint;
  private static LimitSharpness limit;

  private Fixtures() {}

  static synchronized Symja symja() {
    if (symja == null) {
      symja = new Symja();
    }
    return symja;
  }

  static synchronized OneStepMap oneStep() {
    if (oneStep == null) {
      oneStep = OneStepMap.derive(ModelDefinition.twoParameter(), symja());
    }
    return oneStep;
  }

  static synchronized TwoStepMap twoStep() {
    if (twoStep == null) {
      twoStep = TwoStepMap.derive(oneStep());
    }
    return twoStep;
  }

  /** The y-dynamics at the default order N = 6. */
  static synchronized YDynamics dynamics() {
    if (dynamics == null) {
      dynamics = YDynamics.derive(twoStep(), YDynamics.DEFAULT_ORDER);
    }
    return dynamics;
  }

  /** y* to eps^10. */
  static synchronized YFixedPoint fixedPoint() {
    if (fixedPoint == null) {
      fixedPoint = YFixedPoint.derive(dynamics(), YFixedPoint.DEFAULT_ORDER);
    }
    return fixedPoint;
  }

  /** y_inf to eps^10 at Et = 0. */
  static synchronized LimitSharpness limit() {
    if (limit == null) {
      limit = LimitSharpness.derive(twoStep(), LimitSharpness.DEFAULT_ORDER);
    }
    return limit;
  }
}
