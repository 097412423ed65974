package backprop.export;

/**
 * How a link carrying a whole exercise turns the exercise file's text into URL-safe text and back:
 * UTF-8, then base64url without padding. The JVM uses {@link JavaLinkCodec}; the page passes the
 * browser's own TextEncoder and btoa, which cost it nothing, where the Java version costs ~1.3 KB gzip.
 */
public interface LinkCodec {

    String encode(String text);

    /** @throws IllegalArgumentException saying what is damaged */
    String decode(String encoded);
}
