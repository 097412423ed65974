package backprop.cli;

/**
 * A failure the user can fix, reported on stderr as one message without a stack trace.
 * Exit 2 means the command line itself was wrong; exit 1 means its input was (a file, a preset id).
 */
final class CliException extends Exception {

    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    private final int exitCode;

    private CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(message, USAGE);
    }

    static CliException input(String message) {
        return new CliException(message, BAD_INPUT);
    }

    int exitCode() {
        return exitCode;
    }
}
