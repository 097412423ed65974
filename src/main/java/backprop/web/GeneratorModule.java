package backprop.web;

import backprop.exercise.ExerciseWriter;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;

/**
 * TeaVM entry of {@code generator.js}, the practice-exercise generator the page loads the first time a seed or a
 * class link is opened ({@link ModuleGenerator}). It puts one function on {@code window.backpropGenerator}, text in
 * and text out: {@code generate("seed options")} gives the exercise's file text, or "!" and why there is none.
 */
public final class GeneratorModule {

    private GeneratorModule() {
    }

    public static void main(String[] args) {
        Dom.expose(ModuleGenerator.MODULE, "generate", GeneratorModule::generate);
    }

    static String generate(String request) {
        try {
            int space = request.indexOf(' ');
            long seed = Long.parseLong(request.substring(0, space));
            GeneratorOptions options = GeneratorOptions.parse(request.substring(space + 1));
            return ExerciseWriter.write(ExerciseGenerator.generate(seed, options), false);
        } catch (RuntimeException e) {
            return "!" + e.getMessage();
        }
    }
}
