package backprop.web;

import backprop.export.LinkCodec;
import org.teavm.jso.JSBody;

/**
 * The browser's TextEncoder/TextDecoder and btoa/atob for links that carry a whole exercise: the same text
 * as {@link backprop.export.JavaLinkCodec} gives (ShareIT compares the two), without its bytes in the page.
 */
final class BrowserLinkCodec implements LinkCodec {

    @Override
    public String encode(String text) {
        return encode0(text);
    }

    @Override
    public String decode(String encoded) {
        String text = decode0(encoded);
        if (text == null) throw new IllegalArgumentException("it is not base64url text of UTF-8 (letters, digits, '-' and '_')");
        return text;
    }

    @JSBody(params = "s", script = "var b=new TextEncoder().encode(s),t='';for(var i=0;i<b.length;i++)t+=String.fromCharCode(b[i]);"
            + "return btoa(t).replace(/\\+/g,'-').replace(/\\//g,'_').replace(/=+$/,'');")
    private static native String encode0(String text);

    /** null when the text is not base64url (padding tolerated) or its bytes are not UTF-8. */
    @JSBody(params = "s", script = "if(!/^[A-Za-z0-9_-]*={0,2}$/.test(s))return null;"
            + "try{var t=atob(s.replace(/-/g,'+').replace(/_/g,'/')),b=new Uint8Array(t.length);"
            + "for(var i=0;i<t.length;i++)b[i]=t.charCodeAt(i);return new TextDecoder('utf-8',{fatal:true}).decode(b);}"
            + "catch(e){return null;}")
    private static native String decode0(String encoded);
}
