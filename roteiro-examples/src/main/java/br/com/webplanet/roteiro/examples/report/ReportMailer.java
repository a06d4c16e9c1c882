package br.com.webplanet.roteiro.examples.report;

import br.com.webplanet.roteiro.config.Redactor;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ReportConfig;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.ReportFormat;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.report.TaskLine;
import br.com.webplanet.roteiro.spi.Mailer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the day's HTML report (every run of the date merged, with the open tasks) to
 * {@code report.mail-to} through the mail module's {@link Mailer}, once per run that mails it (the
 * Message-ID carries the latest run's id). Sending is best effort: a failure is reported, the
 * run's outcome does not change, and the reason is told with the configuration's secrets redacted.
 */
public final class ReportMailer {
    /** The mail is pt-BR; only dates and ages are formatted here (no time of day), so the zone does not matter. */
    private static final ReportFormat PT_BR = new ReportFormat(br.com.webplanet.roteiro.model.Localized.PT_BR,
            java.time.ZoneOffset.UTC);
    private ReportMailer() {}

    /** Sends the report; empty when sent, else why not. */
    public static Optional<String> send(Roteiro roteiro, ReportConfig config, DailyReport report, Path html) {
        Optional<Mailer> mailer = roteiro.lookup(Mailer.class);
        if (mailer.isEmpty()) {
            return Optional.of("no mailer: add the mail module and its mail.smtp settings");
        }
        try {
            String domain = mailer.get().from().domain();
            String subject = "Roteiro Diário " + PT_BR.date(report.runDate())
                    + " — " + status(report);
            mailer.get().send(new OutgoingMail(config.mailTo().stream().map(MailAddress::of).toList(), subject,
                    text(report), Files.readString(html), "<roteiro-report." + report.runId() + "@" + domain + ">",
                    null, List.of(), Map.of("Auto-Submitted", "auto-generated"), null));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            Redactor redactor = roteiro.lookup(Redactor.class).orElseGet(Redactor::patternsOnly);
            return Optional.of(redactor.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static String status(DailyReport report) {
        return switch (report.exitCode()) {
            case 0 -> "tudo certo";
            case 1 -> "requer atenção";
            default -> "com falhas";
        };
    }

    private static String text(DailyReport report) {
        StringBuilder text = new StringBuilder("Roteiro Diário de ").append(report.runDate()).append("\n\n");
        for (StepReport s : report.steps()) {
            text.append("- ").append(s.title() == null ? s.stepId() : s.title().ptBR()).append(": ")
                    .append(s.status().label().ptBR()).append(s.summary().isEmpty() ? "" : " — " + s.summary())
                    .append('\n');
        }
        ReportFormat f = PT_BR;
        if (!report.openTasks().isEmpty()) {
            text.append("\nTarefas abertas (").append(report.openTasks().size()).append("):\n");
            for (TaskLine t : report.openTasks()) {
                text.append("- ").append(t.id()).append(" · ").append(f.businessDays(t.ageBusinessDays())).append(" · ")
                        .append(t.title()).append(t.target().isBlank() ? "" : " — " + t.target()).append('\n');
            }
        }
        return text.append("\nO relatório completo está na versão HTML desta mensagem.\n").toString();
    }
}
