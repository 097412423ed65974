import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs terser over the JavaScript TeaVM wrote (build/js/minify.mjs), installing it first with npm ci when build/js has
 * no node_modules or package-lock.json changed since the last install. Run as a single-file program
 * (java build/js/Minify.java ENABLED JS_DIR FILE..., ENABLED being the pom's site.terser) by the pom in
 * prepare-package, after the TeaVM builds and before StartCall, OfflineCache and SiteInJar read the files. A Java
 * wrapper rather than exec'ing node straight away so that a machine without node gets a sentence saying what to
 * install, not a "Cannot run program" trace, and so that -Dsite.minify=false (TeaVM's readable output, for debugging)
 * or -Dsite.terser=false (to measure what terser saves) skips both steps in one place.
 */
public class Minify {

    static final int NODE_MAJOR = 18;
    static final String INSTALL = "install nodejs and npm (Debian: apt-get install nodejs npm; .ci/run does it), "
            + "or build with -Dsite.minify=false to skip terser";

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: java build/js/Minify.java ENABLED JS_DIR FILE.js...");
            System.exit(2);
        }
        if ("false".equals(args[0])) {
            System.out.println("terser: skipped (site.terser is false: -Dsite.minify=false or -Dsite.terser=false)");
            return;
        }
        Path dir = Paths.get(args[1]);
        List<String> files = Arrays.asList(args).subList(2, args.length);
        checkNode();
        installIfNeeded(dir);
        List<String> command = new ArrayList<>(List.of("node", dir.resolve("minify.mjs").toString()));
        command.addAll(files);
        int exit = run(command, dir);
        if (exit != 0) fail("terser failed (exit " + exit + "); the message above names the file");
    }

    /** node must be there and recent enough for minify.mjs (an ES module with top-level await). */
    static void checkNode() throws InterruptedException {
        String version;
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) fail("`node --version` failed (" + version + "); " + INSTALL);
        } catch (IOException e) {
            fail("node is not on the PATH: the build minifies the page's JavaScript with terser; " + INSTALL);
            return;
        }
        int major = -1;
        try {
            major = Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
        } catch (NumberFormatException e) {
            fail("cannot read node's version from `" + version + "`");
        }
        if (major < NODE_MAJOR) fail("node " + version + " is too old: terser's build needs node " + NODE_MAJOR
                + " or later; " + INSTALL);
    }

    /**
     * npm ci, only when node_modules is missing or was installed from another package-lock.json: a copy of the lock
     * file in node_modules records what was installed. --prefer-offline uses npm's cache where it can, so a rebuild
     * without network works once terser has been fetched.
     */
    static void installIfNeeded(Path dir) throws IOException, InterruptedException {
        Path lock = dir.resolve("package-lock.json");
        Path stamp = dir.resolve("node_modules").resolve(".installed-package-lock.json");
        if (Files.isRegularFile(stamp) && Files.isRegularFile(dir.resolve("node_modules/terser/package.json"))
                && Arrays.equals(Files.readAllBytes(stamp), Files.readAllBytes(lock))) {
            return;
        }
        String npm = System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
        int exit;
        try {
            exit = run(List.of(npm, "ci", "--prefer-offline", "--no-audit", "--no-fund"), dir);
        } catch (IOException e) {
            fail("npm is not on the PATH: it installs terser into " + dir.resolve("node_modules") + "; " + INSTALL);
            return;
        }
        if (exit != 0) fail("`npm ci` in " + dir + " failed (exit " + exit + "); the first build fetches terser from"
                + " the npm registry, later ones use node_modules");
        Files.copy(lock, stamp, StandardCopyOption.REPLACE_EXISTING);
    }

    static int run(List<String> command, Path dir) throws IOException, InterruptedException {
        return new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor();
    }

    static void fail(String message) {
        System.err.println("Minify: " + message);
        System.exit(1);
    }
}
