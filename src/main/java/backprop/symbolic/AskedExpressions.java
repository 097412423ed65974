package backprop.symbolic;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.model.Exercise;
import backprop.solve.Solution;
import backprop.stage.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Which cells an exercise asks as an expression (its {@code "symbolic"} list), as answer ids: {@code expr.z2.0} is
 * the chain-rule expression of the cell {@code z2.0}, asked right before that cell's number. Nothing here reads or
 * judges an expression, so the page can list the expression cells without the parser.
 */
public final class AskedExpressions {

    /** The id of a cell's expression answer is this prefix and the cell's id. */
    public static final String PREFIX = "expr.";

    private AskedExpressions() {
    }

    /** The asked expression ids in worksheet order (the backward pass's order). */
    public static List<String> ids(Solution sol) {
        List<String> out = new ArrayList<>();
        Exercise ex = sol.exercise();
        if (ex.symbolic().isEmpty()) return out;
        for (Cell c : sol.sheet().asked(Stage.BACKWARD)) {
            if (c.kind() != CellKind.LOCAL && ex.asksSymbolically(c.id())) out.add(PREFIX + c.id());
        }
        return out;
    }

    /** The cell an expression id is about ("z2.0" for "expr.z2.0"), or null when the id is no expression id. */
    public static String cellOf(String id) {
        return id != null && id.startsWith(PREFIX) ? id.substring(PREFIX.length()) : null;
    }
}
