package br.com.webplanet.roteiro.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.Progress;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    @Test
    void drawsABarInPlaceThenOneLinePerFinishedStep() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Localized.PT_BR);
        try {
            draws();
        } finally {
            Locale.setDefault(before);
        }
    }

    private static void draws() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress terminal = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        StepDescriptor step = StepDescriptor.of("mail.triage", Localized.of("Triagem", "Triage"),
                URI.create("https://wiki/triagem"));

        Progress progress = terminal.stepStarted(step);
        progress.total(10);
        progress.message("lendo INBOX");
        progress.advance(5);
        terminal.stepFinished(step, new StepReport("mail.triage", "mail", step.title(), null, 1, StepStatus.DONE,
                "ok", Map.of(), List.of(), List.of(), Map.of(), null, null));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("\r\033[2K\u25b6 Triagem").contains("lendo INBOX")
                .endsWith("\r\033[2K\u2714 Triagem — concluído" + System.lineSeparator());
        assertThat(out).contains("[" + "-".repeat(30) + "] 0/10");
    }
}
