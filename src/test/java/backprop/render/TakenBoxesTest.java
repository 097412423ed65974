package backprop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.render.DiagramLayout.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bucketed overlap is the plain sum over every placed box, to the bit, whatever the boxes, up to its bound. */
class TakenBoxesTest {

    /** The definition: the area of b under each placed box, summed in the order they were placed. */
    private static double scan(List<Box> placed, Box b) {
        double sum = 0;
        for (Box o : placed) {
            double w = Math.min(b.x() + b.w(), o.x() + o.w()) - Math.max(b.x(), o.x());
            double h = Math.min(b.y() + b.h(), o.y() + o.h()) - Math.max(b.y(), o.y());
            if (w > 0 && h > 0) sum += w * h;
        }
        return sum;
    }

    @Test
    void everyOverlapEqualsAScanOfEveryBox() {
        Random r = new Random(7);
        for (int round = 0; round < 40; round++) {
            double width = 200 + r.nextDouble() * 3000;
            double height = 200 + r.nextDouble() * 2000;
            TakenBoxes taken = new TakenBoxes(width, height);
            List<Box> placed = new ArrayList<>();
            for (int k = 0; k < 600; k++) {
                // Some boxes stick out of the diagram on every side, as labels on a skip arc may.
                Box b = new Box(-100 + r.nextDouble() * (width + 200), -100 + r.nextDouble() * (height + 200),
                        1 + r.nextDouble() * 260, 1 + r.nextDouble() * 120);
                double exact = scan(placed, b);
                assertEquals(Double.doubleToLongBits(exact), Double.doubleToLongBits(taken.overlap(b, Double.POSITIVE_INFINITY)));
                // With a bound: the exact sum while it stays below, else a number between the bound and the sum, so a
                // spot compared against the best so far is kept or passed over exactly as with the full sum.
                double enough = r.nextDouble() * exact * 1.5;
                double bounded = taken.overlap(b, enough);
                if (exact < enough) assertEquals(Double.doubleToLongBits(exact), Double.doubleToLongBits(bounded));
                else assertTrue(bounded >= enough && bounded <= exact, bounded + " against " + enough + " and " + exact);
                if (r.nextBoolean()) {
                    taken.add(b);
                    placed.add(b);
                }
            }
        }
    }

    @Test
    void boxesThatOnlyTouchDoNotOverlap() {
        TakenBoxes taken = new TakenBoxes(500, 500);
        taken.add(new Box(0, 0, 96, 96));
        assertEquals(0.0, taken.overlap(new Box(96, 0, 50, 50), Double.POSITIVE_INFINITY));
        assertEquals(2.0 * 3.0, taken.overlap(new Box(94, 93, 50, 50), Double.POSITIVE_INFINITY));
    }
}
