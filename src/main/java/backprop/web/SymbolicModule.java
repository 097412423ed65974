package backprop.web;

import backprop.symbolic.SymbolicService;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * TeaVM entry of {@code symbolic.js}, the expression checker the page loads on demand: it puts one function on
 * {@code window.backpropSymbolic}, text in and text out. It holds the parser, the judge and the solver, and no
 * exercise file reader: the page sends the exercise's numbers in the request.
 */
public final class SymbolicModule {

    @JSFunctor
    interface Check extends JSObject {
        String check(String requestText);
    }

    private SymbolicModule() {
    }

    @JSBody(params = "checkFunction", script = "window.backpropSymbolic={check:function(requestText){return checkFunction(requestText);}};")
    private static native void export(Check checkFunction);

    public static void main(String[] args) {
        SymbolicService service = new SymbolicService();
        export(service::check);
    }
}
