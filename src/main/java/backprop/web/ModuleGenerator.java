package backprop.web;

import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.generate.GeneratorOptions;
import backprop.model.Exercise;
import backprop.session.Generator;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's side of {@code generator.js} ({@link GeneratorModule}), the practice-exercise generator as a program
 * of its own: loaded the first time a seed or a class link is opened, so that the first screen of a worksheet never
 * pays for it (docs/PAGE-SIZE.md). The two pass the seed and options as text, and the exercise back as its file text.
 */
final class ModuleGenerator implements Generator {

    static final String MODULE = "backpropGenerator";
    static final String UNAVAILABLE = "The practice-exercise generator (generator.js) could not be loaded: seeds and class"
            + " links cannot be opened here, worksheets and files can. Reload to try again.";

    /** 0 not loaded, 1 loading, 2 there, 3 failed (ints, not an enum: an enum is a class of the page). */
    private static int state;
    /** The requests waiting for the module, in order; the page drops those overtaken by something shown since. */
    private static final List<Loaded> pending = new ArrayList<>();

    interface Loaded {
        void done(boolean ok);
    }

    @Override
    public boolean ready() {
        return Dom.exposed(MODULE, "generate");
    }

    @Override
    public Exercise generate(long seed, GeneratorOptions options) {
        String reply = Dom.call(MODULE, "generate", seed + " " + options.format());
        if (reply == null) throw new IllegalStateException("the generator (generator.js) did not answer");
        if (reply.startsWith("!")) throw new IllegalArgumentException(reply.substring(1));
        try {
            return ExerciseJson.parse(reply);
        } catch (ExerciseException e) {
            throw new IllegalStateException("the generator's exercise could not be read: " + e.getMessage());
        }
    }

    /** Loads the module if need be, then says whether it is there. */
    static void load(Loaded done) {
        if (state >= 2) {
            done.done(state == 2);
            return;
        }
        pending.add(done);
        if (state == 1) return;
        state = 1;
        Dom.script("generator.js", ok -> Page.safely(() -> {
            state = ok && Dom.exposed(MODULE, "generate") ? 2 : 3;
            // Every one is told, so that start-up's (which ends the boot message) runs even when overtaken.
            List<Loaded> waiting = new ArrayList<>(pending);
            pending.clear();
            for (Loaded l : waiting) l.done(state == 2);
        }));
    }
}
