package backprop.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder served over http://127.0.0.1 for the tests a file:// page cannot make: an LMS frame around the packaged
 * tutor (same origin, as an LMS serves its packages) and the service worker, which runs over http(s) only.
 * A path ending in "/" serves its index.html; {@link #override} replaces one file's bytes; nothing leaves the machine.
 */
final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    private final Path root;
    private final Map<String, byte[]> overrides = new ConcurrentHashMap<>();
    private boolean closed;

    LocalServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.endsWith("/")) path += "index.html";
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
            }
        });
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
        server.stop(0);
    }
}
