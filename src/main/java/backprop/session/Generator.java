package backprop.session;

import backprop.generate.GeneratorOptions;
import backprop.model.Exercise;

/**
 * Where a practice exercise is made from its seed and options. On the JVM it is the generator itself
 * ({@link DirectGenerator}); the page loads it as a module of its own the first time a seed is opened, so until
 * then it is not {@link #ready()} and an opening that needs it waits ({@link Opening#waitsForGenerator()}).
 */
public interface Generator {

    /** Whether {@link #generate} can be called now. */
    boolean ready();

    /** The exercise of this seed; an IllegalArgumentException says why there is none. */
    Exercise generate(long seed, GeneratorOptions options);
}
