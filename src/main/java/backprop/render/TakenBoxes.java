package backprop.render;

import backprop.render.DiagramLayout.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The boxes already placed on a diagram, bucketed on a coarse grid so that a candidate label is measured only
 * against the boxes near it. Placing every label against every box made laying out a 16-24-24-8 net quadratic
 * (about 16 million box tests, two seconds of the page's open time). The overlap is summed over the neighbours in
 * the order they were placed, exactly as a scan of every box sums it, so the layout is the same to the last bit.
 */
final class TakenBoxes {
    private static final double CELL = 96;

    private final List<Box> boxes = new ArrayList<>();
    private final int cols;
    private final int rows;
    private final int[][] buckets;
    private final int[] counts;
    private int[] seen = new int[64];
    private int stamp;
    private int[] near = new int[64];

    TakenBoxes(double width, double height) {
        cols = (int) Math.ceil(Math.max(width, 1) / CELL);
        rows = (int) Math.ceil(Math.max(height, 1) / CELL);
        buckets = new int[cols * rows][];
        counts = new int[cols * rows];
    }

    void add(Box b) {
        int index = boxes.size();
        boxes.add(b);
        if (seen.length <= index) seen = Arrays.copyOf(seen, seen.length * 2);
        int c0 = col(b.x());
        int c1 = col(b.x() + b.w());
        int r0 = row(b.y());
        int r1 = row(b.y() + b.h());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * cols + c;
                int[] bucket = buckets[k];
                if (bucket == null) bucket = buckets[k] = new int[8];
                else if (counts[k] == bucket.length) bucket = buckets[k] = Arrays.copyOf(bucket, bucket.length * 2);
                bucket[counts[k]++] = index;
            }
        }
    }

    /** The area of b that lies under boxes already placed. */
    double overlap(Box b) {
        stamp++;
        int n = 0;
        int c0 = col(b.x());
        int c1 = col(b.x() + b.w());
        int r0 = row(b.y());
        int r1 = row(b.y() + b.h());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * cols + c;
                for (int m = 0; m < counts[k]; m++) {
                    int index = buckets[k][m];
                    if (seen[index] == stamp) continue;
                    seen[index] = stamp;
                    if (n == near.length) near = Arrays.copyOf(near, n * 2);
                    near[n++] = index;
                }
            }
        }
        Arrays.sort(near, 0, n);
        double sum = 0;
        for (int m = 0; m < n; m++) {
            Box o = boxes.get(near[m]);
            double w = Math.min(b.x() + b.w(), o.x() + o.w()) - Math.max(b.x(), o.x());
            double h = Math.min(b.y() + b.h(), o.y() + o.h()) - Math.max(b.y(), o.y());
            if (w > 0 && h > 0) sum += w * h;
        }
        return sum;
    }

    // Boxes that stick out of the diagram share the edge buckets: two boxes that overlap anywhere still share one.
    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor(x / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / CELL)));
    }
}
