package backprop.web;

import backprop.session.Tally;
import org.teavm.jso.dom.html.HTMLElement;

/** The score line: the attempt's tally as text, and as data attributes for anything that reads the page. */
final class ScoreView {

    private ScoreView() {
    }

    static void show(Tally t) {
        HTMLElement score = Dom.byId("score");
        String text = "Score: " + t.summary();
        Dom.text(score, text);
        Dom.attribute(score, "data-first-try", Integer.toString(t.firstTry()));
        Dom.attribute(score, "data-after-feedback", Integer.toString(t.afterFeedback()));
        Dom.attribute(score, "data-consistent", Integer.toString(t.consistent()));
        Dom.attribute(score, "data-shown", Integer.toString(t.shown()));
        Dom.attribute(score, "data-wrong", Integer.toString(t.wrong()));
        Dom.attribute(score, "data-total", Integer.toString(t.total()));
        int left = t.unanswered();
        Dom.text(Dom.byId("score-detail"), left == 0 ? " · every cell answered" : " · " + left + " still to answer");
    }
}
