package backprop.browser;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.firefox.FirefoxDriver;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.firefox.GeckoDriverService;

/**
 * Headless Firefox ESR through geckodriver 0.29.1 (target/drivers/geckodriver, copied from Maven Central by the
 * build). Guards: with devtools.console.stdout.content Firefox prints the page's console and its uncaught errors,
 * load-time ones included, to its stdout, which geckodriver writes to its log file; the in-page {@link PageGuard}
 * as well, which reports at once where the log may lag; requests through the {@link RequestTrap} proxy, less those
 * to Firefox's own service hosts, which it calls in the background whatever the prefs say.
 */
final class FirefoxBrowser implements Browser {

    private final RequestTrap trap;
    private final FirefoxDriver raw;
    private final GuardedDriver guarded;
    private final Path log;
    private long logOffset;

    FirefoxBrowser() throws IOException {
        File gecko = new File(System.getProperty("geckodriver", "target/drivers/geckodriver"));
        if (!gecko.isFile()) throw new IOException("no geckodriver at " + gecko.getAbsolutePath() + ": run `mvn process-test-resources` first");
        // The Maven copy loses the execute bit.
        if (!gecko.canExecute() && !gecko.setExecutable(true)) throw new IOException("cannot make " + gecko + " executable");
        Path logs = Paths.get("target", "browser-logs").toAbsolutePath();
        Files.createDirectories(logs);
        log = Files.createTempFile(logs, "geckodriver-", ".log");
        trap = new RequestTrap();
        GeckoDriverService service = new OldGeckoBuilder()
                .usingDriverExecutable(gecko)
                .usingAnyFreePort()
                .withTimeout(BrowserSession.WAIT)
                .withLogFile(log.toFile())
                // Firefox honours services.settings.server (below) only with this set; geckodriver passes it on.
                .withEnvironment(java.util.Map.of("MOZ_REMOTE_SETTINGS_DEVTOOLS", "1"))
                .build();
        FirefoxOptions options = new FirefoxOptions();
        options.setBinary(System.getProperty("firefox", "/usr/bin/firefox-esr"));
        options.addArguments("-headless");
        options.addPreference("devtools.console.stdout.content", true);
        // A fresh offline profile: no first-run pages, updates, telemetry or captive-portal probes.
        options.addPreference("browser.shell.checkDefaultBrowser", false);
        options.addPreference("app.update.disabledForTesting", true);
        options.addPreference("datareporting.policy.dataSubmissionEnabled", false);
        options.addPreference("network.captive-portal-service.enabled", false);
        options.addPreference("network.connectivity-service.enabled", false);
        options.addPreference("browser.safebrowsing.update.enabled", false);
        options.addPreference("app.normandy.enabled", false);
        // Firefox's own background traffic would reach the request trap as if the page had asked for it.
        options.addPreference("services.settings.server", "data:,#remote-settings-dummy/v1");
        options.addPreference("messaging-system.rsexperimentloader.enabled", false);
        options.addPreference("app.shield.optoutstudies.enabled", false);
        options.addPreference("app.normandy.api_url", "");
        options.addPreference("browser.region.network.url", "");
        options.addPreference("browser.region.update.enabled", false);
        options.addPreference("browser.search.update", false);
        options.addPreference("browser.safebrowsing.malware.enabled", false);
        options.addPreference("browser.safebrowsing.phishing.enabled", false);
        options.addPreference("browser.safebrowsing.downloads.enabled", false);
        options.addPreference("extensions.update.enabled", false);
        options.addPreference("extensions.blocklist.enabled", false);
        options.addPreference("extensions.getAddons.cache.enabled", false);
        options.addPreference("datareporting.healthreport.uploadEnabled", false);
        options.addPreference("toolkit.telemetry.enabled", false);
        options.addPreference("toolkit.telemetry.server", "");
        options.addPreference("browser.ping-centre.telemetry", false);
        options.addPreference("identity.fxaccounts.enabled", false);
        options.addPreference("browser.topsites.contile.enabled", false);
        options.addPreference("browser.newtabpage.activity-stream.feeds.topsites", false);
        options.addPreference("browser.newtabpage.activity-stream.feeds.system.topstories", false);
        options.addPreference("captivedetect.canonicalURL", "");
        options.addPreference("network.dns.disablePrefetch", true);
        options.addPreference("network.prefetch-next", false);
        options.addPreference("network.http.speculative-parallel-limit", 0);
        options.addPreference("network.trr.mode", 5);
        options.setProxy(trap.proxy());
        try {
            raw = new FirefoxDriver(service, options);
        } catch (RuntimeException e) {
            trap.close();
            throw e;
        }
        // Firefox ignores --width/--height when headless; the window is sized through the driver.
        raw.manage().window().setSize(new Dimension(1280, 1000));
        guarded = new GuardedDriver(raw);
    }

    @Override
    public WebDriver driver() {
        return guarded.driver();
    }

    @Override
    public List<String> read() {
        List<String> out = guarded.read();
        out.addAll(logProblems());
        for (String r : trap.read()) if (!firefoxOwn(r)) out.add(r);
        return out;
    }

    /**
     * New entries of the log that are the page's console errors or uncaught errors. An entry is a line with its
     * continuation lines (a stack); one that mentions resource:// or chrome:// anywhere is Firefox's own code.
     */
    private List<String> logProblems() {
        List<String> out = new ArrayList<>();
        String text;
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            if (f.length() <= logOffset) return out;
            f.seek(logOffset);
            byte[] bytes = new byte[(int) (f.length() - logOffset)];
            f.readFully(bytes);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') end--;
            logOffset += end;
            text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<StringBuilder> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (entries.isEmpty() || startsEntry(line)) entries.add(new StringBuilder(line));
            else entries.get(entries.size() - 1).append('\n').append(line);
        }
        for (StringBuilder e : entries) {
            String entry = e.toString();
            if (entry.contains("resource://") || entry.contains("chrome://")) continue;
            if (entry.startsWith("console.error:") || entry.startsWith("JavaScript error:")) out.add("firefox log: " + entry.trim());
        }
        return out;
    }

    /** Console lines, script errors, geckodriver's timestamped lines and Firefox's bracketed or starred notes begin an entry. */
    private static boolean startsEntry(String line) {
        return line.startsWith("console.") || line.startsWith("JavaScript ") || line.startsWith("[") || line.startsWith("*")
                || (!line.isEmpty() && Character.isDigit(line.charAt(0)));
    }

    /** Firefox's own services (settings, experiments, icons), which it calls whatever page is open; the page never does. */
    private static boolean firefoxOwn(String request) {
        String host = request.replaceFirst("^network request: (CONNECT |[A-Z]+ https?://)", "").replaceFirst("[:/].*$", "");
        for (String own : new String[] {"mozilla.com", "mozilla.net", "mozilla.org", "firefox.com", "mozaws.net"}) {
            if (host.equals(own) || host.endsWith("." + own)) return true;
        }
        return false;
    }

    @Override
    public void close() {
        try {
            raw.quit();
        } finally {
            trap.close();
        }
    }

    /**
     * Selenium 4.52 passes --websocket-port and --allow-origins (for BiDi), which geckodriver 0.29.1 does not know:
     * it exits with status 64. They are dropped with their values; the tests use no BiDi.
     */
    private static final class OldGeckoBuilder extends GeckoDriverService.Builder {
        @Override
        protected List<String> createArgs() {
            List<String> in = super.createArgs();
            List<String> out = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                String a = in.get(i);
                if (a.equals("--websocket-port")) {
                    i++;
                } else if (a.equals("--allow-origins")) {
                    while (i + 1 < in.size() && !in.get(i + 1).startsWith("--")) i++;
                } else if (!a.startsWith("--websocket-port=") && !a.startsWith("--allow-origins=")) {
                    out.add(a);
                }
            }
            return out;
        }
    }
}
