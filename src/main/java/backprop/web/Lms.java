package backprop.web;

import backprop.scorm.LmsApi;
import org.teavm.jso.JSObject;

/** The LMS's SCORM 1.2 API object, as the core's {@link LmsApi}; SCORM 1.2 answers "true" or "false" as text. */
final class Lms implements LmsApi {

    private final JSObject api;

    Lms(JSObject api) {
        this.api = api;
    }

    @Override
    public boolean initialize() {
        return "true".equals(Dom.lms(api, "LMSInitialize", "", null));
    }

    @Override
    public String get(String element) {
        return Dom.lms(api, "LMSGetValue", element, null);
    }

    @Override
    public boolean set(String element, String value) {
        return "true".equals(Dom.lms(api, "LMSSetValue", element, value));
    }

    @Override
    public boolean commit() {
        return "true".equals(Dom.lms(api, "LMSCommit", "", null));
    }

    @Override
    public boolean finish() {
        return "true".equals(Dom.lms(api, "LMSFinish", "", null));
    }
}
