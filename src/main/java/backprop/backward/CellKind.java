package backprop.backward;

/** What a cell asks for. LOCAL cells are single local derivatives (worksheet 002's table). */
public enum CellKind {
    OUTPUT, ACTIVATION, PRE_ACTIVATION, WEIGHT, BIAS, LOCAL,
    /** A parameter after the SGD step, new = old − η·∂L/∂param. */
    UPDATE
}
