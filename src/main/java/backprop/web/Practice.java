package backprop.web;

import backprop.export.ShareLink;
import backprop.generate.Difficulty;
import backprop.generate.GeneratorOptions;
import backprop.model.Activation;
import backprop.model.Loss;
import backprop.session.Library;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The "New exercise" form: the generator's choices and the seed. The form only gathers text; the core's
 * {@link GeneratorOptions#parse} judges it, so the page and the command line accept exactly the same choices
 * and say the same thing about a wrong one.
 */
final class Practice {

    /** Seeds a student is offered are short enough to read out in class; any long is accepted when typed. */
    private static final int SEED_RANGE = 1_000_000;

    interface Opener {
        void open(long seed, GeneratorOptions options);
    }

    private final HTMLInputElement sizes = (HTMLInputElement) Dom.byId("gen-sizes");
    private final HTMLSelectElement hidden = (HTMLSelectElement) Dom.byId("gen-hidden");
    private final HTMLSelectElement output = (HTMLSelectElement) Dom.byId("gen-output");
    private final HTMLSelectElement loss = (HTMLSelectElement) Dom.byId("gen-loss");
    private final HTMLInputElement biases = (HTMLInputElement) Dom.byId("gen-bias");
    private final HTMLInputElement skip = (HTMLInputElement) Dom.byId("gen-skip");
    private final HTMLInputElement dead = (HTMLInputElement) Dom.byId("gen-dead");
    private final HTMLSelectElement difficulty = (HTMLSelectElement) Dom.byId("gen-difficulty");
    private final HTMLInputElement rate = (HTMLInputElement) Dom.byId("gen-lr");
    private final HTMLInputElement seed = (HTMLInputElement) Dom.byId("seed");
    private final HTMLElement error = Dom.byId("gen-error");
    private final HTMLElement choices = Dom.byId("gen-choices");
    private StageBoxes stages;
    private final Opener opener;

    Practice(Opener opener) {
        this.opener = opener;
        seed.setValue("");
        Dom.byId("new-exercise").addEventListener("click", e -> Page.safely(() -> open(true)));
        Dom.byId("open-seed").addEventListener("click", e -> Page.safely(() -> open(false)));
        seed.addEventListener("keydown", (EventListener<KeyboardEvent>) e -> {
            if ("Enter".equals(e.getKey())) Page.safely(() -> open(false));
        });
        // The choices are filled in when first needed, which start-up is not: on the click that opens them (before
        // the box opens, so they are there as soon as it is), on an opening by other means, or by show and open.
        choices.querySelector("summary").addEventListener("click", e -> Page.safely(this::build));
        Dom.onToggle(choices, () -> Page.safely(this::build));
    }

    private void build() {
        if (stages != null) return;
        stages = new StageBoxes(choices, "stage-boxes");
        stages.set.setAttribute("id", "gen-stages");
        for (Activation a : Activation.values()) {
            if (a != Activation.SOFTMAX) option(hidden, a.key(), a.key());
            option(output, a.key(), a.key());
        }
        for (Loss l : Loss.values()) option(loss, l.key(), l.formula() + " (" + l.key() + ")");
        option(difficulty, Difficulty.NICE.key(), "one decimal (0.3, −0.7)");
        option(difficulty, Difficulty.TWO_DECIMALS.key(), "two decimals (0.37, −1.4)");
        fill(GeneratorOptions.DEFAULT);
    }

    /** Puts a generated exercise's seed and choices in the form, so what is on screen can be varied or reproduced. */
    void show(long s, GeneratorOptions o) {
        build();
        seed.setValue(String.valueOf(s));
        fill(o);
        error(null);
    }

    private void fill(GeneratorOptions o) {
        sizes.setValue(o.sizesText());
        hidden.setValue(o.hidden().key());
        output.setValue(o.output().key());
        loss.setValue(o.loss().key());
        biases.setChecked(o.biases());
        skip.setChecked(o.skip());
        dead.setChecked(o.allowDeadLayers());
        difficulty.setValue(o.difficulty().key());
        stages.show(o.stages());
        String lr = o.format();
        lr = lr.substring(lr.indexOf("lr=") + 3);
        rate.setValue(lr.indexOf(',') < 0 ? lr : lr.substring(0, lr.indexOf(',')));
    }

    private void open(boolean fresh) {
        build();
        GeneratorOptions o;
        try {
            o = GeneratorOptions.parse(text());
        } catch (IllegalArgumentException e) {
            error("These choices do not make an exercise: " + e.getMessage() + ".");
            return;
        }
        long s;
        if (fresh) {
            s = 1 + (long) Math.floor(Dom.random() * (SEED_RANGE - 1));
        } else {
            String typed = seed.getValue().trim();
            Long parsed = typed.isEmpty() ? null : ShareLink.parseSeed(typed);
            if (parsed == null) {
                error("The seed must be a whole number such as 4711 (at most 19 digits)" + (typed.isEmpty() ? "; the field is empty." : ", not “" + typed + "”."));
                seed.focus();
                return;
            }
            s = parsed;
        }
        error(null);
        try {
            opener.open(s, o);
        } catch (RuntimeException e) {
            failed(s, e);
        }
    }

    /** The form as the options' text form; hidden layers' activation is left out when there are none. */
    private String text() {
        // The fields are joined with commas, so commas typed in them are read as people mean them:
        // "2,3,1" and "2 - 3 - 1" as sizes, "0,1" as a decimal comma.
        StringBuilder sizesText = new StringBuilder();
        int dashes = 0;
        for (char c : sizes.getValue().toCharArray()) {
            if (c == ' ' || c == '\t') continue;
            if (c == ',' || c == '-') dashes++;
            sizesText.append(c == ',' ? '-' : c);
        }
        StringBuilder sb = new StringBuilder(sizesText);
        if (dashes >= 2) sb.append(',').append(hidden.getValue());
        sb.append(',').append(output.getValue());
        sb.append(',').append(loss.getValue());
        sb.append(',').append(biases.isChecked() ? "bias" : "nobias");
        sb.append(',').append(skip.isChecked() ? "skip" : "noskip");
        sb.append(',').append(dead.isChecked() ? "dead" : "nodead");
        sb.append(',').append(difficulty.getValue());
        sb.append(",lr=").append(rate.getValue().trim().replace(',', '.'));
        sb.append(",ask=").append(stages.text());
        return sb.toString();
    }

    /** The seed's exercise could not be made, now or once generator.js had loaded. */
    void failed(long s, RuntimeException e) {
        // The generator keeps the best of its draws; with deep or linear stacks even that may not be solvable.
        error("Seed " + s + " with these choices gives no usable exercise (" + Library.sentence(e.getMessage())
                + "). Try another seed, or fewer or narrower layers.");
    }

    void error(String message) {
        Dom.notice(error, message);
    }

    private static void option(HTMLSelectElement select, String value, String text) {
        HTMLOptionElement o = (HTMLOptionElement) Dom.add(select, Dom.el("option", null, text));
        o.setValue(value);
    }
}
