package backprop.web;

import backprop.export.LinkCodec;

/**
 * The browser's TextEncoder/TextDecoder and btoa/atob for links that carry a whole exercise: the same text
 * as {@link backprop.export.JavaLinkCodec} gives (ShareIT compares the two), without its bytes in the page.
 */
final class BrowserLinkCodec implements LinkCodec {

    @Override
    public String encode(String text) {
        return Dom.base64Url(text);
    }

    @Override
    public String decode(String encoded) {
        String text = Dom.fromBase64Url(encoded);
        if (text == null) throw new IllegalArgumentException("it is not base64url text of UTF-8 (letters, digits, '-' and '_')");
        return text;
    }
}
