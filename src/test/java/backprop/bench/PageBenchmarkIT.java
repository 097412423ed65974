package backprop.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.exercise.ExerciseJson;
import backprop.notation.Num;
import backprop.random.Prng;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The page benchmark: one headless Chromium run that prints a table of start-up, open and verdict times.
 * It measures, it asserts nothing about speed (a slow machine is no failed build). Run it with
 *
 * <pre>mvn -B verify -Dbenchmark=true -Dit.test=PageBenchmarkIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Ready: the page's own performance mark "tutor-ready" after a fresh file:// load of worksheet 004, beside the
 * load event of a blank page in the same browser. Open: from the drop of an exercise file onto the page to its
 * "tutor-open" mark. Verdict: one change event on an answer field, handled and laid out, for every cell in order,
 * each typed with its right value; the 21-cell exercise is opened and answered in 5 fresh loads and the larger ones
 * in 3, their verdicts pooled and their open time the median (the "loads" column). Heap: after answering every cell of the largest exercise, after a GC.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PageBenchmarkIT {

    private static final int RUNS = 7;
    /** Fresh loads over which the worksheet-sized exercise's verdicts are pooled (5 × 21 = 105 verdicts). */
    private static final int LOADS_SMALL = 5;
    /** Fresh loads over which each larger exercise's open time is the median and its verdicts are pooled. */
    private static final int LOADS_LARGE = 3;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void printTheTable() throws Exception {
        Path site = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        Path work = Paths.get("target", "bench").toAbsolutePath();
        Files.createDirectories(work);
        Path blank = work.resolve("blank.html");
        Files.writeString(blank, "<!doctype html><html lang=en><head><meta charset=utf-8><title>blank</title></head><body></body></html>");

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--allow-file-access-from-files", "--js-flags=--expose-gc", "--enable-precise-memory-info");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        StringBuilder out = new StringBuilder();
        try {
            JavascriptExecutor js = driver;
            String index = site.resolve("index.html").toUri().toString();
            double[] blanks = new double[RUNS];
            double[] readies = new double[RUNS];
            for (int k = 0; k < RUNS; k++) {
                driver.get("about:blank");
                driver.get(blank.toUri().toString());
                blanks[k] = number(js.executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd;"));
                driver.get(index);
                js.executeScript("localStorage.clear();");
                driver.get("about:blank");
                driver.get(index + "#preset=004-relu-231");
                readies[k] = number(js.executeScript("var m=performance.getEntriesByName('tutor-ready');return m.length?m[0].startTime:-1;"));
            }
            double blankMs = median(blanks);
            double readyMs = median(readies);
            out.append("\nPage benchmark, ").append(LocalDate.now()).append(", ").append(machine())
                    .append(", Chromium ").append(driver.getCapabilities().getBrowserVersion()).append('\n');
            out.append(String.format("  site (index.html, style.css, tutor.js, sw.js): %d bytes gzip (budget 102,400)%n", gzipSize(site)));
            out.append(String.format("  ready from file:// (worksheet 004): %.0f ms median of %d; blank page %.0f ms; ratio %.1f×%n",
                    readyMs, RUNS, blankMs, readyMs / blankMs));
            out.append(String.format("  %-22s %6s %6s %9s %11s %11s %11s %9s%n", "exercise", "cells", "loads", "open ms", "verdict p50", "p95", "max", "heap MB"));
            for (int[] sizes : new int[][] {{2, 3, 1}, {9, 10, 10, 2}, {16, 24, 24, 8}}) {
                String text = exercise(sizes);
                Solution sol = Solver.solve(ExerciseJson.parse(text));
                List<Cell> cells = sol.sheet().asked();
                List<String> ids = new ArrayList<>();
                List<String> values = new ArrayList<>();
                for (Cell c : cells) {
                    ids.add(c.id());
                    values.add(Num.ascii(c.value(), 15));
                }
                // A worksheet-sized exercise gives too few verdicts in one load for a p95 to mean anything (it would
                // be the second slowest of 21): it is opened and answered in LOADS_SMALL fresh loads, times pooled.
                // One open is a single sample, which one pause of the machine can double: the larger exercises'
                // open times are the median of LOADS_LARGE loads.
                int loads = cells.size() < 100 ? LOADS_SMALL : LOADS_LARGE;
                double[] opens = new double[loads];
                List<Double> pooled = new ArrayList<>();
                double heap = 0;
                for (int run = 0; run < loads; run++) {
                    driver.get(index);
                    js.executeScript("localStorage.clear();");
                    driver.get("about:blank");
                    driver.get(index + "#preset=004-relu-231");
                    opens[run] = number(js.executeAsyncScript(
                            "var done=arguments[arguments.length-1],text=arguments[0];"
                            + "var dt=new DataTransfer();dt.items.add(new File([text],'bench.json',{type:'application/json'}));"
                            + "var before=performance.getEntriesByName('tutor-open').length,t0=performance.now();"
                            + "document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop',{dataTransfer:dt,bubbles:true,cancelable:true}));"
                            + "(function wait(){var m=performance.getEntriesByName('tutor-open');"
                            + "if(m.length>before){document.body.offsetHeight;done(performance.now()-t0);}else setTimeout(wait,1);})();", text));
                    @SuppressWarnings("unchecked")
                    List<Object> times = (List<Object>) js.executeScript(
                            "var ids=arguments[0],vals=arguments[1],out=[];"
                            + "for(var k=0;k<ids.length;k++){var i=document.getElementById('answer-'+ids[k]);i.value=vals[k];"
                            + "var t=performance.now();i.dispatchEvent(new Event('change'));document.body.offsetHeight;out.push(performance.now()-t);}"
                            + "return out;", ids, values);
                    for (Object o : times) pooled.add(number(o));
                    Object correct = js.executeScript("return document.getElementById('score').getAttribute('data-first-try');");
                    assertTrue(String.valueOf(cells.size()).equals(String.valueOf(correct)),
                            "every right answer was judged right (" + correct + " of " + cells.size() + ")");
                    heap = number(js.executeScript("if(window.gc)gc();return performance.memory?performance.memory.usedJSHeapSize:-1;")) / 1e6;
                }
                double[] t = new double[pooled.size()];
                for (int k = 0; k < t.length; k++) t[k] = pooled.get(k);
                Arrays.sort(t);
                out.append(String.format("  %-22s %6d %6d %9.0f %11.2f %11.2f %11.2f %9.1f%n", sizesText(sizes), cells.size(), loads, median(opens),
                        t[t.length / 2], t[(int) Math.ceil(t.length * 0.95) - 1], t[t.length - 1], heap));
                System.out.println(out);
            }
        } finally {
            driver.quit();
        }
        System.out.println(out);
        Files.writeString(Paths.get("target", "bench", "page-benchmark.txt"), out.toString());
    }

    /**
     * A ReLU net with one-decimal weights, a linear output and squared loss, in the exercise file format, asking its
     * backward pass (21, 276 and 1,320 cells for the three sizes, the counts the figures were first taken at).
     */
    static String exercise(int[] sizes) {
        Prng rng = new Prng(sizes.length * 1000L + sizes[0]);
        StringBuilder sb = new StringBuilder("{\"title\": \"Benchmark ").append(sizesText(sizes)).append("\", \"loss\": \"half-sum-squared\", ")
                .append("\"learningRate\": 0.01, \"stages\": [\"backward\"], \"input\": ").append(vector(rng, sizes[0])).append(", \"target\": ")
                .append(vector(rng, sizes[sizes.length - 1])).append(", \"layers\": [");
        for (int l = 1; l < sizes.length; l++) {
            if (l > 1) sb.append(", ");
            sb.append("{\"activation\": \"").append(l == sizes.length - 1 ? "linear" : "relu").append("\", \"weights\": [");
            for (int j = 0; j < sizes[l]; j++) sb.append(j == 0 ? "" : ", ").append(vector(rng, sizes[l - 1]));
            sb.append("], \"bias\": ").append(vector(rng, sizes[l])).append('}');
        }
        return sb.append("]}").toString();
    }

    private static String vector(Prng rng, int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < n; k++) sb.append(k == 0 ? "" : ", ").append(Num.ascii(Math.round(rng.uniform(-1, 1) * 10) / 10.0, 3));
        return sb.append(']').toString();
    }

    private static String sizesText(int[] sizes) {
        StringBuilder sb = new StringBuilder();
        for (int s : sizes) sb.append(sb.length() == 0 ? "" : "-").append(s);
        return sb.toString();
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    private static long gzipSize(Path site) throws Exception {
        long total = 0;
        // The files the budget counts (build/SiteSize.java): the modules loaded on demand are not among them.
        for (String f : List.of("index.html", "style.css", "tutor.js", "sw.js")) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (GZIPOutputStream g = new GZIPOutputStream(b)) {
                g.write(Files.readAllBytes(site.resolve(f)));
            }
            total += b.size();
        }
        return total;
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", Java " + System.getProperty("java.version");
    }
}
