package backprop.backward;

import java.util.List;

/** The gradients as arrays (for the update) and as cells in the order a student answers them. */
public record BackwardResult(Gradients gradients, List<Cell> cells) {

    public BackwardResult {
        cells = List.copyOf(cells);
    }

    public Cell cell(String id) {
        for (Cell c : cells) if (c.id().equals(id)) return c;
        return null;
    }
}
