package backprop.generate;

/**
 * How many decimals the given numbers of a generated exercise have. Every number is an integer
 * count of {@link #step()}, divided exactly, so it is the same double on the JVM and in the browser
 * and prints with at most that many decimals.
 */
public enum Difficulty {
    /** One decimal: weights such as 0.3 or −0.7, inputs in halves such as 1.5. */
    NICE("nice", 10),
    /** Two decimals: weights such as 0.37, inputs with one decimal such as −1.4. */
    TWO_DECIMALS("two-decimals", 100);

    private final String key;
    private final int scale;

    Difficulty(String key, int scale) {
        this.key = key;
        this.scale = scale;
    }

    public String key() {
        return key;
    }

    /** 10 for one decimal, 100 for two: a number is k / scale for an integer k. */
    public int scale() {
        return scale;
    }

    public double step() {
        return 1.0 / scale;
    }

    public static Difficulty fromKey(String key) {
        for (Difficulty d : values()) if (d.key.equals(key)) return d;
        return null;
    }
}
