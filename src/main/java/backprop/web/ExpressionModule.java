package backprop.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The expression checker, {@code symbolic.js}: a second TeaVM program loaded on demand, the first time a cell asked
 * as an expression is drawn, so that its parser and judge cost the page nothing until then. A script element with
 * a relative src works from disk and under the page's {@code script-src 'self'}. It answers one call,
 * {@code window.backpropSymbolic.check(requestText)}; what the texts hold is {@code backprop.symbolic}'s business.
 */
final class ExpressionModule {

    /** States as ints, not an enum: an enum is a class of the page (docs/PAGE-SIZE.md). */
    static final int NOT_LOADED = 0;
    static final int LOADING = 1;
    static final int READY = 2;
    static final int FAILED = 3;

    private static int state = NOT_LOADED;
    private static Runnable whenDone;

    @JSFunctor
    interface Loaded extends JSObject {
        void done(boolean ok);
    }

    private ExpressionModule() {
    }

    static int state() {
        if (state != READY && ready()) state = READY;
        return state;
    }

    /** Starts loading once; {@code done} runs when the module is there or has failed. */
    static void load(Runnable done) {
        whenDone = done;
        if (state() != NOT_LOADED) return;
        state = LOADING;
        script("symbolic.js", ok -> {
            state = ok && ready() ? READY : FAILED;
            if (whenDone != null) Page.safely(whenDone);
        });
    }

    @JSBody(params = {"sourceFile", "onDone"}, script = "var scriptElement=document.createElement('script');"
            + "scriptElement.src=sourceFile;scriptElement.onload=function(){onDone(true);};"
            + "scriptElement.onerror=function(){onDone(false);};document.head.appendChild(scriptElement);")
    private static native void script(String sourceFile, Loaded onDone);

    @JSBody(script = "return !!(window.backpropSymbolic&&typeof window.backpropSymbolic.check==='function');")
    private static native boolean ready();

    /** The module's reply, or null when the call itself failed. */
    @JSBody(params = "requestText", script = "try{return String(window.backpropSymbolic.check(requestText));}catch(error){return null;}")
    static native String check(String requestText);
}
