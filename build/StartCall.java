import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;

/**
 * Ends the site's tutor.js with the call that starts the page. TeaVM only defines main(); calling it from an
 * inline script in index.html would need 'unsafe-inline' in the page's Content-Security-Policy. Run as a
 * single-file program (java build/StartCall.java SITE_DIR [FILE]) by the pom after TeaVM has written tutor.js,
 * and again for symbolic.js, the expression checker the page loads on demand (which starts itself the same way).
 */
public class StartCall {

    static final String CALL = "\nmain();\n";

    public static void main(String[] args) throws IOException {
        Path js = Paths.get(args[0], args.length > 1 ? args[1] : "tutor.js");
        String text = Files.readString(js, StandardCharsets.UTF_8);
        if (!text.contains("function main(") && !text.contains("main=") && !text.contains("main =")) {
            System.err.println("StartCall: " + js + " defines no main(); is it TeaVM's output?");
            System.exit(1);
        }
        if (!text.endsWith(CALL)) Files.writeString(js, CALL, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
