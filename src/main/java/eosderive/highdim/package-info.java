/**
 * The high-dimensional second-order regression model of Agarwala, Pedregosa and Pennington
 * (ICML 2023, section 4): residuals z ∈ R^D, Jacobian J ∈ R^{D×P} and a constant tensor Q, trained
 * by gradient descent on ½zᵀz ({@link eosderive.highdim.GradientDescent}). The package derives
 * and measures Theorem 4.1 ({@link eosderive.highdim.Theorem41}) and the non-linearity ratio of
 * eq. 27 ({@link eosderive.highdim.NonlinearRatio}), returns them as report rows
 * ({@link eosderive.highdim.HighDimReport#checks()}), and sweeps the phase diagram of the final
 * ηλ_max ({@link eosderive.highdim.HighDimCommand#run}). Units: {@link eosderive.highdim.Units}.
 *
 * <p>Mapping the sweep onto Apache Spark: the work unit is one (cell, seed) pair, and
 * {@link eosderive.highdim.PhaseCell#run} is a pure function of (cell, seed, settings) with no
 * shared state, so it can be the body of a map. Build the list of pairs on the driver as in
 * {@link eosderive.highdim.SweepRunner#cells}, parallelise it into an RDD (or a
 * {@code Dataset<Task>}) with one partition per few hundred runs, and {@code map} each pair to its
 * {@link eosderive.highdim.SeedResult}; the seeding in
 * {@link eosderive.highdim.RandomInitialization} depends only on (D, P, seed), so executors
 * reproduce the local results bit for bit. Resuming becomes a filter of the pairs against the keys
 * already in the result table ({@link eosderive.highdim.ResultFile#key}). Collect the results (a
 * few hundred bytes each), sort them into plan order, and hand them to
 * {@link eosderive.highdim.SummaryFiles} and {@link eosderive.highdim.PhaseDiagramFigure} on the
 * driver, or write them with {@code Dataset.write().csv(...)} and summarise with a
 * {@code groupBy} on the cell columns.
 */
package eosderive.highdim;
