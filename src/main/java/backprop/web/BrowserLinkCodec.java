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

    // Local names are long on purpose: TeaVM renames the parameters to single letters, which must not meet them.
    @JSBody(params = "text", script = "var bytes=new TextEncoder().encode(text),bin='';"
            + "for(var k=0;k<bytes.length;k++)bin+=String.fromCharCode(bytes[k]);"
            + "return btoa(bin).replace(/\\+/g,'-').replace(/\\//g,'_').replace(/=+$/,'');")
    private static native String encode0(String text);

    /** null when the text is not base64url (padding tolerated) or its bytes are not UTF-8. */
    @JSBody(params = "encoded", script = "if(!/^[A-Za-z0-9_-]*={0,2}$/.test(encoded))return null;"
            + "try{var bin=atob(encoded.replace(/-/g,'+').replace(/_/g,'/')),bytes=new Uint8Array(bin.length);"
            + "for(var k=0;k<bin.length;k++)bytes[k]=bin.charCodeAt(k);return new TextDecoder('utf-8',{fatal:true}).decode(bytes);}"
            + "catch(err){return null;}")
    private static native String decode0(String encoded);
}
