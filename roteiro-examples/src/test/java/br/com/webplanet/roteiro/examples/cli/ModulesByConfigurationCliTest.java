package br.com.webplanet.roteiro.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher runs what the file configures: no file lists steps, a plugin's section alone runs the plugin. */
class ModulesByConfigurationCliTest {
    private static final Map<String, String> PT = Map.of("ROTEIRO_LANG", "pt-BR");

    @TempDir
    Path dir;

    private Path file(String yaml) throws Exception {
        return Files.writeString(dir.resolve("roteiro-" + UUID.randomUUID() + ".yaml"), yaml);
    }

    /** The engine's and launcher's own sections: a journal in memory and reports in the temp dir. */
    private String engine() {
        return "roteiro:\n  journal-url: jdbc:h2:mem:" + UUID.randomUUID() + "\nreport:\n  dir: " + dir + "\n";
    }

    @Test
    void stepsWithNoFileListsEveryStepMarkedAndExitsZero() {
        assertThat(Files.exists(Path.of("roteiro.yaml"))).as("no ./roteiro.yaml in the test's directory").isFalse();

        CliRun steps = CliRun.of(PT, "steps");

        assertThat(steps.exitCode()).as(steps.all()).isZero();
        assertThat(steps.err()).isEmpty();
        assertThat(steps.out()).containsPattern("mail\\.triage +\\[mail\\] +não configurado +Triagem da caixa de suporte")
                .containsPattern("g3stor\\.update-status +\\[g3stor\\] +não configurado")
                .containsPattern("textura\\.architects +\\[textura\\] +não configurado")
                .containsPattern("github\\.open-issues +\\[github\\] +não configurado")
                .containsPattern("exemplo\\.saudacao +\\[exemplo\\] +ativo")
                .contains("depois de mail.triage, se ativo", "9 passos (2 ativos;");
    }

    @Test
    void stepsWithNoFileInEnglish() {
        CliRun steps = CliRun.of(Map.of("ROTEIRO_LANG", "en"), "steps");

        assertThat(steps.exitCode()).as(steps.all()).isZero();
        assertThat(steps.out()).containsPattern("mail\\.triage +\\[mail\\] +not configured").contains("9 steps (2 active;");
    }

    @Test
    void aFileWithOnlyThePluginsSectionListsAndRunsThePluginsSteps() throws Exception {
        Path config = file(engine() + "exemplo:\n");

        CliRun steps = CliRun.of(PT, "steps", "--config", config.toString());
        CliRun run = CliRun.of(PT, "run", "--config", config.toString());

        assertThat(steps.exitCode()).as(steps.all()).isZero();
        assertThat(steps.out()).containsPattern("exemplo\\.plantao +\\[exemplo\\] +ativo");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("exemplo.saudacao", "exemplo.plantao").doesNotContain("mail.triage",
                "g3stor.", "github.", "textura.");
    }

    @Test
    void configCheckSaysWhichModulesAreActive() throws Exception {
        Path config = file(engine() + "exemplo:\n");

        CliRun check = CliRun.of(PT, "config", "check", "--config", config.toString());

        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(check.out()).contains("Módulos ativos: exemplo")
                .contains("Módulos não configurados (não rodam): g3stor, github, mail, textura");
    }

    @Test
    void runOnlyAStepOfAnInactiveModuleIsAUsageError() throws Exception {
        Path config = file(engine() + "exemplo:\n");

        CliRun run = CliRun.of(PT, "run", "--only", "g3stor.update-status", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("g3stor.update-status", "'g3stor:'", "roteiro.modules");
    }

    @Test
    void configCheckReportsAPlainHttpG3storUrlWithItsLineAndKey() throws Exception {
        Path config = file("g3stor:\n  base-url: http://g3stor.example.com/api/v1\n  token: abc123456\n");

        CliRun check = CliRun.of(PT, "config", "check", "--config", config.toString());

        assertThat(check.exitCode()).isEqualTo(64);
        assertThat(check.err()).contains("g3stor.base-url", "http sem TLS", "allow-insecure")
                .contains("linha 2]");                                 // the line of base-url
        assertThat(check.err()).containsOnlyOnce("http sem TLS");   // client and steps share the section: said once
    }

    @Test
    void configCheckReportsEqualBackoffsWithTheirKey() throws Exception {
        Path config = file("g3stor:\n  base-url: https://g3stor.example.com/api/v1\n  token: abc123456\n"
                + "  retry:\n    initial-backoff: 2s\n    max-backoff: 2s\n");

        CliRun check = CliRun.of(PT, "config", "check", "--config", config.toString());

        assertThat(check.exitCode()).isEqualTo(64);
        assertThat(check.err()).contains("g3stor.retry.initial-backoff deve ser > 0 e menor que", "2s e 2s")
                .contains("linha 5]");                                 // the line of initial-backoff
    }
}
