package backprop.generate;

import backprop.model.Activation;
import backprop.random.Prng;

/**
 * The numbers of a generated exercise, each an integer drawn from the PRNG divided by 10 or 100.
 * Integer draws and one exact division give the same double on the JVM and in the browser; a
 * uniform double rounded afterwards could land differently at a rounding boundary.
 */
final class Draws {

    private final Prng rng;
    private final Difficulty difficulty;

    Draws(Prng rng, Difficulty difficulty) {
        this.rng = rng;
        this.difficulty = difficulty;
    }

    /** Nonzero, up to ±0.9 (nice) or ±0.99 (two decimals). */
    double weight() {
        int top = difficulty.scale() - 1;
        return signed(1 + rng.nextInt(top));
    }

    /** −0.5 … 0.5, zero included. */
    double bias() {
        int half = difficulty.scale() / 2;
        return grid(rng.nextInt(2 * half + 1) - half);
    }

    /** Nonzero, up to ±3: halves (nice) or tenths (two decimals). */
    double input() {
        int unit = difficulty.scale() / (difficulty == Difficulty.NICE ? 2 : 10);
        int steps = 3 * difficulty.scale() / unit;
        return signed(unit * (1 + rng.nextInt(steps)));
    }

    /** A regression target in the range the output activation can reach. */
    double target(Activation output) {
        int s = difficulty.scale();
        // An if-chain rather than a switch: see docs/PAGE-SIZE.md.
        if (output == Activation.SIGMOID) return grid(rng.nextInt(s + 1));                 // 0 … 1
        if (output == Activation.TANH) return grid(rng.nextInt(2 * s - 1) - (s - 1));      // −0.9 … 0.9 (−0.99 … 0.99)
        if (output == Activation.RELU) return grid(1 + rng.nextInt(2 * s));                // 0.1 … 2
        return grid(rng.nextInt(4 * s + 1) - 2 * s);                                       // −2 … 2
    }

    int index(int bound) {
        return rng.nextInt(bound);
    }

    boolean coin() {
        return rng.nextBoolean();
    }

    private double signed(int k) {
        return rng.nextBoolean() ? grid(-k) : grid(k);
    }

    private double grid(int k) {
        return k / (double) difficulty.scale();
    }
}
