package backprop.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Where the page spends its time opening the benchmark's largest exercise and answering its cells: a CPU profile
 * through the DevTools protocol, self time per function, printed. For finding slow code, not for figures; build
 * with -Dsite.minify=false to see names:
 *
 * <pre>mvn -B verify -Dsite.minify=false -Dprofile=true -Dit.test=PageProfileIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * -Dprofile.dump=DIR also writes each phase's profile there (start.cpuprofile, open.cpuprofile, …), which Chromium's
 * DevTools opens. Its attribution of short calls is not to be trusted: TeaVM's string making showed as a sixth of
 * opening a file, and making it faster changed nothing measurable.
 */
@EnabledIfSystemProperty(named = "profile", matches = "true")
class PageProfileIT {

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    @SuppressWarnings("unchecked")
    void printTheHotFunctions() throws Exception {
        Path site = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        // -Dprofile.sizes=9,10,10,2 profiles the benchmark's middle exercise instead.
        int[] sizes = java.util.Arrays.stream(System.getProperty("profile.sizes", "16,24,24,8").split(",")).mapToInt(Integer::parseInt).toArray();
        String text = PageBenchmarkIT.exercise(sizes);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--allow-file-access-from-files");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
        try {
            JavascriptExecutor js = driver;
            String index = site.resolve("index.html").toUri().toString();
            driver.get(index);
            js.executeScript("localStorage.clear();");
            driver.get("about:blank");
            driver.get(index + "#preset=004-relu-231");
            driver.executeCdpCommand("Profiler.enable", Map.of());
            driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
            for (String phase : List.of("start", "answer004", "open", "answer")) {
                driver.executeCdpCommand("Profiler.start", Map.of());
                long t0 = System.nanoTime();
                if (phase.equals("start")) {
                    for (int k = 0; k < 5; k++) {
                        driver.get("about:blank");
                        driver.get(index + "#preset=004-relu-231");
                    }
                } else if (phase.equals("answer004")) {
                    for (int k = 0; k < 5; k++) {
                        js.executeScript("var l=document.querySelectorAll('#cell-list input.answer');"
                                + "for(var k=0;k<l.length;k++){l[k].value='0.'+k;l[k].dispatchEvent(new Event('change'));document.body.offsetHeight;}");
                    }
                } else if (phase.equals("open")) {
                    js.executeAsyncScript("var done=arguments[arguments.length-1],text=arguments[0];"
                            + "var dt=new DataTransfer();dt.items.add(new File([text],'bench.json',{type:'application/json'}));"
                            + "var before=performance.getEntriesByName('tutor-open').length;"
                            + "document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop',{dataTransfer:dt,bubbles:true,cancelable:true}));"
                            + "(function wait(){if(performance.getEntriesByName('tutor-open').length>before)done();else setTimeout(wait,1);})();", text);
                } else {
                    js.executeScript("var l=document.querySelectorAll('#cell-list input.answer');"
                            + "for(var k=0;k<l.length;k++){l[k].value='0.5';l[k].dispatchEvent(new Event('change'));document.body.offsetHeight;}");
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                Map<String, Object> result = driver.executeCdpCommand("Profiler.stop", Map.of());
                Map<String, Object> profile = (Map<String, Object>) result.get("profile");
                System.out.println("\n== " + phase + ": " + ms + " ms");
                if (System.getProperty("profile.dump") != null)
                    Files.writeString(Paths.get(System.getProperty("profile.dump"), phase + ".cpuprofile"), new org.openqa.selenium.json.Json().toJson(profile));
                print(profile);
            }
        } finally {
            driver.quit();
        }
    }

    /** Self and total (inclusive) time per function, the largest totals (45, or -Dprofile.rows=N). */
    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> profile) {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) profile.get("nodes");
        List<Number> samples = (List<Number>) profile.get("samples");
        List<Number> deltas = (List<Number>) profile.get("timeDeltas");
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> parent = new HashMap<>();
        for (Map<String, Object> n : nodes) {
            long id = ((Number) n.get("id")).longValue();
            Map<String, Object> f = (Map<String, Object>) n.get("callFrame");
            names.put(id, f.get("functionName") + " :" + f.get("lineNumber"));
            List<Number> children = (List<Number>) n.get("children");
            if (children != null) for (Number c : children) parent.put(c.longValue(), id);
        }
        Map<String, Double> self = new HashMap<>();
        Map<String, Double> total = new HashMap<>();
        for (int k = 0; k < samples.size(); k++) {
            long id = samples.get(k).longValue();
            double ms = deltas.get(k).doubleValue() / 1000.0;
            self.merge(names.get(id), ms, Double::sum);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Long n = id; n != null; n = parent.get(n)) if (seen.add(names.get(n))) total.merge(names.get(n), ms, Double::sum);
        }
        List<Map.Entry<String, Double>> list = new ArrayList<>(total.entrySet());
        list.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        for (int k = 0; k < Math.min(Integer.getInteger("profile.rows", 45), list.size()); k++) {
            System.out.printf("  total %8.1f ms  self %8.1f ms  %s%n", list.get(k).getValue(), self.getOrDefault(list.get(k).getKey(), 0.0),
                    list.get(k).getKey());
        }
    }
}
