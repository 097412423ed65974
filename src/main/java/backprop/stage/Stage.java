package backprop.stage;

/**
 * The parts of a worksheet, in the order a student works them. An exercise asks some of them; the
 * others are given (shown) or, for the later ones, simply not part of the sheet.
 */
public enum Stage {
    /** z and a of every unit, the output ŷ included. */
    FORWARD("forward"),
    /** L of the first forward pass. */
    LOSS("loss"),
    /** Worksheet 002's table of single local derivatives. */
    LOCAL("local"),
    /** Every gradient cell, ∂L/∂ŷ down to the first layer. */
    BACKWARD("backward"),
    /** Every parameter after the SGD step. */
    UPDATE("update"),
    /** z and a of every unit once more, with the updated parameters. */
    NEW_FORWARD("new-forward"),
    /** L after the step. */
    NEW_LOSS("new-loss"),
    /** Whether the step lowered the loss. */
    LOSS_DOWN("loss-down");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    /** The name used in exercise files and in the command line's output. */
    public String key() {
        return key;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public static Stage fromKey(String key) {
        for (Stage s : values()) if (s.key.equals(key)) return s;
        return null;
    }

    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Stage s : values()) sb.append(sb.length() == 0 ? "" : ", ").append(s.key);
        return sb.toString();
    }
}
