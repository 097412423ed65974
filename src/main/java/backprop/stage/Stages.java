package backprop.stage;

import java.util.ArrayList;
import java.util.List;

/**
 * The stages an exercise asks, as a set. A bit mask rather than an EnumSet: it compares by value and
 * costs the page nothing. Files written before stages existed ask the backward pass and the update,
 * plus the local derivatives where {@code localDerivatives} was set: {@link #defaults}.
 */
public record Stages(int bits) {

    public static final Stages DEFAULT = of(Stage.BACKWARD, Stage.UPDATE);

    public static Stages of(Stage... stages) {
        int b = 0;
        for (Stage s : stages) b |= s.bit();
        return new Stages(b);
    }

    public static Stages defaults(boolean localDerivatives) {
        return localDerivatives ? DEFAULT.with(Stage.LOCAL) : DEFAULT;
    }

    public boolean asks(Stage s) {
        return (bits & s.bit()) != 0;
    }

    public Stages with(Stage s) {
        return new Stages(bits | s.bit());
    }

    public Stages without(Stage s) {
        return new Stages(bits & ~s.bit());
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    /** The stages asked, in worksheet order. */
    public List<Stage> list() {
        List<Stage> out = new ArrayList<>();
        for (Stage s : Stage.values()) if (asks(s)) out.add(s);
        return out;
    }

    /**
     * Stages written as keys joined by '+' (forward+loss+backward), as a generator's ask= and the page's stage
     * choices write them. IllegalArgumentException says which key is unknown or repeated, or that none is given.
     */
    public static Stages parse(String text) {
        Stages s = of();
        if (text.trim().isEmpty()) throw new IllegalArgumentException("choose at least one stage to ask (" + Stage.keys() + ")");
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k < text.length() && text.charAt(k) != '+') continue;
            String key = text.substring(start, k).trim();
            start = k + 1;
            Stage st = Stage.fromKey(key);
            if (st == null) throw new IllegalArgumentException("unknown stage '" + (key.length() > 30 ? key.substring(0, 27) + "…" : key) + "'; use " + Stage.keys() + ", joined by +");
            if (s.asks(st)) throw new IllegalArgumentException("the stage '" + key + "' is named twice");
            s = s.with(st);
        }
        return s;
    }

    /** The text {@link #parse} reads: the keys in worksheet order joined by '+'. */
    public String text() {
        return String.join("+", keys());
    }

    public List<String> keys() {
        List<String> out = new ArrayList<>();
        for (Stage s : list()) out.add(s.key());
        return out;
    }
}
