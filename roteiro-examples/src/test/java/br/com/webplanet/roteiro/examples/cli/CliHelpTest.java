package br.com.webplanet.roteiro.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CliHelpTest {
    @Test
    void helpIsInPortugueseByDefaultAndListsCommandsAndExitCodes() {
        CliRun run = CliRun.of(Map.of(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Uso: roteiro", "Comandos:", "run", "steps", "report", "config", "demo",
                "watch", "Códigos de saída:", "64", "erro de uso ou de configuração");
    }

    @Test
    void helpIsInEnglishWhenTheLocaleIsEnglish() {
        CliRun run = CliRun.of(Map.of("LANG", "en_US.UTF-8"), "run", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: roteiro run", "--dry-run", "--only=ID", "--skip=ID",
                "--date=YYYY-MM-DD", "--config=FILE", "Exit codes:", "a step failed");
    }

    @Test
    void roteiroLangWinsOverTheSystemLocale() {
        assertThat(CliRun.of(Map.of("LANG", "en_US.UTF-8", "ROTEIRO_LANG", "pt-BR"), "--help").out())
                .contains("Códigos de saída:");
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of(Map.of(), "stpes");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("stpes", "roteiro steps", "roteiro --help");
    }

    @Test
    void aBadDateIsAUsageError() {
        CliRun run = CliRun.of(Map.of(), "run", "--date", "28/11/2026");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("--date");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CliRun.of(Map.of()).exitCode()).isEqualTo(64);
    }
}
