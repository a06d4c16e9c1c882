package br.com.webplanet.roteiro.examples.watch;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.LauncherModule;
import br.com.webplanet.roteiro.examples.RoteiroCli;
import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.spi.StepStatus;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roteiro watch} as a real child JVM against GreenMail and the G3stor simulator. */
class WatchCommandTest {
    private static final String NEW_MAIL_ID = "<watch-1@padariaestrela.com.br>";

    @TempDir
    Path dir;

    @Test
    void mailDeliveredWhileWatchingBecomesATicketTheRoutineRunsAndSigtermStopsWithTheJournalConsistent() throws Exception {
        try (DemoEnvironment env = DemoEnvironment.start(dir, Clock.systemDefaultZone())) {
            Path log = dir.resolve("watch.log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RoteiroCli.class.getName(), "watch",
                    "--run-now", "--config", env.configFile().toString());
            builder.environment().putAll(env.environment(Map.of("ROTEIRO_LANG", "pt-BR")));
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            Process watch = builder.start();
            try {
                assertThat(await(Duration.ofSeconds(60), () -> read(log).contains("Vigiando a caixa de suporte")))
                        .as("watch started; log:%n%s", read(log)).isTrue();

                deliverNewRequest(env);

                assertThat(await(Duration.ofSeconds(60), () -> ticketFor(env) != null))
                        .as("a ticket for the new mail; log:%n%s", read(log)).isTrue();
                assertThat(ticketFor(env).subject()).isEqualTo("Caixa registradora não imprime cupom");
                assertThat(await(Duration.ofSeconds(60), () -> read(log).contains("Relatório: ")))
                        .as("--run-now ran the full routine; log:%n%s", read(log)).isTrue();
                assertThat(read(log)).contains("Executando a rotina completa", "[github.open-issues]");
            } finally {
                watch.destroy();   // SIGTERM
            }
            assertThat(watch.waitFor(60, TimeUnit.SECONDS)).as("watch stops on SIGTERM").isTrue();
            assertThat(read(log)).contains("Vigilância encerrada.");

            int tickets = env.g3stor().tickets().size();
            try (Roteiro again = Roteiro.builder().withModules(new LauncherModule()).discoverModules()
                    .config(env.configFile()).environment(env.environment(new HashMap<>(System.getenv()))).build()) {
                DailyReport rerun = again.runSteps(Set.of("mail.triage"));
                assertThat(rerun.steps().get(0).status()).isIn(StepStatus.DONE, StepStatus.NOTHING_TO_DO);
            }
            assertThat(env.g3stor().tickets()).as("nothing opened twice after the stop").hasSize(tickets);
        }
    }

    @Test
    void aMailQuarantinedDuringTheDayIsInTheDaysHtmlReportWithinOneWatchCycle() throws Exception {
        try (DemoEnvironment env = DemoEnvironment.start(dir, Clock.systemDefaultZone())) {
            Path log = dir.resolve("watch-quarantine.log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RoteiroCli.class.getName(), "watch",
                    "--config", env.configFile().toString());
            builder.environment().putAll(env.environment(Map.of("ROTEIRO_LANG", "pt-BR")));
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            Process watch = builder.start();
            try {
                assertThat(await(Duration.ofSeconds(60), () -> read(log).contains("Vigiando a caixa de suporte")))
                        .as("watch started; log:%n%s", read(log)).isTrue();
                assertThat(await(Duration.ofSeconds(60), () -> dayReport().contains("data-step-id=\"mail.triage\"")))
                        .as("the seeded morning mail's run wrote the day's report; log:%n%s", read(log)).isTrue();
                assertThat(dayReport()).doesNotContain("Boleto vencido?");

                deliverWithoutSender(env);

                assertThat(await(Duration.ofSeconds(30), () -> dayReport().contains(QUARANTINED_ID.replace("<", "&lt;")
                        .replace(">", "&gt;")))).as("the quarantined mail in the day's HTML report; log:%n%s", read(log))
                        .isTrue();
                String html = dayReport();
                assertThat(html).contains("Ler a mensagem em quarentena e decidir o que fazer", "Boleto vencido?");
                assertThat(html).containsPattern("<tr class=\"task\" data-task-id=\"t-[0-9a-f]{10}\" data-age-days=\"0\">"
                        + "<td><code>t-[0-9a-f]{10}</code></td><td>Ler a mensagem em quarentena");
            } finally {
                watch.destroy();   // SIGTERM
            }
            assertThat(watch.waitFor(60, TimeUnit.SECONDS)).as("watch stops on SIGTERM").isTrue();
        }
    }

    private static final String QUARANTINED_ID = "<sem-remetente-1@padariaestrela.com.br>";

    /** The day's HTML report the watch keeps (the demo writes reports under its directory). */
    private String dayReport() {
        try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("relatorios"))) {
            Path file = files.filter(f -> f.getFileName().toString().matches("roteiro-\\d{4}-\\d{2}-\\d{2}\\.html"))
                    .findFirst().orElse(null);
            return file == null ? "" : read(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void deliverWithoutSender(DemoEnvironment env) throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", QUARANTINED_ID);
            }
        };
        mail.setRecipients(MimeMessage.RecipientType.TO, "suporte@webplanet.com.br");
        mail.setSubject("Boleto vencido?", "UTF-8");
        mail.setText("Sem remetente: não dá para responder nem abrir chamado.", "UTF-8");
        mail.setSentDate(java.util.Date.from(Instant.now()));
        mail.saveChanges();
        mail.removeHeader("From");
        GreenMailUser support = env.mail().getUserManager().getUserByEmail("suporte@webplanet.com.br");
        support.deliver(mail);
    }

    private static void deliverNewRequest(DemoEnvironment env) throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", NEW_MAIL_ID);
            }
        };
        mail.setFrom(new InternetAddress("Seu Joaquim <joaquim@padariaestrela.com.br>"));
        mail.setRecipients(MimeMessage.RecipientType.TO, "suporte@webplanet.com.br");
        mail.setSubject("Caixa registradora não imprime cupom", "UTF-8");
        mail.setText("Bom dia, desde cedo o caixa 2 não imprime o cupom fiscal. Podem ajudar?", "UTF-8");
        mail.setSentDate(java.util.Date.from(Instant.now()));
        mail.saveChanges();
        GreenMailUser support = env.mail().getUserManager().getUserByEmail("suporte@webplanet.com.br");
        support.deliver(mail);
    }

    private static Ticket ticketFor(DemoEnvironment env) {
        return env.g3stor().tickets().stream()
                .filter(t -> t.externalRefs().contains(ExternalRef.mail(NEW_MAIL_ID))).findFirst().orElse(null);
    }

    private static boolean await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
