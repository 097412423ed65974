package backprop.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A virtual X display for engines without a headless mode (WebKitGTK's MiniBrowser). Xvfb picks a free
 * display number itself and writes it to the descriptor given with -displayfd, so parallel runs never collide.
 * The screen is tall enough for the README screenshot's window (1100 × 3200).
 */
final class Xvfb implements AutoCloseable {

    private final Process process;
    private final String display;

    Xvfb() throws IOException {
        process = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x3400x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String number;
        try {
            number = line.get(BrowserSession.WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            number = null;
        }
        if (number == null || !number.trim().matches("[0-9]+")) {
            close();
            throw new IOException("Xvfb did not report a display (is the xvfb package installed?): " + number);
        }
        display = ":" + number.trim();
    }

    /** The value for DISPLAY, e.g. ":99". */
    String display() {
        return display;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
