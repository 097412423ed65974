package backprop.export;

/** {@link LinkCodec} in plain Java, for the JVM (and the reference the page's codec is tested against). */
public final class JavaLinkCodec implements LinkCodec {

    public static final JavaLinkCodec INSTANCE = new JavaLinkCodec();

    private JavaLinkCodec() {
    }

    @Override
    public String encode(String text) {
        return Base64Url.encode(Utf8.encode(text));
    }

    @Override
    public String decode(String encoded) {
        return Utf8.decode(Base64Url.decode(encoded));
    }
}
