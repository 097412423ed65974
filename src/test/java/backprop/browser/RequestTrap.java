package backprop.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Proxy;

/**
 * The network guard for engines whose driver does not report requests: the browser is given this as its
 * HTTP and HTTPS proxy, so every request the page makes for something not on disk arrives here instead of
 * leaving the machine. Each one is written down and answered 403. It listens on the loopback address only.
 */
final class RequestTrap implements AutoCloseable {

    private final ServerSocket server;
    private final List<String> seen = new ArrayList<>();
    private final Thread thread;

    RequestTrap() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "request-trap");
        thread.setDaemon(true);
        thread.start();
    }

    /** The W3C proxy capability that sends http and https to the trap. */
    Proxy proxy() {
        String address = "127.0.0.1:" + server.getLocalPort();
        Proxy p = new Proxy();
        p.setProxyType(Proxy.ProxyType.MANUAL);
        p.setHttpProxy(address);
        p.setSslProxy(address);
        return p;
    }

    /** Requests seen since the last call, as "network request: GET http://…" or "network request: CONNECT host:443". */
    synchronized List<String> read() {
        List<String> out = new ArrayList<>(seen);
        seen.clear();
        return out;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(5_000);
                String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
                if (line != null) record(line);
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // A closed server ends the loop; a client that hung up is no concern of the trap.
            }
        }
    }

    private synchronized void record(String requestLine) {
        // "GET http://host/path HTTP/1.1" → "GET http://host/path"
        int end = requestLine.lastIndexOf(" HTTP/");
        seen.add("network request: " + (end > 0 ? requestLine.substring(0, end) : requestLine));
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
