package backprop.symbolic;

/**
 * A name as the parser read it, before the exercise says what it means. {@code base} is normalised (x, y,
 * yhat, z, a, W, b, delta, N); {@code digits} are ASCII digits written right after the letters (z2: a layer in
 * a layered net, the sheet's number in a scalar chain); {@code layer} comes from a superscript (z⁽²⁾, δᴸ,
 * aᴸ⁻¹) and {@code skipFrom} from W⁽³←¹⁾ or W3<-1; {@code subs} are the index groups (_01 → "01", _1,0 →
 * "1","0", ₀₁ → "01"); {@code text} is the name as typed and {@code position} its 1-based start.
 */
record NameParts(String base, String digits, int layer, int skipFrom, String[] subs, String text, int position) {

    static final int NONE = -1;

    boolean hasLayer() {
        return layer != NONE;
    }

    boolean bare() {
        return digits == null && layer == NONE && subs == null;
    }
}
