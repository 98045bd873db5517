package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Report rows with few seeds: all present, named, and passing for the seeded draws. */
class HighDimReportTest {

  @Test
  void rowsCoverTheoremAndRatio() {
    List<HighDimCheck> rows = HighDimReport.checks(20, 0L);
    assertThat(rows).extracting(HighDimCheck::name).containsExactly(
        "highdim.theorem41.first-derivative", "highdim.theorem41.second-derivative",
        "highdim.theorem41.second-derivative-d1", "highdim.theorem41.growth-with-sigma-z",
        "highdim.theorem41.trace-proxy", "highdim.theorem41.finite-difference",
        "highdim.rnl.exact", "highdim.rnl.claim");
    for (HighDimCheck row : rows) {
      assertThat(row.passed()).as("%s: %s; %s", row.name(), row.measured(), row.detail())
          .isTrue();
      assertThat(row.measured()).isNotBlank();
      assertThat(row.tolerance()).isNotBlank();
    }
  }

  @Test
  void ratioRowFailsAgainstClaimAtModerateShape() {
    HighDimCheck row = HighDimReport.ratioRow("claim-at-d60", 60, 120,
        Units.sigmaZForRatio(60, 0.1), 100, 0L, true);
    assertThat(row.passed()).as(row.detail()).isFalse();
  }
}
