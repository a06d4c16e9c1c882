package br.com.webplanet.roteiro.examples.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import br.com.webplanet.roteiro.examples.report.CountingProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through WebDriver (Debian's {@code chromium} and
 * {@code chromium-driver}), isolated like the report test's: fresh profile, no background services,
 * name resolution off and every non-loopback request sent to a {@link CountingProxy}. Missing
 * Chromium or chromedriver fails when env {@code CI} is set and skips otherwise.
 */
final class Browser implements AutoCloseable {
    final ChromeDriver driver;
    final CountingProxy proxy;

    private Browser(ChromeDriver driver, CountingProxy proxy) {
        this.driver = driver;
        this.proxy = proxy;
    }

    static Browser start(Path workDir) throws IOException {
        Path chromium = Path.of(env("ROTEIRO_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env("ROTEIRO_CHROMEDRIVER", "/usr/bin/chromedriver"));
        for (Path binary : new Path[] {chromium, chromedriver}) {
            if (!Files.isExecutable(binary)) {
                String message = binary + " not found (apt-get install -y chromium chromium-driver)";
                if (System.getenv("CI") != null) {
                    fail(message + "; required when CI is set");
                }
                assumeTrue(false, message + "; skipping the browser test (set CI to make it fail)");
            }
        }
        CountingProxy proxy = new CountingProxy();
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "pt-BR,pt"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--disable-domain-reliability",
                "--no-pings", "--disable-breakpad",
                "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate",
                "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--proxy-server=http://127.0.0.1:" + proxy.port(), "--window-size=1280,900", "--lang=pt-BR");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().withLogFile(workDir.resolve("chromedriver.log").toFile()).build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, proxy);
        } catch (RuntimeException e) {
            proxy.close();
            throw e;
        }
    }

    /**
     * Requests that left the page: the proxy's, minus Chromium's own background services and the
     * pre-connection Debian's Chromium makes to its default search engine (DuckDuckGo) whatever page it
     * shows. The tests also check that the page references no such host.
     */
    java.util.List<String> pageRequests() {
        return proxy.pageRequests().stream().filter(r -> !r.matches("CONNECT ([a-z0-9-]+\\.)*duckduckgo\\.com:443 .*"))
                .toList();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            proxy.close();
        }
    }
}
