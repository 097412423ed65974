package backprop.cli;

import backprop.export.MoodleXml;
import backprop.model.Exercise;
import java.io.PrintStream;

/** {@code moodle FILE.json} or {@code moodle --preset ID}: one exercise as a Moodle XML question bank, on stdout. */
final class MoodleCommand {

    private MoodleCommand() {
    }

    static void run(Args args, PrintStream out) throws CliException {
        if (args.json) throw CliException.usage("'moodle' writes XML; it has no --json");
        Exercise ex = SolveCommand.load(args, "moodle", 0);
        // Solved first so that an exercise that cannot be solved is reported as bad input, not half written.
        Main.solve(ex);
        out.print(MoodleXml.of(ex));
    }
}
