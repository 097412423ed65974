package backprop.session;

import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.model.Exercise;

/** The generator called directly: the JVM's, and a SCORM package's page, which opens its class's exercise at once. */
public final class DirectGenerator implements Generator {

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public Exercise generate(long seed, GeneratorOptions options) {
        return ExerciseGenerator.generate(seed, options);
    }
}
