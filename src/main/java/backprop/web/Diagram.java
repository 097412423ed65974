package backprop.web;

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
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.xml.Element;

/**
 * The network as SVG: one column per layer and one for the loss, every edge labelled with its
 * weight's symbol and value so the layout never has to be guessed, skip connections as arcs above.
 * Elements are indexed by quantity id so the path of the cell being answered can be lit up.
 */
final class Diagram {

    private static final int ROW = 118;
    private static final int LINE = 16;
    private static final int MARGIN = 16;

    /** Elements by key: node ids (a1.0, z1.0, yhat.0, x.0, L), parameter ids, local-derivative ids. */
    private final Map<String, List<Element>> parts = new HashMap<>();
    /** Edges leaving each node. */
    private final Map<String, List<Edge>> out = new HashMap<>();
    private final List<Element> lit = new ArrayList<>();
    /** Boxes already taken (x, y, w, h), so edge labels can be placed where they hide nothing. */
    private final List<double[]> taken = new ArrayList<>();
    private int depth;
    private double[] colX;
    private double[] colW;
    private double[][] rowY;
    private double[] labelW;

    Element build(Solution sol) {
        Exercise ex = sol.exercise();
        Network net = ex.network();
        ForwardResult fwd = sol.forward();
        Names names = new Names(net, ex.conventions());
        depth = net.depth();

        // Each node is a box of text lines: the unit's name, then z, a and its bias.
        String[][][] lines = new String[depth + 2][][];
        String[][][] biasLine = new String[depth + 1][][];
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
                    if (t != null) colW[l] = Math.max(colW[l], width(t) * (k == 0 ? BOLD : 1));
                }
            }
        }
        double[] target = ex.target();
        String[] lossLines = new String[target.length + 1];
        lossLines[0] = "L = " + Num.format(fwd.loss());
        for (int j = 0; j < target.length; j++) lossLines[j + 1] = SymText.of(names.y(j)) + " = " + Num.format(target[j]);
        for (int k = 0; k < lossLines.length; k++) colW[depth + 1] = Math.max(colW[depth + 1], width(lossLines[k]) * (k == 0 ? BOLD : 1));
        // The widest weight label between each pair of neighbouring columns sets how wide that gap must be.
        labelW = new double[depth + 1];
        for (int l = 1; l <= depth; l++) {
            double[][] w = net.layer(l).weights();
            for (int j = 0; j < w.length; j++) {
                for (int i = 0; i < w[j].length; i++) labelW[l] = Math.max(labelW[l], width(edgeLabel(names, l, l - 1, j, i, w)) + PAD);
            }
        }

        int most = 1;
        for (int l = 0; l <= depth; l++) most = Math.max(most, net.width(l));
        double lift = 0;
        for (int l = 1; l <= depth; l++) for (Skip s : net.layer(l).skips()) lift = Math.max(lift, arcHeight(l - s.from(), net.width(s.from()), net.width(l)) / 2.0 + 8);
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
        double w = x - gap + MARGIN;
        double h = top + most * ROW + MARGIN;
        rowY = new double[depth + 2][];
        for (int l = 0; l <= depth; l++) {
            int n = net.width(l);
            rowY[l] = new double[n];
            for (int j = 0; j < n; j++) rowY[l][j] = top + (most - n) * ROW / 2.0 + j * ROW + ROW / 2.0;
        }
        rowY[depth + 1] = new double[] {top + most * ROW / 2.0};

        Element svg = Dom.ns(Dom.SVG, "svg");
        svg.setAttribute("viewBox", "0 0 " + r(w) + " " + r(h));
        // Every weight and bias is a button that opens its field in the editor: the drawing holds controls,
        // so it is a labelled group rather than an image (whose content would be presentational).
        svg.setAttribute("role", "group");
        svg.setAttribute("aria-labelledby", "diagram-title");
        svg.setAttribute("style", "max-width:" + r(w * 1.25) + "px");
        Element title = Dom.add(svg, Dom.ns(Dom.SVG, "title"));
        title.setAttribute("id", "diagram-title");
        title.setTextContent(describe(net));
        Element edges = Dom.add(svg, Dom.ns(Dom.SVG, "g"));
        Element labels = Dom.add(svg, Dom.ns(Dom.SVG, "g"));
        Element nodes = Dom.add(svg, Dom.ns(Dom.SVG, "g"));

        for (int l = 0; l <= depth; l++) {
            Layer layer = l > 0 ? net.layer(l) : null;
            for (int j = 0; j < net.width(l); j++) {
                String id = Ids.a(l, depth, j);
                Element g = group(nodes, "node", "data-node", id);
                register(id, g);
                if (l > 0) register(Ids.z(l, j), g);
                String[] ls = lines[l][j];
                int count = ls[ls.length - 1] == null ? ls.length - 1 : ls.length;
                double[] box = box(g, l, rowY[l][j], count);
                for (int k = 0; k < ls.length; k++) {
                    if (ls[k] == null) continue;
                    Element parent = g;
                    if (k == 3) {
                        ParamRef p = ParamRef.bias(l, j);
                        parent = group(g, "bias", "data-param", p.id());
                        register(p.id(), parent);
                        Element t = Dom.add(parent, Dom.ns(Dom.SVG, "title"));
                        t.setTextContent(SymText.of(names.param(p)) + " = " + Num.format(layer.bias()[j]));
                        button(parent, t.getTextContent());
                    }
                    text(parent, colX[l], box[1] + 14 + k * LINE, ls[k], k == 0 ? "node-name" : "value");
                }
            }
        }
        Element loss = group(nodes, "node loss", "data-node", "L");
        register("L", loss);
        double[] lb = box(loss, depth + 1, rowY[depth + 1][0], lossLines.length);
        for (int k = 0; k < lossLines.length; k++) text(loss, colX[depth + 1], lb[1] + 14 + k * LINE, lossLines[k], k == 0 ? "node-name" : "value");

        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            edgesInto(edges, labels, names, l, l - 1, layer.weights());
            for (Skip s : layer.skips()) edgesInto(edges, labels, names, l, s.from(), s.weights());
        }
        for (int j = 0; j < target.length; j++) {
            Element e = group(edges, "line", "data-to", "L");
            out.computeIfAbsent(Ids.a(depth, depth, j), k -> new ArrayList<>()).add(new Edge(e, "L"));
            line(e, colX[depth] + colW[depth] / 2, rowY[depth][j], colX[depth + 1] - colW[depth + 1] / 2, rowY[depth + 1][0]);
        }
        return svg;
    }

    /** Labels side by side across one gap; beyond this they share slots and the overlap search separates them. */
    private static final int MAX_SLOTS = 4;
    private static final double SLOT_GAP = 10;
    private static final double PAD = 8;
    private static final double LABEL_H = 16;
    /** Node names are bold and larger. */
    private static final double BOLD = 1.25;

    private static int slots(int sources) {
        return Math.max(1, Math.min(sources, MAX_SLOTS));
    }

    private static String edgeLabel(Names names, int l, int from, int j, int i, double[][] w) {
        return SymText.of(names.param(names.weight(l, from, j, i))) + " = " + Num.format(w[j][i]);
    }

    /** Text width at 12.5px, estimated per character: sub- and superscripts are narrow, digits and letters wide. */
    private static double width(String s) {
        double sum = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean script = (c >= 0x2070 && c <= 0x209F) || c == 0xB9 || c == 0xB2 || c == 0xB3;
            sum += c == ' ' || c == '.' || c == ',' ? 4.2 : script ? 5.2 : c == '(' || c == ')' ? 5 : 8.1;
        }
        return sum;
    }

    private double[] box(Element g, int col, double cy, int count) {
        double bh = count * LINE + 10;
        double[] b = {colX[col] - colW[col] / 2, cy - bh / 2, colW[col], bh};
        Element rect = Dom.add(g, Dom.ns(Dom.SVG, "rect"));
        rect.setAttribute("x", r(b[0]));
        rect.setAttribute("y", r(b[1]));
        rect.setAttribute("width", r(b[2]));
        rect.setAttribute("height", r(b[3]));
        rect.setAttribute("rx", "9");
        taken.add(b);
        return b;
    }

    private static String describe(Network net) {
        StringBuilder sb = new StringBuilder("The network: ").append(net.inputSize()).append(" inputs");
        for (int l = 1; l <= net.depth(); l++) {
            Layer layer = net.layer(l);
            sb.append(", then ").append(layer.size()).append(l == net.depth() ? " output" : " hidden")
                    .append(layer.size() == 1 ? " unit (" : " units (").append(layer.activation().key()).append(')');
            for (Skip s : layer.skips()) sb.append(" also reading layer ").append(s.from()).append(" through a skip connection");
        }
        return sb.append(", then the loss L.").toString();
    }

    private static double arcHeight(int span, int fromWidth, int toWidth) {
        return 90 + 40 * (span - 2) + 14 * (fromWidth + toWidth);
    }

    /** Where along an edge its label may go, best first: the middle, then stepping towards the ends. */
    private static final double[] SPOTS = {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8, 0.44, 0.56, 0.33, 0.67};

    private void edgesInto(Element edges, Element labels, Names names, int l, int from, double[][] w) {
        boolean skip = from != l - 1;
        int nIn = rowY[from].length;
        for (int j = 0; j < w.length; j++) {
            for (int i = 0; i < nIn; i++) {
                ParamRef p = names.weight(l, from, j, i);
                String src = Ids.a(from, depth, i);
                // Lines are drawn first and labels last, each label in the element that names the edge,
                // so no other line crosses a label.
                Element g = group(edges, skip ? "line skip" : "line", "data-line-for", p.id());
                Element lg = group(labels, skip ? "edge skip" : "edge", "data-param", p.id());
                for (Element e : List.of(g, lg)) {
                    register(p.id(), e);
                    register(Ids.z(l, j) + "/" + src, e);
                    out.computeIfAbsent(src, k -> new ArrayList<>()).add(new Edge(e, Ids.a(l, depth, j)));
                }
                String label = edgeLabel(names, l, from, j, i, w);
                button(lg, label);
                double lw = width(label) + PAD;
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
                    Element path = Dom.add(g, Dom.ns(Dom.SVG, "path"));
                    path.setAttribute("d", "M" + r(x1) + " " + r(y1) + "Q" + r(cx) + " " + r(cy) + " " + r(x2) + " " + r(y2));
                } else {
                    x1 = colX[from] + colW[from] / 2;
                    y1 = rowY[from][i];
                    x2 = colX[l] - colW[l] / 2;
                    y2 = rowY[l][j];
                    line(g, x1, y1, x2, y2);
                }
                double[] best = null;
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
                    double[] b = {px - lw / 2, py - LABEL_H / 2, lw, LABEL_H};
                    double cost = overlap(b);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = b;
                        if (cost == 0) break;
                    }
                }
                taken.add(best);
                // An opaque backing, not just a halo: lines passing under a label would otherwise show between its words.
                Element bg = Dom.add(lg, Dom.ns(Dom.SVG, "rect"));
                bg.setAttribute("class", "label-bg");
                bg.setAttribute("x", r(best[0]));
                bg.setAttribute("y", r(best[1]));
                bg.setAttribute("width", r(lw));
                bg.setAttribute("height", r(LABEL_H));
                bg.setAttribute("rx", "3");
                text(lg, best[0] + lw / 2, best[1] + 12, label, "edge-label");
            }
        }
    }

    private double nodeHalfHeight(int col) {
        return col == 0 ? 13 : 27;
    }

    private double overlap(double[] b) {
        double sum = 0;
        for (double[] o : taken) {
            double w = Math.min(b[0] + b[2], o[0] + o[2]) - Math.max(b[0], o[0]);
            double h = Math.min(b[1] + b[3], o[1] + o[3]) - Math.max(b[1], o[1]);
            if (w > 0 && h > 0) sum += w * h;
        }
        return sum;
    }

    private static void button(Element e, String what) {
        e.setAttribute("tabindex", "0");
        e.setAttribute("role", "button");
        e.setAttribute("aria-label", "Edit " + what);
    }

    private static Element group(Element parent, String cls, String attr, String value) {
        Element g = Dom.add(parent, Dom.ns(Dom.SVG, "g"));
        g.setAttribute("class", cls);
        g.setAttribute(attr, value);
        return g;
    }

    private static void line(Element g, double x1, double y1, double x2, double y2) {
        Element e = Dom.add(g, Dom.ns(Dom.SVG, "line"));
        e.setAttribute("x1", r(x1));
        e.setAttribute("y1", r(y1));
        e.setAttribute("x2", r(x2));
        e.setAttribute("y2", r(y2));
    }

    private static void text(Element g, double x, double y, String s, String cls) {
        Element t = Dom.add(g, Dom.ns(Dom.SVG, "text"));
        t.setAttribute("x", r(x));
        t.setAttribute("y", r(y));
        t.setAttribute("class", cls);
        t.setTextContent(s);
    }

    private static String r(double v) {
        return Integer.toString((int) Math.round(v));
    }

    private void register(String key, Element e) {
        parts.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }

    /** Lights the part of the network a cell's gradient flows through; null clears. */
    void highlight(Cell cell) {
        for (Element e : lit) Dom.toggle(e, "highlight", false);
        lit.clear();
        if (cell == null) return;
        ParamRef p = cell.param();
        String node = Ids.a(cell.layer(), depth, cell.neuron());
        if (cell.kind() == CellKind.LOCAL) {
            int slash = cell.id().indexOf('/');
            light(cell.id());
            light(cell.id().substring(0, slash));
            light(cell.id().substring(slash + 1));
        } else {
            if (p != null) {
                light(p.id());
                if (p.kind() == ParamRef.Kind.WEIGHT) light(Ids.a(p.from(), depth, p.i()));
            }
            downstream(node, new ArrayList<>());
        }
        for (Element e : lit) Dom.toggle(e, "highlight", true);
    }

    private void light(String key) {
        List<Element> es = parts.get(key);
        if (es != null) lit.addAll(es);
    }

    private void downstream(String node, List<String> seen) {
        if (seen.contains(node)) return;
        seen.add(node);
        light(node);
        List<Edge> es = out.get(node);
        if (es == null) return;
        for (Edge e : es) {
            lit.add(e.el());
            downstream(e.to(), seen);
        }
    }

    private record Edge(Element el, String to) {
    }
}
