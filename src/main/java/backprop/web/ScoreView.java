package backprop.web;

import backprop.session.Tally;
import org.teavm.jso.dom.html.HTMLElement;

/** The score line: the attempt's tally as text, and as data attributes for anything that reads the page. */
final class ScoreView {

    private ScoreView() {
    }

    static void show(Tally t) {
        HTMLElement score = Dom.byId("score");
        String text = "Score: " + (t.firstTry() + t.afterFeedback()) + " of " + t.total() + " correct";
        if (!text.equals(score.getTextContent())) score.setTextContent(text);
        score.setAttribute("data-first-try", Integer.toString(t.firstTry()));
        score.setAttribute("data-after-feedback", Integer.toString(t.afterFeedback()));
        score.setAttribute("data-consistent", Integer.toString(t.consistent()));
        score.setAttribute("data-shown", Integer.toString(t.shown()));
        score.setAttribute("data-wrong", Integer.toString(t.wrong()));
        score.setAttribute("data-total", Integer.toString(t.total()));
        StringBuilder detail = new StringBuilder();
        if (t.consistent() > 0) detail.append(" · ").append(t.consistent()).append(" consistent with an earlier answer");
        if (t.wrong() > 0) detail.append(" · ").append(t.wrong()).append(" wrong");
        if (t.shown() > 0) detail.append(" · ").append(t.shown()).append(" shown");
        Dom.byId("score-detail").setTextContent(detail.toString());
    }
}
