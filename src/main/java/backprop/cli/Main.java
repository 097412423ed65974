package backprop.cli;

import backprop.model.Exercise;
import backprop.model.NumericException;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line answer key: {@code list}, {@code solve}, {@code check}, {@code generate}, {@code moodle}, {@code gradebook}, {@code key},
 * {@code scorm}, {@code help}. Problems go to stderr as one readable message with exit status 1 (bad input) or 2 (bad command line).
 */
public final class Main {

    /** A bug rather than a bad input: still one line, never a stack trace. */
    static final int INTERNAL_ERROR = 3;

    private Main() {
    }

    public static void main(String[] args) {
        // The output is full of ⁽²⁾, ∂ and −; UTF-8 whatever the platform's default, so pipes and files get it intact.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return guarded(() -> dispatch(Arrays.asList(args), out, err), out, err);
    }

    /** What a command does; it may fail with a message for the user. */
    interface Body {
        void run() throws CliException;
    }

    /**
     * Runs a command so that whatever happens ends in one line on stderr and an exit status, never a stack
     * trace: the limits keep every exercise far from the memory and the stack a JVM has, so running out of
     * either means an input nobody meant (exit 1), and a bug is said to be one (exit 3).
     */
    static int guarded(Body body, PrintStream out, PrintStream err) {
        try {
            body.run();
            return 0;
        } catch (CliException e) {
            err.println("error: " + e.getMessage());
            if (e.exitCode() == CliException.USAGE) err.println(Usage.HINT);
            return e.exitCode();
        } catch (OutOfMemoryError e) {
            err.println("error: not enough memory for this input; an exercise within the limits the README lists needs far less");
            return CliException.BAD_INPUT;
        } catch (StackOverflowError e) {
            err.println("error: this input is nested too deeply to be read");
            return CliException.BAD_INPUT;
        } catch (VirtualMachineError e) {
            err.println("error: the Java virtual machine failed on this input (" + e.getClass().getSimpleName() + ")");
            return CliException.BAD_INPUT;
        } catch (RuntimeException | LinkageError e) {
            err.println("internal error: " + e + " (please report it with the exercise file)");
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static void dispatch(List<String> args, PrintStream out, PrintStream err) throws CliException {
        if (args.isEmpty()) throw CliException.usage("no command given");
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "help", "--help", "-h" -> out.print(Usage.TEXT);
            case "list" -> {
                Args a = Args.parse(rest, command, false);
                if (a.help) out.print(Usage.TEXT);
                else ListCommand.run(a, out);
            }
            case "solve" -> {
                Args a = Args.parse(rest, command, true);
                if (a.help) out.print(Usage.TEXT);
                else SolveCommand.run(a, out);
            }
            case "generate" -> GenerateCommand.run(rest, out);
            case "gradebook" -> GradebookCommand.run(rest, out, err);
            case "key" -> KeyCommand.run(rest, out);
            case "moodle" -> MoodleCommand.run(rest, out);
            case "scorm" -> ScormCommand.run(rest, out);
            case "check" -> {
                Args a = Args.parse(rest, command, true);
                if (a.help) out.print(Usage.TEXT);
                else CheckCommand.run(a, out);
            }
            default -> throw CliException.usage("unknown command '" + command + "'");
        }
    }

    /** The solver, with a numeric failure (an overflow, a saturated output) reported as bad input. */
    static Solution solve(Exercise ex) throws CliException {
        try {
            return Solver.solve(ex);
        } catch (NumericException e) {
            throw CliException.input(ex.title() + ": " + e.getMessage());
        }
    }
}
