package backprop.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A folder served over http://127.0.0.1 for the tests a file:// page cannot make: an LMS frame around the packaged
 * tutor (same origin, as an LMS serves its packages) and the service worker, which runs over http(s) only.
 * A path ending in "/" serves its index.html; {@link #override} replaces one file's bytes, {@link #hold} keeps one
 * waiting until {@link #release} (a slow network, made exact); nothing leaves the machine.
 */
final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    private final Path root;
    private final Map<String, byte[]> overrides = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    /** One thread a request, so that a held file does not hold up the others. */
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private boolean closed;

    LocalServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.endsWith("/")) path += "index.html";
                CountDownLatch hold = held.get(path);
                if (hold != null) hold.await(BrowserSession.WAIT.toSeconds() * 4, TimeUnit.SECONDS);
                byte[] body = overrides.get(path);
                Path file = this.root.resolve(path.substring(1)).normalize();
                if (body == null && file.startsWith(this.root) && Files.isRegularFile(file)) body = Files.readAllBytes(file);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", type(path));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    /** The address of a path under the root ("course/index.html"). */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void override(String path, byte[] body) {
        overrides.put(path, body);
    }

    /**
     * Fails the test with what the browser's guards saw since the last read, less the page's requests to this
     * server, which are what a served page makes.
     */
    void assertNothingElse(Browser browser) {
        List<String> problems = new ArrayList<>();
        for (String p : browser.read()) if (!p.startsWith("network request: " + origin() + "/")) problems.add(p);
        if (!problems.isEmpty()) fail("The page misbehaved during the test:\n  " + String.join("\n  ", problems));
    }

    /** Requests for the path ("/site/symbolic.js") wait, unanswered, until {@link #release}. */
    void hold(String path) {
        held.put(path, new CountDownLatch(1));
    }

    /** Answers the held requests for the path, and every later one at once. */
    void release(String path) {
        CountDownLatch l = held.remove(path);
        if (l != null) l.countDown();
    }

    /** Serves the file on disk again. */
    void restore(String path) {
        overrides.remove(path);
    }

    private static String type(String path) {
        if (path.endsWith(".html")) return "text/html; charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (path.endsWith(".css")) return "text/css; charset=utf-8";
        if (path.endsWith(".json")) return "application/json";
        if (path.endsWith(".xml")) return "application/xml";
        return "application/octet-stream";
    }

    /** Stops serving: every later request is refused, as by a machine that is offline. Closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        for (String path : held.keySet()) release(path);
        server.stop(0);
        threads.shutdownNow();
    }
}
