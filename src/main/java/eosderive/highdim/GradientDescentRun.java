package eosderive.highdim;

/** Runs gradient descent from a state until it converges, diverges or exhausts its budget. */
public final class GradientDescentRun {

  private GradientDescentRun() {}

  /** Runs gradient descent on (Q, state) with the given settings; deterministic. */
  public static RunResult run(QuadraticTensor q, ModelState initial, RunSettings settings) {
    double eta = settings.eta();
    double initialLoss = initial.loss();
    double initialGradient = normSquared(initial.gradient());
    double initialSharpness = eta * Ntk.maxEigenvalue(initial);
    double maxSharpness = initialSharpness;
    if (initialGradient == 0.0) {
      return new RunResult(RunStatus.CONVERGED, 0, initialSharpness, initialSharpness,
          initialSharpness, initialLoss, initialLoss);
    }
    double lossLimit = settings.divergenceFactor() * initialLoss;
    double gradientLimit = settings.gradientTolerance() * initialGradient;

    ModelState state = initial;
    RunStatus status = RunStatus.MAX_STEPS;
    int steps = 0;
    while (steps < settings.maxSteps()) {
      state = GradientDescent.step(q, state, eta);
      steps++;
      double loss = state.loss();
      if (!Double.isFinite(loss) || loss > lossLimit) {
        status = RunStatus.DIVERGED;
        break;
      }
      if (steps % settings.sharpnessEvery() == 0) {
        maxSharpness = Math.max(maxSharpness, eta * Ntk.maxEigenvalue(state));
      }
      if (normSquared(state.gradient()) <= gradientLimit) {
        status = RunStatus.CONVERGED;
        break;
      }
    }
    double finalSharpness = Double.NaN;
    if (status != RunStatus.DIVERGED) {
      finalSharpness = eta * Ntk.maxEigenvalue(state);
      maxSharpness = Math.max(maxSharpness, finalSharpness);
    }
    return new RunResult(status, steps, initialSharpness, finalSharpness, maxSharpness,
        initialLoss, state.loss());
  }

  private static double normSquared(double[] x) {
    return ModelState.dot(x, x);
  }
}
