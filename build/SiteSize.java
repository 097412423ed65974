import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Prints the size and gzip size of every file of the built site and fails when the gzip total is over
 * the budget: the page is for students on any connection, and the budget only holds if it is checked on
 * every build. Run as a single-file program (java build/SiteSize.java DIR BUDGET_BYTES) by the pom in
 * the package phase, after TeaVM has written tutor.js. Gzip at the default level, as web servers send it.
 */
public class SiteSize {

    /** Files the page loads only when first needed: reported on their own line, outside the page's total. */
    static final List<String> ON_DEMAND = List.of("symbolic.js", "editor.js", "generator.js");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java build/SiteSize.java SITE_DIR BUDGET_BYTES");
            System.exit(2);
        }
        Path dir = Paths.get(args[0]);
        long budget = Long.parseLong(args[1]);
        if (!Files.isDirectory(dir)) {
            System.err.println("Site size: no site at " + dir + " (the site is built in prepare-package)");
            System.exit(1);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        long raw = 0;
        long zipped = 0;
        long lazyRaw = 0;
        long lazyZipped = 0;
        System.out.println("Site size (" + dir + "):");
        System.out.println(String.format("  %-28s %10s %10s", "file", "bytes", "gzip"));
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            long gz = gzipSize(bytes);
            if (ON_DEMAND.contains(f.getFileName().toString())) {
                lazyRaw += bytes.length;
                lazyZipped += gz;
                continue;
            }
            raw += bytes.length;
            zipped += gz;
            System.out.println(String.format("  %-28s %10d %10d", dir.relativize(f), bytes.length, gz));
        }
        System.out.println(String.format("  %-28s %10d %10d   budget %d bytes gzip (%.1f%% used)",
                "total", raw, zipped, budget, 100.0 * zipped / budget));
        if (lazyRaw > 0) {
            System.out.println(String.format("  %-28s %10d %10d   loaded on demand (the expression checker, the editor, the generator), not in the total",
                    String.join(", ", ON_DEMAND), lazyRaw, lazyZipped));
        }
        if (zipped > budget) {
            System.err.println("Site size: FAILED, the gzip total " + zipped + " bytes is over the budget of " + budget
                    + " bytes by " + (zipped - budget) + " bytes");
            System.exit(1);
        }
    }

    static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
