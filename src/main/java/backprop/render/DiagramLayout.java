package backprop.render;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Ids;
import backprop.forward.ForwardResult;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.model.Skip;
import backprop.notation.Names;
import backprop.notation.Num;
import backprop.notation.SymText;
import backprop.solve.Solution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network drawing as geometry, without any SVG: one column per layer and one for the loss, every edge
 * labelled with its weight's symbol and value so the layout never has to be guessed, skip connections as arcs
 * above, and each label placed where it hides the fewest other labels and boxes. The page draws it as it is.
 */
public final class DiagramLayout {

    /** An axis-aligned box: left, top, width, height. */
    public record Box(double x, double y, double w, double h) {
    }

    /**
     * A line of text centred at (x, y); {@code bias} is the bias id it shows, with its full name in {@code biasTitle}.
     * {@code cell} is the forward cell whose value it shows (fwd.z1.0, fwd.a1.0, loss), or null; {@code hidden} is
     * the line while that value is still asked ("z = ?").
     */
    public record Text(String text, double x, double y, boolean name, String bias, String biasTitle, String cell, String hidden) {
    }

    /** A unit (or the loss): {@code id} is its activation's id (x.0, a1.2, yhat.0, L), {@code zId} its z's, if any. */
    public record Node(String id, String zId, Box box, List<Text> lines) {
    }

    /**
     * A weight's edge from node {@code from} to node {@code to}: a straight line, or for a skip a quadratic arc
     * through (cx, cy). {@code local} is the local derivative the edge carries (z2.0/a1.1).
     */
    public record Edge(String param, String from, String to, String local, boolean skip, double x1, double y1, double x2,
                       double y2, double cx, double cy, String label, Box labelBox) {
    }

    /** An output's line into the loss. */
    public record LossLink(String from, double x1, double y1, double x2, double y2) {
    }

    private static final int ROW = 118;
    private static final int LINE = 16;
    private static final int MARGIN = 16;
    private static final int MAX_SLOTS = 4;
    private static final double SLOT_GAP = 10;
    private static final double PAD = 8;
    private static final double LABEL_H = 16;
    /** Node names are bold and larger. */
    private static final double BOLD = 1.25;
    /** Where along an edge its label may go, best first: the middle, then stepping towards the ends. */
    private static final double[] SPOTS = {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8, 0.44, 0.56, 0.33, 0.67};

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<LossLink> lossLinks = new ArrayList<>();
    /** Boxes already taken, so edge labels can be placed where they hide nothing. */
    private TakenBoxes taken;
    /**
     * For each node, what its gradient flows back from, as pairs: the key of the edge and the node at its other end
     * ("W2.0.1", "yhat.0"; "L&lt;-yhat.0", "L"). Kept as strings already made, so nothing is built per edge twice.
     */
    private final Map<String, List<String>> out = new HashMap<>();
    /** Each unit's id (x.0, a1.2, yhat.0) and its z's id (z1.2), made once: every edge names two units. */
    private final String[][] aIds;
    private final String[][] zIds;
    private final Network net;
    private final Names names;
    private final int depth;
    private final double[] colX;
    private final double[] colW;
    private final double[][] rowY;
    private final double[] labelW;
    /** Each layer's weight labels, [layer][to][from], and their widths with padding: measured for the gaps, then placed. */
    private final String[][][] weightLabels;
    private final double[][][] weightWidths;
    private final double width;
    private final double height;

    private DiagramLayout(Solution sol) {
        Exercise ex = sol.exercise();
        net = ex.network();
        ForwardResult fwd = sol.forward();
        names = new Names(net, ex.conventions());
        depth = net.depth();
        aIds = new String[depth + 1][];
        zIds = new String[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            aIds[l] = new String[net.width(l)];
            zIds[l] = new String[net.width(l)];
            for (int j = 0; j < net.width(l); j++) {
                aIds[l][j] = Ids.a(l, depth, j);
                if (l > 0) zIds[l][j] = Ids.z(l, j);
            }
        }

        // Each node is a box of text lines: the unit's name, then z, a and its bias.
        String[][][] lines = new String[depth + 2][][];
        colW = new double[depth + 2];
        for (int l = 0; l <= depth; l++) {
            int n = net.width(l);
            lines[l] = new String[n][];
            Layer layer = l > 0 ? net.layer(l) : null;
            for (int j = 0; j < n; j++) {
                String name = SymText.of(names.a(l, j));
                if (l == 0) {
                    lines[l][j] = new String[] {name + " = " + Num.format(fwd.a()[0][j])};
                } else {
                    boolean given = fwd.given()[l];
                    String a = l == depth ? "ŷ" : "a";
                    lines[l][j] = new String[] {name,
                        "z = " + Num.format(fwd.z()[l][j]) + (given && layer.givenZ() != null ? " (given)" : ""),
                        a + " = " + Num.format(fwd.a()[l][j]) + (given && layer.givenA() != null ? " (given)" : ""),
                        layer.hasBias() ? "b = " + Num.format(layer.bias()[j]) : null};
                }
                for (int k = 0; k < lines[l][j].length; k++) {
                    String t = lines[l][j][k];
                    if (t != null) colW[l] = Math.max(colW[l], textWidth(t) * (k == 0 ? BOLD : 1));
                }
            }
        }
        double[] target = ex.target();
        String[] lossLines = new String[target.length + 1];
        lossLines[0] = "L = " + Num.format(fwd.loss());
        for (int j = 0; j < target.length; j++) lossLines[j + 1] = SymText.of(names.y(j)) + " = " + Num.format(target[j]);
        for (int k = 0; k < lossLines.length; k++) colW[depth + 1] = Math.max(colW[depth + 1], textWidth(lossLines[k]) * (k == 0 ? BOLD : 1));
        // The widest weight label between each pair of neighbouring columns sets how wide that gap must be.
        labelW = new double[depth + 1];
        weightLabels = new String[depth + 1][][];
        weightWidths = new double[depth + 1][][];
        for (int l = 1; l <= depth; l++) {
            double[][] w = net.layer(l).weights();
            weightLabels[l] = new String[w.length][];
            weightWidths[l] = new double[w.length][];
            for (int j = 0; j < w.length; j++) {
                weightLabels[l][j] = new String[w[j].length];
                weightWidths[l][j] = new double[w[j].length];
                for (int i = 0; i < w[j].length; i++) {
                    weightLabels[l][j][i] = edgeLabel(l, l - 1, j, i, w);
                    weightWidths[l][j][i] = textWidth(weightLabels[l][j][i]) + PAD;
                    labelW[l] = Math.max(labelW[l], weightWidths[l][j][i]);
                }
            }
        }

        int most = 1;
        for (int l = 0; l <= depth; l++) most = Math.max(most, net.width(l));
        double lift = 0;
        for (int l = 1; l <= depth; l++) {
            for (Skip s : net.layer(l).skips()) lift = Math.max(lift, arcHeight(l - s.from(), net.width(s.from()), net.width(l)) / 2.0 + 8);
        }
        double top = MARGIN + lift;
        colX = new double[depth + 2];
        double x = MARGIN;
        double gap = 0;
        for (int c = 0; c <= depth + 1; c++) {
            colW[c] += 16;
            colX[c] = x + colW[c] / 2;
            // Each source unit gets its own slot across the gap, so labels of different sources never share a column.
            gap = c >= depth ? 90 : slots(net.width(c)) * (labelW[c + 1] + SLOT_GAP) + SLOT_GAP;
            x += colW[c] + gap;
        }
        width = x - gap + MARGIN;
        height = top + most * ROW + MARGIN;
        taken = new TakenBoxes(width, height);
        rowY = new double[depth + 2][];
        for (int l = 0; l <= depth; l++) {
            int n = net.width(l);
            rowY[l] = new double[n];
            for (int j = 0; j < n; j++) rowY[l][j] = top + (most - n) * ROW / 2.0 + j * ROW + ROW / 2.0;
        }
        rowY[depth + 1] = new double[] {top + most * ROW / 2.0};

        for (int l = 0; l <= depth; l++) {
            Layer layer = l > 0 ? net.layer(l) : null;
            for (int j = 0; j < net.width(l); j++) {
                String[] ls = lines[l][j];
                int count = ls[ls.length - 1] == null ? ls.length - 1 : ls.length;
                Box box = box(l, rowY[l][j], count);
                List<Text> texts = new ArrayList<>();
                for (int k = 0; k < ls.length; k++) {
                    if (ls[k] == null) continue;
                    String bias = null;
                    String title = null;
                    if (k == 3) {
                        ParamRef p = ParamRef.bias(l, j);
                        bias = p.id();
                        title = SymText.of(names.param(p)) + " = " + Num.format(layer.bias()[j]);
                    }
                    String cell = l == 0 || k == 0 || k == 3 ? null : k == 1 ? Ids.fwdZ(l, j) : Ids.fwdA(l, depth, j);
                    String hidden = cell == null ? null : ls[k].substring(0, ls[k].indexOf('=') + 1) + " ?";
                    texts.add(new Text(ls[k], colX[l], box.y() + 14 + k * LINE, k == 0, bias, title, cell, hidden));
                }
                nodes.add(new Node(aIds[l][j], zIds[l][j], box, texts));
            }
        }
        Box lb = box(depth + 1, rowY[depth + 1][0], lossLines.length);
        List<Text> lossTexts = new ArrayList<>();
        for (int k = 0; k < lossLines.length; k++) {
            lossTexts.add(new Text(lossLines[k], colX[depth + 1], lb.y() + 14 + k * LINE, k == 0, null, null,
                    k == 0 ? Ids.loss("") : null, k == 0 ? "L = ?" : null));
        }
        nodes.add(new Node("L", null, lb, lossTexts));

        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            edgesInto(l, l - 1, layer.weights());
            for (Skip s : layer.skips()) edgesInto(l, s.from(), s.weights());
        }
        for (int j = 0; j < target.length; j++) {
            String from = aIds[depth][j];
            lossLinks.add(new LossLink(from, colX[depth] + colW[depth] / 2, rowY[depth][j], colX[depth + 1] - colW[depth + 1] / 2,
                    rowY[depth + 1][0]));
            follow(from, "L<-" + from, "L");
        }
    }

    public static DiagramLayout of(Solution sol) {
        return new DiagramLayout(sol);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<LossLink> lossLinks() {
        return lossLinks;
    }

    /** The drawing in words, for its title: what a reader who cannot see it needs to know. */
    public String description() {
        StringBuilder sb = new StringBuilder("The network: ").append(net.inputSize()).append(" inputs");
        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            sb.append(", then ").append(layer.size()).append(l == depth ? " output" : " hidden")
                    .append(layer.size() == 1 ? " unit (" : " units (").append(layer.activation().key()).append(')');
            for (Skip s : layer.skips()) sb.append(" also reading layer ").append(s.from()).append(" through a skip connection");
        }
        return sb.append(", then the loss L.").toString();
    }

    /**
     * What lights up while a cell is answered, as keys of the drawing: its parameter and the unit that parameter
     * reads, and everything its gradient flows back from: the unit's node and every node and edge between it and
     * the loss (edges by parameter id, lines into the loss as "L&lt;-" + the output's id). A local derivative lights
     * its own edge and both ends.
     */
    public Set<String> path(Cell cell) {
        Set<String> lit = new HashSet<>();
        if (cell.kind() == CellKind.LOCAL) {
            int slash = cell.id().indexOf('/');
            lit.add(cell.id());
            lit.add(cell.id().substring(0, slash));
            lit.add(cell.id().substring(slash + 1));
            return lit;
        }
        ParamRef p = cell.param();
        if (p != null) {
            lit.add(p.id());
            if (p.kind() == ParamRef.Kind.WEIGHT) lit.add(Ids.a(p.from(), depth, p.i()));
        }
        List<String> todo = new ArrayList<>();
        todo.add(Ids.a(cell.layer(), depth, cell.neuron()));
        while (!todo.isEmpty()) {
            String node = todo.remove(todo.size() - 1);
            if (!lit.add(node)) continue;
            List<String> next = out.get(node);
            if (next == null) continue;
            for (int k = 0; k < next.size(); k += 2) {
                lit.add(next.get(k));
                todo.add(next.get(k + 1));
            }
        }
        return lit;
    }

    private void edgesInto(int l, int from, double[][] w) {
        boolean skip = from != l - 1;
        int nIn = rowY[from].length;
        for (int j = 0; j < w.length; j++) {
            for (int i = 0; i < nIn; i++) {
                ParamRef p = names.weight(l, from, j, i);
                String src = aIds[from][i];
                String to = aIds[l][j];
                String param = p.id();
                follow(src, param, to);
                String label = skip ? edgeLabel(l, from, j, i, w) : weightLabels[l][j][i];
                double lw = skip ? textWidth(label) + PAD : weightWidths[l][j][i];
                double x1;
                double y1;
                double x2;
                double y2;
                double cx = 0;
                double cy = 0;
                if (skip) {
                    x1 = colX[from];
                    y1 = rowY[from][i] - nodeHalfHeight(from);
                    x2 = colX[l];
                    y2 = rowY[l][j] - nodeHalfHeight(l);
                    cx = (x1 + x2) / 2;
                    cy = Math.min(y1, y2) - arcHeight(l - from, nIn, w.length) + 10 * (i + j);
                } else {
                    x1 = colX[from] + colW[from] / 2;
                    y1 = rowY[from][i];
                    x2 = colX[l] - colW[l] / 2;
                    y2 = rowY[l][j];
                }
                Box best = null;
                double bestCost = Double.MAX_VALUE;
                double[] spots = SPOTS;
                if (!skip) {
                    // First choice: this source's own slot, so labels of one source stack along the fan of its edges
                    // (apart by t·ROW) and labels of different sources stand side by side.
                    double slotW = labelW[l] + SLOT_GAP;
                    double centre = x1 + SLOT_GAP + slotW * (i % MAX_SLOTS) + slotW / 2 - SLOT_GAP / 2;
                    spots = new double[SPOTS.length + 1];
                    spots[0] = (centre - x1) / (x2 - x1);
                    System.arraycopy(SPOTS, 0, spots, 1, SPOTS.length);
                }
                for (double t : spots) {
                    double px;
                    double py;
                    if (skip) {
                        double u = 1 - t;
                        px = u * u * x1 + 2 * u * t * cx + t * t * x2;
                        py = u * u * y1 + 2 * u * t * cy + t * t * y2;
                    } else {
                        px = x1 + (x2 - x1) * t;
                        py = y1 + (y2 - y1) * t;
                    }
                    Box b = new Box(px - lw / 2, py - LABEL_H / 2, lw, LABEL_H);
                    double cost = taken.overlap(b, bestCost);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = b;
                        if (cost == 0) break;
                    }
                }
                taken.add(best);
                edges.add(new Edge(param, src, to, Ids.local(zIds[l][j], src), skip, x1, y1, x2, y2, cx, cy, label, best));
            }
        }
    }

    private void follow(String node, String edge, String next) {
        List<String> list = out.computeIfAbsent(node, k -> new ArrayList<>());
        list.add(edge);
        list.add(next);
    }

    private Box box(int col, double cy, int count) {
        double bh = count * LINE + 10;
        Box b = new Box(colX[col] - colW[col] / 2, cy - bh / 2, colW[col], bh);
        taken.add(b);
        return b;
    }

    private String edgeLabel(int l, int from, int j, int i, double[][] w) {
        return SymText.of(names.param(names.weight(l, from, j, i))) + " = " + Num.format(w[j][i]);
    }

    private static int slots(int sources) {
        return Math.max(1, Math.min(sources, MAX_SLOTS));
    }

    /** Text width at 12.5px, estimated per character: sub- and superscripts are narrow, digits and letters wide. */
    static double textWidth(String s) {
        double sum = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean script = (c >= 0x2070 && c <= 0x209F) || c == 0xB9 || c == 0xB2 || c == 0xB3;
            sum += c == ' ' || c == '.' || c == ',' ? 4.2 : script ? 5.2 : c == '(' || c == ')' ? 5 : 8.1;
        }
        return sum;
    }

    private static double arcHeight(int span, int fromWidth, int toWidth) {
        return 90 + 40 * (span - 2) + 14 * (fromWidth + toWidth);
    }

    private double nodeHalfHeight(int col) {
        return col == 0 ? 13 : 27;
    }
}
