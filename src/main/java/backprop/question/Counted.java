package backprop.question;

import backprop.solve.Structure;

/** What a count question counts in the network, so that the solver, not the file, gives the number. */
public enum Counted {
    FUNCTIONS("functions"), WEIGHTS("weights"), BIASES("biases"), PARAMETERS("parameters");

    private final String key;

    Counted(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public int in(Structure s) {
        if (this == FUNCTIONS) return s.functions();
        if (this == WEIGHTS) return s.weights();
        if (this == BIASES) return s.biases();
        return s.parameters();
    }

    public static Counted fromKey(String key) {
        for (Counted c : values()) if (c.key.equals(key)) return c;
        return null;
    }

    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Counted c : values()) sb.append(sb.length() == 0 ? "" : ", ").append(c.key);
        return sb.toString();
    }
}
