package br.com.webplanet.roteiro.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roteiro config check} and {@code roteiro steps} on the demo's generated configuration. */
class ConfigAndStepsCommandTest {
    private static final String GITHUB_TOKEN = "ghp_Zq8xWv3Lm2Np7Rt5Yk9Hs4Jd6Fg1Bc0Ae3Ux";

    @TempDir
    static Path dir;
    private static DemoEnvironment demo;
    private static Map<String, String> env;

    @BeforeAll
    static void startDemoServers() {
        demo = DemoEnvironment.start(dir, Clock.systemDefaultZone());
        env = demo.environment(Map.of("ROTEIRO_LANG", "pt-BR"));
    }

    @AfterAll
    static void stopDemoServers() {
        demo.close();
    }

    @Test
    void configCheckOnAValidFilePrintsTheEffectiveConfigurationWithSecretsRedacted() {
        CliRun check = CliRun.of(env, "config", "check", "--config", demo.configFile().toString());

        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(check.out()).contains("Configuração válida", "imap:", "base-url", "token: \"[REDACTED]\"", "routine-at")
                .doesNotContain("baseUrl", "routineAt");    // the file's keys, not Java's
        env.forEach((name, value) -> {
            if (name.startsWith("ROTEIRO_DEMO")) {
                assertThat(check.all()).as("secret %s", name).doesNotContain(value);
            }
        });
    }

    @Test
    void configCheckListsEveryMistakeAtOnceWithoutPrintingSecrets() throws Exception {
        String yaml = Files.readString(demo.configFile())
                .replace("from-name:", "from-nome:")                                // a typo
                .replace("ROTEIRO_DEMO_G3STOR_TOKEN", "G3STOR_TOKEN_NAO_DEFINIDO")  // an unset variable
                .replaceAll("(?m)^  repository: .*\\R", "")                         // a missing required value
                .replace("github:\n", "github:\n  token: " + GITHUB_TOKEN + "\n")   // a secret in clear (allowed)
                .replace("report:\n", "report:\n  mail-to: [equipe-suporte]\n");    // not an address
        Path bad = Files.writeString(dir.resolve("roteiro-com-erros.yaml"), yaml);

        CliRun check = CliRun.of(env, "config", "check", "--config", bad.toString());

        assertThat(check.exitCode()).isEqualTo(64);
        assertThat(check.err()).contains("4 problemas", "from-nome", "você quis dizer 'from-name'", "G3STOR_TOKEN_NAO_DEFINIDO",
                "github.repository", "equipe-suporte");
        assertThat(check.all()).doesNotContain(GITHUB_TOKEN);
    }

    @Test
    void theTeamsExampleConfigurationIsValidWithItsSecretsFromTheEnvironment() {
        Map<String, String> secrets = Map.of("ROTEIRO_MAIL_PASSWORD", "senha-do-suporte-42", "G3STOR_TOKEN",
                "g3-token-7f9a2c", "GITHUB_TOKEN", GITHUB_TOKEN, "ROTEIRO_DB_PASSWORD", "pg-segredo-99");
        Map<String, String> withLang = new java.util.HashMap<>(secrets);
        withLang.put("ROTEIRO_LANG", "pt-BR");

        CliRun check = CliRun.of(withLang, "config", "check", "--config", Path.of("..", "roteiro.example.yaml").toString());

        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(check.out()).contains("jdbc:postgresql://", "start-tls: true",
                "Aniversário de São Paulo", "routine-at: 08:15", "step-timeout: 20m", "yearly: 07-09");
        secrets.values().forEach(v -> assertThat(check.all()).doesNotContain(v));
    }

    @Test
    void stepsListsTheRoutineInOrderThenThePluginSteps() {
        CliRun steps = CliRun.of(env, "steps", "--config", demo.configFile().toString());

        assertThat(steps.exitCode()).as(steps.all()).isZero();
        List<String> expected = List.of("mail.triage", "g3stor.review-yesterday", "textura.architects",
                "g3stor.update-status", "textura.romaneios", "g3stor.waiting-customers", "github.open-issues",
                "exemplo.saudacao", "exemplo.plantao");
        int last = -1;
        for (String id : expected) {
            int at = steps.out().indexOf(" " + id + " ");
            assertThat(at).as("%s in order in:%n%s", id, steps.out()).isGreaterThan(last);
            last = at;
        }
        assertThat(steps.out()).contains("[mail]", "Triagem da caixa de suporte", "depois de mail.triage", "9 passos.");
    }

    @Test
    void runWithoutAnyConfigurationIsAConfigurationErrorNamingWhatIsMissing() {
        CliRun run = CliRun.of(Map.of("ROTEIRO_LANG", "pt-BR", "ROTEIRO_CONFIG", dir.resolve("nao-existe.yaml").toString()),
                "run");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("nao-existe.yaml", "não existe");
    }
}
