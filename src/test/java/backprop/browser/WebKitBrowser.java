package backprop.browser;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * WebKitGTK's MiniBrowser (the engine family of Safari) through WebKitWebDriver, on an Xvfb display this class
 * starts, since MiniBrowser has no headless mode. Its driver reports neither console nor requests, so the guards
 * are the in-page {@link PageGuard} and the {@link RequestTrap} proxy. Stopped in the order driver, WebKitWebDriver, Xvfb.
 */
final class WebKitBrowser implements Browser {

    private static final String MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

    private final Xvfb xvfb;
    private final RequestTrap trap;
    private final Process webDriver;
    private final RemoteWebDriver raw;
    private final GuardedDriver guarded;

    WebKitBrowser() throws IOException {
        String binary = System.getProperty("minibrowser", MINIBROWSER);
        if (!new File(binary).canExecute()) throw new IOException("no MiniBrowser at " + binary + " (Debian package webkit2gtk-driver)");
        xvfb = new Xvfb();
        Process started = null;
        RequestTrap requestTrap = null;
        try {
            requestTrap = new RequestTrap();
            int port = freePort();
            Path logs = Paths.get("target", "browser-logs").toAbsolutePath();
            Files.createDirectories(logs);
            ProcessBuilder pb = new ProcessBuilder(System.getProperty("webkitdriver", "/usr/bin/WebKitWebDriver"), "--port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(Files.createTempFile(logs, "webkitwebdriver-", ".log").toFile());
            pb.environment().put("DISPLAY", xvfb.display());
            started = pb.start();
            awaitStatus(port, started);
            MutableCapabilities caps = new MutableCapabilities();
            caps.setCapability("browserName", "MiniBrowser");
            // Without the two file-URL settings a file:// page's errors reach the window's error event only as "Script error.".
            caps.setCapability("webkitgtk:browserOptions", Map.of("binary", binary, "args", List.of("--automation",
                    "--allow-file-access-from-file-urls=true", "--allow-universal-access-from-file-urls=true")));
            caps.setCapability("proxy", requestTrap.proxy());
            raw = new RemoteWebDriver(new URL("http://127.0.0.1:" + port), caps);
        } catch (IOException | RuntimeException e) {
            if (started != null) stop(started);
            if (requestTrap != null) requestTrap.close();
            xvfb.close();
            throw e;
        }
        webDriver = started;
        trap = requestTrap;
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
        out.addAll(trap.read());
        return out;
    }

    @Override
    public void close() {
        try {
            raw.quit();
        } finally {
            stop(webDriver);
            trap.close();
            xvfb.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Waits until WebKitWebDriver answers /status, or fails when it exits or the wait runs out. */
    private static void awaitStatus(int port, Process p) throws IOException {
        long end = System.nanoTime() + BrowserSession.WAIT.toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) throw new IOException("WebKitWebDriver exited with status " + p.exitValue() + " (see target/browser-logs)");
            try {
                HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/status").openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for WebKitWebDriver", e);
            }
        }
        throw new IOException("WebKitWebDriver did not answer on port " + port + " within " + BrowserSession.WAIT.toSeconds() + " s");
    }

    private static void stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
