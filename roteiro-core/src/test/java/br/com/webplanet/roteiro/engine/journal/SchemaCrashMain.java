package br.com.webplanet.roteiro.engine.journal;

import java.util.concurrent.CountDownLatch;

/**
 * Run in a separate JVM by {@link SchemaCrashTest}: opens the journal database and migrates it, and just before
 * migration step {@code n} prints {@link #SIGNAL} and hangs until the test kills the JVM with {@code kill -9}.
 *
 * <p>Arguments: journal URL, journal user ({@code -} for none), step number.
 */
public final class SchemaCrashMain {
    public static final String SIGNAL = "about to run schema step";

    private SchemaCrashMain() {}

    public static void main(String[] args) {
        String user = args[1].equals("-") ? null : args[1];
        int killAt = Integer.parseInt(args[2]);
        Database database = new Database(JournalStore.durable(args[0]), user, user == null ? null : "");
        Schema.migrate(database, step -> {
            if (step == killAt) {
                System.out.println(SIGNAL + " " + step);
                System.out.flush();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        System.out.println("migrated without reaching step " + killAt);
    }
}
