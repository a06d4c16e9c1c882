package br.com.webplanet.roteiro.examples.report;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Debian {@code chromium} package headless, isolated: a fresh profile, no background
 * services, name resolution disabled and every request sent to a local {@link CountingProxy}.
 * Missing Chromium fails the test when env {@code CI} is set and skips it otherwise.
 */
public final class HeadlessChromium {
    private final Path binary;
    private final Path workDir;
    private final CountingProxy proxy;

    private HeadlessChromium(Path binary, Path workDir, CountingProxy proxy) {
        this.binary = binary;
        this.workDir = workDir;
        this.proxy = proxy;
    }

    public static HeadlessChromium require(Path workDir, CountingProxy proxy) {
        String configured = System.getenv("ROTEIRO_CHROMIUM");
        Path binary = Path.of(configured != null ? configured : "/usr/bin/chromium");
        if (!Files.isExecutable(binary)) {
            if (System.getenv("CI") != null) {
                fail("Chromium not found at " + binary + " (apt-get install -y chromium); required when CI is set");
            }
            assumeTrue(false, "Chromium not found at " + binary + "; skipping the browser test (set CI to make it fail)");
        }
        return new HeadlessChromium(binary, workDir, proxy);
    }

    /** The DOM after the page loaded, as Chromium serialises it. */
    public String dumpDom(Path page) throws IOException, InterruptedException {
        return new String(run(List.of("--dump-dom", page.toUri().toString())), StandardCharsets.UTF_8);
    }

    /** A PNG screenshot of the page. */
    public Path screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of("--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars",
                page.toUri().toString()));
        return png;
    }

    private byte[] run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--disable-domain-reliability", "--no-pings", "--disable-breakpad",
                "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate",
                "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--proxy-server=http://127.0.0.1:" + proxy.port()));
        command.addAll(args);
        Path stderr = workDir.resolve("chromium-stderr.log");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish in 60 s; see " + stderr);
        }
        if (process.exitValue() != 0) {
            fail("Chromium exited with " + process.exitValue() + ": " + Files.readString(stderr));
        }
        return out;
    }
}
