package br.com.webplanet.roteiro.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import br.com.webplanet.roteiro.config.TestConfigs.ArchitectsConfig;
import br.com.webplanet.roteiro.config.TestConfigs.MailConfig;
import br.com.webplanet.roteiro.config.TestConfigs.TexturaConfig;
import br.com.webplanet.roteiro.engine.EngineConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the configuration loader mutated configuration files (a seeded mutator over roteiro.example.yaml and a
 * file shaped like the test records: byte flips, YAML tokens such as anchors, aliases, tags, flow brackets and
 * document markers, cut, repeated and deleted ranges) and checks that each one either loads and validates or is
 * refused with a {@link ConfigurationException} naming the file — never another exception, never a hang.
 *
 * <p>Runs {@value #DEFAULT_SECONDS} seconds in the suite; search longer with
 * {@code mvn -pl roteiro-core verify -Dtest=ConfigLoaderFuzzTest -Droteiro.fuzz.seconds=600}
 * (and {@code -Droteiro.fuzz.seed=N} to replay a run; a failure prints its seed and keeps the input).
 */
class ConfigLoaderFuzzTest {
    static final int DEFAULT_SECONDS = 3;
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final List<ConfigBinding> BINDINGS = List.of(
            new ConfigBinding(EngineConfig.class, EngineConfig.PREFIX), new ConfigBinding(MailConfig.class, "mail"),
            new ConfigBinding(ArchitectsConfig.class, "architects"), new ConfigBinding(TexturaConfig.class, "textura"));
    private static final String RECORDS_FILE = """
            roteiro:
              step-timeout: 20m
              locale: pt-BR
            mail:
              imap:
                host: imap.example.com
                port: 993
                user: suporte@example.com
                password: ${ENV:MAIL_PASSWORD}
              poll-interval: 5m
              folders: [INBOX, "Chamados/Novos"]
              reply-to: suporte@example.com
              mode: once
            architects:
              sheet: https://sheets.example.com/a.csv
              zone: America/Sao_Paulo
              at: "08:30"
              since: 2026-01-02
              dir: /tmp/roteiro
              limits: {a: 1, b: 2}
            textura:
              base-url: https://textura.example.com
              token: tk-abcdef
            """;
    private static final String[] TOKENS = {"&a ", "*a", "<<: *a\n", "[", "]", "{", "}", "- ", ": ", "\t", "!!binary ",
            "!!java.lang.Object ", "!<tag:yaml.org,2002:str> ", "${ENV:", "${ENV:X}", "%YAML 1.1\n", "---\n", "...\n",
            "|\n", ">-\n", "'", "\"", "\\u0000", "\u0000", "# ", "? ", "\n  ", "\n", "~", "null", "true", "0x7fffffff",
            "99999999999999999999999999", "-1", "1e400", "P1D", "25:99", "2026-02-30", "\uFEFF", "\uD800", ",", "@",
            "`", "&b [*a, *a, *a, *a]\n", "x".repeat(70_000)};
    private static final String BILLION_LAUGHS = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
            + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "config-fuzz");
        t.setDaemon(true);
        return t;
    });

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void mutatedFilesLoadOrFailWithAConfigurationException() throws Exception {
        long seed = Long.getLong("roteiro.fuzz.seed", System.nanoTime());
        long seconds = Long.getLong("roteiro.fuzz.seconds", DEFAULT_SECONDS);
        Random random = new Random(seed);
        List<byte[]> seeds = List.of(example(), RECORDS_FILE.getBytes(StandardCharsets.UTF_8),
                BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int inputs = 0;
        int refused = 0;
        while (System.nanoTime() < deadline || inputs < 20) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            inputs++;
            if (!loadsOrIsRefusedClearly(input, seed, inputs)) {
                refused++;
            }
        }
        assertThat(inputs).isGreaterThanOrEqualTo(20);
        assertThat(refused).as("a mutator that never breaks the file tests nothing").isPositive();
    }

    @Test
    void aliasBombsDeepNestingAndHugeFilesAreRefusedQuickly() throws Exception {
        for (String input : List.of(BILLION_LAUGHS, "a: " + "[".repeat(100_000), "a: " + "{b: ".repeat(50_000),
                "roteiro:\n  locale: \"" + "x".repeat(2 << 20) + "\"\n", "- ".repeat(100_000) + "x")) {
            assertThat(loadsOrIsRefusedClearly(input.getBytes(StandardCharsets.UTF_8), 0, 0)).isFalse();
        }
    }

    /** True when the file loaded and validated; false when refused with a clear ConfigurationException. */
    private boolean loadsOrIsRefusedClearly(byte[] input, long seed, int number) throws Exception {
        Path file = dir.resolve("roteiro.yaml");
        Files.write(file, input);
        Future<Throwable> outcome = worker.submit(() -> catchThrowable(() -> RoteiroConfiguration
                .load(file, Map.of("MAIL_PASSWORD", "pw", "X", "y")).validate(BINDINGS)));
        Throwable thrown;
        try {
            thrown = outcome.get(PER_INPUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            Path kept = keep(input, seed, number);
            return fail("input %d of seed %d took more than %s (kept in %s)", number, seed, PER_INPUT, kept);
        }
        if (thrown == null) {
            return true;
        }
        if (!(thrown instanceof ConfigurationException) || thrown.getMessage() == null
                || !thrown.getMessage().startsWith("roteiro.yaml")) {
            Path kept = keep(input, seed, number);
            throw new AssertionError("input " + number + " of seed " + seed + " (kept in " + kept + ") gave "
                    + thrown + " instead of a ConfigurationException naming the file", thrown);
        }
        return false;
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] out = original;
        for (int round = 1 + random.nextInt(4); round > 0; round--) {
            out = mutateOnce(out, random);
        }
        return out;
    }

    private static byte[] mutateOnce(byte[] in, Random random) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
        switch (random.nextInt(6)) {
            case 0 -> {   // flip a byte
                byte[] copy = in.clone();
                if (copy.length > 0) {
                    copy[at] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 1 -> {   // insert a YAML token
                out.write(in, 0, at);
                out.writeBytes(TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                out.write(in, at, in.length - at);
            }
            case 2 -> {   // delete a range
                int length = Math.min(in.length - at, random.nextInt(40));
                out.write(in, 0, at);
                out.write(in, at + length, in.length - at - length);
            }
            case 3 -> {   // repeat a range
                int length = Math.min(in.length - at, random.nextInt(80));
                out.write(in, 0, at + length);
                for (int i = random.nextInt(20); i >= 0; i--) {
                    out.write(in, at, length);
                }
                out.write(in, at + length, in.length - at - length);
            }
            case 4 -> out.write(in, 0, at);   // cut short
            default -> {   // swap indentation for a tab or a space
                byte[] copy = in.clone();
                for (int i = at; i < copy.length; i++) {
                    if (copy[i] == '\n' && i + 1 < copy.length) {
                        copy[i + 1] = random.nextBoolean() ? (byte) '\t' : (byte) ' ';
                        break;
                    }
                }
                return copy;
            }
        }
        return out.toByteArray();
    }

    private static byte[] example() throws IOException {
        Path example = Path.of("..", "roteiro.example.yaml");
        return Files.exists(example) ? Files.readAllBytes(example) : RECORDS_FILE.getBytes(StandardCharsets.UTF_8);
    }

    private Path keep(byte[] input, long seed, int number) throws IOException {
        Path kept = Path.of("target", "fuzz", "config-" + seed + "-" + number + ".yaml");
        Files.createDirectories(kept.getParent());
        return Files.write(kept, input);
    }
}
