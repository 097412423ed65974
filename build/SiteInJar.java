import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies the finished site into the jar's classes as {@code site/…}, with {@code site/files.txt} listing its files
 * one per line, and the SCORM package's own tutor.js as {@code site-scorm/tutor.js}: the {@code scorm} command
 * packages the very page that was built, and a jar cannot list its own folders. Run as a single-file program
 * (java build/SiteInJar.java SITE_DIR CLASSES_DIR SCORM_TUTOR_DIR) by the pom in prepare-package, after the site
 * is final and before the jar is made.
 */
public class SiteInJar {

    public static void main(String[] args) throws IOException {
        Path site = Paths.get(args[0]);
        Path out = Paths.get(args[1], "site");
        Files.createDirectories(out);
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(site)) {
            for (Path f : (Iterable<Path>) s.sorted()::iterator) {
                if (!Files.isRegularFile(f)) continue;
                names.add(f.getFileName().toString());
                Files.copy(f, out.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(out.resolve("files.txt"), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        Path scorm = Paths.get(args[1], "site-scorm");
        Files.createDirectories(scorm);
        Files.copy(Paths.get(args[2], "tutor.js"), scorm.resolve("tutor.js"), StandardCopyOption.REPLACE_EXISTING);
    }
}
