package backprop.web;

import backprop.backward.Cell;
import backprop.render.DiagramLayout;
import backprop.session.Session;
import backprop.solve.Solution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.jso.dom.xml.Element;

/**
 * The network as SVG, drawn from its {@link DiagramLayout}. Elements are indexed by the layout's keys so the
 * path of the cell being answered can be lit up.
 */
final class Diagram {

    private final Map<String, List<Element>> parts = new HashMap<>();
    private final List<Element> lit = new ArrayList<>();
    /** The text elements that show a forward value, with their line. */
    private final List<Element> valueTexts = new ArrayList<>();
    private final List<DiagramLayout.Text> valueLines = new ArrayList<>();
    private DiagramLayout layout;

    Element build(Solution sol) {
        layout = DiagramLayout.of(sol);
        double w = layout.width();
        double h = layout.height();
        Element svg = Dom.ns(Dom.SVG, "svg");
        svg.setAttribute("viewBox", "0 0 " + r(w) + " " + r(h));
        // Every weight and bias is a button that opens its field in the editor: the drawing holds controls,
        // so it is a labelled group rather than an image (whose content would be presentational).
        svg.setAttribute("role", "group");
        svg.setAttribute("aria-labelledby", "diagram-title");
        Dom.widths(svg, r(w * 0.9) + "px", r(w * 1.25) + "px");
        Element title = Dom.add(svg, Dom.ns(Dom.SVG, "title"));
        title.setAttribute("id", "diagram-title");
        title.setTextContent(layout.description());
        Element edges = Dom.add(svg, Dom.ns(Dom.SVG, "g"));
        Element labels = Dom.add(svg, Dom.ns(Dom.SVG, "g"));
        Element nodes = Dom.add(svg, Dom.ns(Dom.SVG, "g"));

        for (DiagramLayout.Node n : layout.nodes()) {
            boolean loss = n.id().equals("L");
            Element g = group(nodes, loss ? "node loss" : "node", "data-node", n.id());
            register(n.id(), g);
            if (n.zId() != null) register(n.zId(), g);
            rect(g, n.box(), "9", null);
            for (DiagramLayout.Text t : n.lines()) {
                Element parent = g;
                if (t.bias() != null) {
                    parent = group(g, "bias", "data-param", t.bias());
                    register(t.bias(), parent);
                    Dom.add(parent, Dom.ns(Dom.SVG, "title")).setTextContent(t.biasTitle());
                    Dom.editButton(parent, t.biasTitle());
                }
                Element te = text(parent, t.x(), t.y(), t.text(), t.name() ? "node-name" : "value");
                if (t.cell() != null) {
                    valueTexts.add(te);
                    valueLines.add(t);
                }
            }
        }
        for (DiagramLayout.Edge e : layout.edges()) {
            // Lines are drawn first and labels last, each label in the element that names the edge,
            // so no other line crosses a label.
            Element g = group(edges, e.skip() ? "line skip" : "line", "data-line-for", e.param());
            Element lg = group(labels, e.skip() ? "edge skip" : "edge", "data-param", e.param());
            for (Element el : List.of(g, lg)) {
                register(e.param(), el);
                register(e.local(), el);
            }
            if (e.skip()) {
                Element path = Dom.add(g, Dom.ns(Dom.SVG, "path"));
                path.setAttribute("d", "M" + r(e.x1()) + " " + r(e.y1()) + "Q" + r(e.cx()) + " " + r(e.cy()) + " " + r(e.x2()) + " " + r(e.y2()));
            } else {
                line(g, e.x1(), e.y1(), e.x2(), e.y2());
            }
            Dom.editButton(lg, e.label());
            // An opaque backing, not just a halo: lines passing under a label would otherwise show between its words.
            rect(lg, e.labelBox(), "3", "label-bg");
            text(lg, e.labelBox().x() + e.labelBox().w() / 2, e.labelBox().y() + 12, e.label(), "edge-label");
        }
        for (DiagramLayout.LossLink k : layout.lossLinks()) {
            Element g = group(edges, "line", "data-to", "L");
            register("L<-" + k.from(), g);
            line(g, k.x1(), k.y1(), k.x2(), k.y2());
        }
        return svg;
    }

    /** Lights the part of the network a cell's gradient flows through; null clears. */
    void highlight(Cell cell) {
        for (Element e : lit) Dom.toggle(e, "highlight", false);
        lit.clear();
        if (cell == null) return;
        Set<String> keys = layout.path(cell);
        for (String k : keys) {
            List<Element> es = parts.get(k);
            if (es != null) lit.addAll(es);
        }
        for (Element e : lit) Dom.toggle(e, "highlight", true);
    }

    private void register(String key, Element e) {
        parts.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }

    private static Element group(Element parent, String cls, String attr, String value) {
        Element g = Dom.add(parent, Dom.ns(Dom.SVG, "g"));
        g.setAttribute("class", cls);
        g.setAttribute(attr, value);
        return g;
    }

    private static void rect(Element g, DiagramLayout.Box b, String rx, String cls) {
        Element rect = Dom.svg(g, "rect", "x y width height", n(b.x()), n(b.y()), n(b.w()), n(b.h()));
        rect.setAttribute("rx", rx);
        if (cls != null) rect.setAttribute("class", cls);
    }

    private static void line(Element g, double x1, double y1, double x2, double y2) {
        Dom.svg(g, "line", "x1 y1 x2 y2", n(x1), n(y1), n(x2), n(y2));
    }

    private static Element text(Element g, double x, double y, String s, String cls) {
        Element t = Dom.svg(g, "text", "x y", n(x), n(y), 0, 0);
        t.setAttribute("class", cls);
        t.setTextContent(s);
        return t;
    }

    /** Each forward value as the session allows: its number once answered or shown (or not asked), else "?"; all for the key. */
    void reveal(Session session, boolean all) {
        for (int k = 0; k < valueTexts.size(); k++) {
            DiagramLayout.Text t = valueLines.get(k);
            String want = all || session.mayShow(t.cell()) ? t.text() : t.hidden();
            Dom.text(valueTexts.get(k), want);
        }
    }

    private static String r(double v) {
        return Integer.toString(n(v));
    }

    /** A coordinate as the drawing writes it: the nearest whole number. */
    private static int n(double v) {
        return (int) Math.round(v);
    }
}
