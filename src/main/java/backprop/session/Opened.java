package backprop.session;

import backprop.generate.GeneratorOptions;
import backprop.solve.Solution;

/**
 * An exercise the library opened, solved and ready to be worked on. {@code entry} is the exercise list's
 * value (a preset id, or one of the {@link Library} entries), {@code label} that entry's text for an
 * exercise that is not built in, {@code progressKey} where the attempt is kept, {@code link} the hash that
 * reopens it. {@code seed} and {@code options} are set for a generated exercise.
 */
public record Opened(Solution solution, String entry, String label, String progressKey, String link, boolean edited,
                     long seed, GeneratorOptions options) {
}
