/**
 * Arbitrary-precision iteration of gradient descent on the two-parameter second-order
 * regression model of Agarwala, Pedregosa and Pennington (ICML 2023), in Q's eigenbasis.
 *
 * <p>Model: rescaled residual z, eigen-weights u, v &gt;= 0, lambda = -eps with 0 &lt; eps &lt;= 1,
 * moments T(k) = u + lambda^k v, sharpness T = T(0), y = T - 2. One step is u' = u (1 - z)^2,
 * v' = v (1 + eps z)^2, z' = z - z T(0) + z^2 T(1) / 2, and Et = u - v/eps - 2z is conserved.
 *
 * <h2>Numerical contract</h2>
 *
 * <ul>
 *   <li><b>Inputs are exact.</b> Starts, eps, Et and tolerances are parsed from decimal or
 *       rational strings into {@link org.apfloat.Aprational}; no value passes through a double.
 *       The eigen-weights u0, v0 are solved in rational arithmetic, so the physical-region test
 *       is exact.
 *   <li><b>Precision is fixed per run.</b> The caller chooses the number of significant decimal
 *       digits (16 to 10000). Inputs are truncated to it once, and every operation goes through
 *       one {@link org.apfloat.FixedPrecisionApfloatHelper} of that precision, so no result
 *       silently loses digits to cancellation. Apfloat 1.15.0 truncates, so one operation has
 *       relative error below 10^(1 - digits).
 *   <li><b>Converged</b> means the {@link eosderive.numeric.TailBound} on |T_inf - T_t|, a
 *       bound proved for the exact map from the current state, is at most the requested
 *       tolerance (or z is exactly 0). It is O(|z|), about 4|z| near the edge.
 *   <li><b>Diverged</b> means |z| &gt; 10 or T &gt; 10^6: practical limits that no converging run
 *       in a scan of 59,611 starts came near (see {@link eosderive.numeric.GdRunner}).
 *   <li><b>Correct digits.</b> A converged y differs from the exact map's y_inf by at most the
 *       tail bound plus the accumulated rounding error. The code does not bound the rounding
 *       part; it is certified by rerunning at more digits and comparing. A digit of y counts
 *       as correct when that rerun leaves it unchanged and the tail bound is below it. The
 *       default tolerance 10^(10 - digits) of {@link eosderive.numeric.RunSettings} leaves ten
 *       digits for rounding, which covered every comparison made so far (for example eps =
 *       1/10 at 50 and 70 digits).
 *   <li><b>Every loop ends.</b> Runs stop at their step cap; Newton refinement stops at its
 *       iteration cap; the edge search scans a fixed finite grid.
 * </ul>
 *
 * <h2>Fast paths</h2>
 *
 * <ul>
 *   <li>{@link eosderive.numeric.HybridRunner} applies the same stop rules on an IEEE double
 *       path that carries a proved forward error bound, and escalates to a binary fixed-point
 *       path (or to Apfloat) once the bound exceeds half the tolerance.
 *   <li>{@link eosderive.numeric.AcceleratedLimit} stops iterating once |z| &lt;= sqrt(eps) / 4
 *       and solves for the limit S whose fiber ({@link eosderive.numeric.FiberSeries}) passes
 *       through the state. Its truncation error is an estimate, cross-checked by a second solve
 *       and by plain iteration.
 *   <li>{@link eosderive.numeric.Bench} measures the step rates of every path and the time to
 *       y_inf.
 * </ul>
 */
package eosderive.numeric;
