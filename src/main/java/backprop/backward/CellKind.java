package backprop.backward;

import backprop.stage.Stage;

/**
 * What a cell asks for, and the stage of the worksheet it belongs to. LOCAL cells are single local
 * derivatives (worksheet 002's table). {@link #key()} is the lower-case, hyphenated name the file
 * formats use.
 */
public enum CellKind {
    /** z of the first forward pass. */
    FORWARD_Z("forward-z", Stage.FORWARD),
    /** a of the first forward pass (ŷ for the output layer). */
    FORWARD_A("forward-a", Stage.FORWARD),
    LOSS("loss", Stage.LOSS),
    OUTPUT("output", Stage.BACKWARD),
    ACTIVATION("activation", Stage.BACKWARD),
    PRE_ACTIVATION("pre-activation", Stage.BACKWARD),
    WEIGHT("weight", Stage.BACKWARD),
    BIAS("bias", Stage.BACKWARD),
    LOCAL("local", Stage.LOCAL),
    /** A parameter after the SGD step, new = old − η·∂L/∂param. */
    UPDATE("update", Stage.UPDATE),
    NEW_Z("new-z", Stage.NEW_FORWARD),
    NEW_A("new-a", Stage.NEW_FORWARD),
    NEW_LOSS("new-loss", Stage.NEW_LOSS),
    /** L′ − L: never asked on its own, it carries the student's two losses into {@link #LOSS_DOWN}. */
    LOSS_CHANGE("loss-change", Stage.LOSS_DOWN),
    /** Whether the loss went down: value 1 for yes, 0 for no. */
    LOSS_DOWN("loss-down", Stage.LOSS_DOWN);

    private final String key;
    private final Stage stage;

    CellKind(String key, Stage stage) {
        this.key = key;
        this.stage = stage;
    }

    public String key() {
        return key;
    }

    public Stage stage() {
        return stage;
    }

    /** False for a cell that only passes values on (the loss change): it is never an answer of its own. */
    public boolean answerable() {
        return this != LOSS_CHANGE;
    }

    /** Answered yes or no rather than with a number. */
    public boolean yesNo() {
        return this == LOSS_DOWN;
    }
}
