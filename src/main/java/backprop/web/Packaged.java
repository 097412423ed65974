package backprop.web;

import backprop.scorm.LmsSession;
import backprop.scorm.ScormConfig;
import backprop.session.Opening;
import backprop.session.Session;
import org.teavm.jso.JSObject;

/**
 * The page in a SCORM package: the configuration scorm-config.js set, the LMS's API, and the core's
 * {@link LmsSession}, which decides everything; this class only wires it to the page and shows its message.
 */
final class Packaged implements Page.Course {

    private LmsSession lms;

    @Override
    public Opening open(Session session) {
        String json = Dom.scormConfig();
        ScormConfig config = json == null ? null : ScormConfig.parse(json);
        if (config == null) {
            Dom.notice(Dom.byId("lms-status"), LmsSession.NO_CONFIG);
            return null;
        }
        JSObject api = Dom.scormApi();
        lms = new LmsSession(api == null ? null : new Lms(api), config);
        lms.start();
        double started = Dom.now();
        Dom.onUnload(() -> Page.safely(() -> lms.leave(session, (long) ((Dom.now() - started) / 1000))));
        return lms.open(session.library());
    }

    @Override
    public void installed(Session session) {
        if (lms != null) lms.installed(session);
    }

    @Override
    public void changed(Session session) {
        if (lms == null) return;
        lms.report(session);
        Dom.notice(Dom.byId("lms-status"), lms.message());
    }
}
