package br.com.webplanet.roteiro.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roteiro run} on the demo servers, then {@code roteiro report} re-renders it from the journal. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPastRunIsRenderedAgainFromTheJournalAsHtmlMarkdownAndJson() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(dir, Clock.systemDefaultZone())) {
            Map<String, String> env = demo.environment(Map.of("ROTEIRO_LANG", "pt-BR"));
            String config = Files.writeString(dir.resolve("com-envio.yaml"), Files.readString(demo.configFile())
                    .replace("report:\n", "report:\n  mail-to: [equipe@webplanet.com.br]\n")).toString();
            String today = LocalDate.now().toString();

            CliRun run = CliRun.of(env, "run", "--config", config, "--date", today);
            CliRun json = CliRun.of(env, "report", "--config", config, "--date", today, "--format", "json");
            CliRun md = CliRun.of(env, "report", "--config", config, "--date", today, "--format", "md");
            Path html = dir.resolve("de-novo.html");
            CliRun again = CliRun.of(env, "report", "--config", config, "--date", today, "-o", html.toString());
            CliRun none = CliRun.of(env, "report", "--config", config, "--date", "2020-01-02");

            assertThat(run.exitCode()).as(run.all()).isEqualTo(1);   // the demo morning leaves tasks for people
            assertThat(run.out()).contains("Relatório enviado para equipe@webplanet.com.br");
            assertThat(demo.mail().getReceivedMessagesForDomain("webplanet.com.br")).anySatisfy(m -> {
                assertThat(m.getSubject()).startsWith("Roteiro Diário");
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo("equipe@webplanet.com.br");
            });
            assertThat(json.exitCode()).as(json.all()).isZero();
            assertThat(json.out()).contains("\"stepId\" : \"mail.triage\"", "\"stepId\" : \"g3stor.waiting-customers\"");
            assertThat(md.out()).contains("mail.triage", "g3stor.waiting-customers");
            assertThat(again.out()).contains("Relatório: " + html);
            assertThat(Files.readString(html)).contains("<svg id=\"queue-chart\"", "<tr class=\"waiting\"");
            assertThat(none.exitCode()).isEqualTo(64);
            assertThat(none.err()).contains("2020-01-02");
        }
    }

    @Test
    void dryRunChangesNothingAndSaysSo() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(dir, Clock.systemDefaultZone())) {
            Map<String, String> env = demo.environment(Map.of("ROTEIRO_LANG", "pt-BR"));
            int tickets = demo.g3stor().tickets().size();

            CliRun run = CliRun.of(env, "run", "--config", demo.configFile().toString(), "--dry-run",
                    "--only", "mail.triage,g3stor.review-yesterday");

            assertThat(run.out()).contains("SIMULAÇÃO", "[mail.triage]", "[g3stor.review-yesterday]")
                    .doesNotContain("[textura.architects]");
            assertThat(demo.g3stor().tickets()).hasSize(tickets);
            assertThat(demo.mail().getReceivedMessages()).hasSize(demo.seededMessages());
        }
    }
}
