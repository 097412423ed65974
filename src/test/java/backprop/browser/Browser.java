package backprop.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** One running browser of one engine: its driver, and what its guards saw go wrong. */
interface Browser extends AutoCloseable {

    WebDriver driver();

    /** Console errors, uncaught errors and non-local requests seen since the last call. */
    List<String> read();

    /**
     * The page's pixels in a rectangle of CSS pixels of the document. This default takes the window's screenshot
     * and cuts the rectangle out of it, so the rectangle must lie inside the window once scrolled to the top.
     */
    default byte[] screenshot(long x, long y, long width, long height) {
        WebDriver d = driver();
        ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0);");
        Number ratio = (Number) ((JavascriptExecutor) d).executeScript("return window.devicePixelRatio || 1;");
        Number inner = (Number) ((JavascriptExecutor) d).executeScript("return window.innerHeight;");
        if (y + height > inner.longValue()) {
            throw new IllegalStateException("the rectangle ends at " + (y + height) + " px, below the window (" + inner + " px)");
        }
        try {
            BufferedImage whole = ImageIO.read(new ByteArrayInputStream(((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES)));
            double r = ratio.doubleValue();
            int w = (int) Math.min(Math.round(width * r), whole.getWidth() - Math.round(x * r));
            int h = (int) Math.min(Math.round(height * r), whole.getHeight() - Math.round(y * r));
            BufferedImage part = whole.getSubimage((int) Math.round(x * r), (int) Math.round(y * r), w, h);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(part, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the browser, its driver and anything started for them. */
    @Override
    void close();
}
