package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.LauncherModule;
import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.memory.MovableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The demo's real servers (GreenMail, the G3stor simulator, an H2 journal) with a routine built from
 * their configuration plus {@code extraYaml}, and the web runtime on a free loopback port. The
 * monitor ticks only when a test calls {@link WebRuntime#tick()}.
 */
final class WebFixture implements AutoCloseable {
    final DemoEnvironment env;
    final Roteiro roteiro;
    final WebRuntime web;
    final MovableClock clock;

    private WebFixture(DemoEnvironment env, Roteiro roteiro, WebRuntime web, MovableClock clock) {
        this.env = env;
        this.roteiro = roteiro;
        this.web = web;
        this.clock = clock;
    }

    static WebFixture start(Path dir, Instant now, String extraYaml, boolean runRoutine) throws IOException {
        MovableClock clock = new MovableClock(now, ZoneId.of("America/Sao_Paulo"));
        DemoEnvironment env = DemoEnvironment.start(dir, clock);
        try {
            Files.writeString(env.configFile(), "\n" + extraYaml, StandardOpenOption.APPEND);
            Roteiro roteiro = Roteiro.builder().withModules(new LauncherModule()).discoverModules()
                    .config(env.configFile()).environment(env.environment(new HashMap<>(System.getenv())))
                    .only(java.util.Set.copyOf(DemoEnvironment.ROUTINE)).clock(clock).build();
            WebRuntime web = null;
            try {
                if (runRoutine) {
                    roteiro.run();
                }
                web = WebRuntime.start(roteiro, new WebRuntime.Options(Optional.of(0), Duration.ofHours(12), clock,
                        java.util.Set.copyOf(DemoEnvironment.ROUTINE)));
                return new WebFixture(env, roteiro, web, clock);
            } catch (RuntimeException e) {
                roteiro.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            env.close();
            throw e;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + web.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static boolean await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        try {
            web.close();
            roteiro.close();
        } finally {
            env.close();
        }
    }

}
