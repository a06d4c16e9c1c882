package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a separate JVM by {@link KillDuringEffectTest}: a real run whose step makes its effect at
 * the "remote" (appends the ticket to a file), prints {@code intent written} and then hangs until
 * the test kills the JVM with {@code kill -9}, so the journal keeps the intent without the result.
 *
 * <p>Arguments: journal URL, journal user ({@code -} for none), remote file, effect key.
 */
public final class CrashingRunMain {
    public static final String SIGNAL = "intent written";

    private CrashingRunMain() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path remote = Path.of(args[2]);
        String key = args[3];
        TestModule module = TestModule.of(KillDuringEffectTest.step(key, remote, () -> {
            Files.writeString(remote, "G3-77\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            System.out.println(SIGNAL);
            System.out.flush();
            new CountDownLatch(1).await();
            return "G3-77";
        }));
        RoteiroBuilder builder = Roteiro.builder().withModules(module).journalUrl(url).progress(ProgressListener.NONE);
        if (!args[1].equals("-")) {
            builder.journalUser(args[1]).journalPassword(Secret.of(""));
        }
        try (Roteiro roteiro = builder.build()) {
            StepResult never = StepResult.of(StepStatus.FAILED, "unreachable");
            System.out.println(roteiro.run().steps().isEmpty() ? never : List.of());
        }
    }
}
