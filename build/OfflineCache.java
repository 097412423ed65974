import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Names the service worker's cache after the site it caches: the first 12 hex digits of SHA-256 over index.html,
 * style.css, tutor.js, symbolic.js, editor.js and generator.js (the expression checker, the editor and the
 * practice-exercise generator, loaded on demand, so
 * offline too), written into the
 * site's sw.js in place of the template's @VERSION@. A build that changes
 * any of them gets a new cache, and the worker deletes the old one when it takes over. Run as a single-file program
 * (java build/OfflineCache.java TEMPLATE SITE_DIR, the template being webapp/sw.js) by the pom once tutor.js is
 * final (after StartCall); it reads the template, not the site's copy, which a rebuild may leave filled in.
 */
public class OfflineCache {

    static final String[] CACHED = {"index.html", "style.css", "tutor.js", "symbolic.js", "editor.js", "generator.js"};

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path template = Paths.get(args[0]);
        Path site = Paths.get(args[1]);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String name : CACHED) {
            byte[] bytes = Files.readAllBytes(site.resolve(name));
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : sha.digest()) hex.append(String.format("%02x", b & 0xff));
        String text = Files.readString(template, StandardCharsets.UTF_8);
        if (!text.contains("@VERSION@")) {
            System.err.println("OfflineCache: " + template + " has no @VERSION@ to fill in");
            System.exit(1);
        }
        Files.writeString(site.resolve("sw.js"), text.replace("@VERSION@", hex.substring(0, 12)), StandardCharsets.UTF_8);
    }
}
