package backprop.web;

import backprop.stage.Stage;
import backprop.stage.Stages;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One checkbox per stage in a fieldset, for the editor and the "New exercise" choices. It only writes the
 * ticked keys as text ({@code forward+loss+backward}); the core reads that text and says what is wrong with it.
 */
final class StageBoxes {

    /** In the order of {@link Stage#values()}. */
    private static final String[] LABELS = {"forward pass (z, a, ŷ)", "loss L", "local derivatives", "backward pass (gradients)",
        "updated parameters", "second forward pass", "new loss L′", "did the loss go down?"};

    final HTMLElement set;
    private final HTMLElement[] boxes = new HTMLElement[LABELS.length];

    StageBoxes(HTMLElement parent, String cls) {
        set = Dom.add(parent, Dom.el("fieldset", cls));
        set.appendChild(Dom.el("legend", null, "Stages the student is asked"));
        Stage[] all = Stage.values();
        for (int k = 0; k < boxes.length; k++) {
            HTMLElement label = Dom.add(set, Dom.el("label", "stage-box"));
            HTMLElement box = Dom.add(label, Dom.el("input", null));
            box.setAttribute("type", "checkbox");
            box.setAttribute("data-stage", all[k].key());
            label.appendChild(Dom.el("span", null, LABELS[k]));
            boxes[k] = box;
        }
    }

    void show(Stages s) {
        Stage[] all = Stage.values();
        for (int k = 0; k < boxes.length; k++) Dom.setChecked(boxes[k], s.asks(all[k]));
    }

    /** Ticks the boxes named in a text that {@link #text()} wrote, so a choice not yet taken survives a rebuilt form. */
    void tick(String text) {
        Stage[] all = Stage.values();
        for (int k = 0; k < boxes.length; k++) Dom.setChecked(boxes[k], ("+" + text + "+").contains("+" + all[k].key() + "+"));
    }

    /** The ticked stages' keys joined by '+', in worksheet order; empty when none is ticked. */
    String text() {
        StringBuilder sb = new StringBuilder();
        Stage[] all = Stage.values();
        for (int k = 0; k < boxes.length; k++) {
            if (Dom.value(boxes[k]).equals("true")) sb.append(sb.length() == 0 ? "" : "+").append(all[k].key());
        }
        return sb.toString();
    }
}
