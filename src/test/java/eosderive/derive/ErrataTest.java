package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Errata statuses: decided by the engine, checked here against the expected outcome. */
class ErrataTest {

  private static final Errata ERRATA = Errata.derive(Fixtures.twoStep(),
      NullclineSeries.derive(Fixtures.twoStep(), 4), Fixtures.dynamics(),
      Fixtures.fixedPoint(), Fixtures.limit(), Fixtures.symja());

  /** Printed 4; at Et = 0 the derivation gives 4(1 - eps), by two routes. */
  @Test
  void tNullclineSlopeIsErratum() {
    Map<String, String> entry = ERRATA.entries().get(0);
    assertThat(entry.get("printed")).isEqualTo("4");
    assertThat(entry.get("derived")).isEqualTo("-4*eps + 4");
    assertThat(entry.get("status")).isEqualTo("erratum");
    assertThat(ERRATA.checks().get(0).passed()).isTrue();
  }

  @Test
  void yDynamicsClaimsAreConfirmed() {
    assertThat(ERRATA.status("z-dynamics leading term")).isEqualTo("confirmed");
    assertThat(ERRATA.status("y-dynamics leading terms")).isEqualTo("confirmed");
    assertThat(ERRATA.status("fixed point y* of the leading y-equation")).isEqualTo("confirmed");
    assertThat(ERRATA.status("eps^1 coefficient of y_inf")).isEqualTo("confirmed");
  }

  @Test
  void secondOrderLimitIsNewResult() {
    assertThat(ERRATA.status("eps^2 coefficient of y_inf")).isEqualTo("new result");
    assertThat(ERRATA.entries()).allSatisfy(e -> assertThat(e).containsKeys(
        "printed", "derived", "check", "status"));
  }
}
