package backprop.render;

import backprop.render.DiagramLayout.Box;
import java.util.Arrays;

/**
 * The boxes already placed on a diagram, bucketed on a coarse grid so that a candidate label is measured only
 * against the boxes near it. Placing every label against every box made laying out a 16-24-24-8 net quadratic
 * (about 16 million box tests, two seconds of the page's open time). The overlap is summed over the neighbours in
 * the order they were placed, exactly as a scan of every box sums it, so the layout is the same to the last bit.
 * Each box is kept as its four edges in flat arrays, and a spot's sum stops once it reaches the best spot's: three
 * times less work, measured on the JVM's interpreter (docs/PAGE-SIZE.md, "Speed").
 */
final class TakenBoxes {
    private static final double CELL = 96;

    private int size;
    private double[] left = new double[64];
    private double[] top = new double[64];
    private double[] right = new double[64];
    private double[] bottom = new double[64];
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
        int index = size++;
        if (left.length < size) {
            left = Arrays.copyOf(left, size * 2);
            top = Arrays.copyOf(top, size * 2);
            right = Arrays.copyOf(right, size * 2);
            bottom = Arrays.copyOf(bottom, size * 2);
            seen = Arrays.copyOf(seen, size * 2);
        }
        left[index] = b.x();
        top[index] = b.y();
        right[index] = b.x() + b.w();
        bottom[index] = b.y() + b.h();
        int c0 = col(left[index]);
        int c1 = col(right[index]);
        int r0 = row(top[index]);
        int r1 = row(bottom[index]);
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

    /**
     * The area of b that lies under boxes already placed, or, as soon as it reaches {@code enough}, a number at least
     * that large: a label spot is kept only when it hides less than the best spot so far, and a sum of areas never
     * shrinks as it grows, so the spot chosen is the same.
     */
    double overlap(Box b, double enough) {
        double x0 = b.x();
        double y0 = b.y();
        double x1 = b.x() + b.w();
        double y1 = b.y() + b.h();
        stamp++;
        int n = 0;
        int c0 = col(x0);
        int c1 = col(x1);
        int r0 = row(y0);
        int r1 = row(y1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * cols + c;
                int[] bucket = buckets[k];
                for (int m = 0; m < counts[k]; m++) {
                    int index = bucket[m];
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
            int o = near[m];
            double w = Math.min(x1, right[o]) - Math.max(x0, left[o]);
            if (!(w > 0)) continue;
            double h = Math.min(y1, bottom[o]) - Math.max(y0, top[o]);
            if (h > 0) {
                sum += w * h;
                if (sum >= enough) return sum;
            }
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
