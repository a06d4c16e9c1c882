package br.com.webplanet.roteiro.report;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A realistic run: one step of each kind of outcome. */
final class SampleReports {
    private SampleReports() {}

    static DailyReport daily(boolean dryRun) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("messages", 12L);
        counts.put("ticketsOpened", 2L);
        StepReport triage = new StepReport("mail.triage", "mail", Localized.of("Triagem de e-mails", "Mail triage"),
                URI.create("https://wiki.example.com/triagem"), 1, StepStatus.DONE, "12 e-mails lidos, 2 chamados abertos.",
                counts, List.of(ActionRecord.done("ticket.open", "G3-101", "Chamado aberto para Padaria Pão | Quente", "mail:<a@b>"),
                        ActionRecord.planned("mail.ack", "cliente@example.com", "", null)),
                List.of(), Map.of(), null, Duration.ofSeconds(75));
        WaitingCustomer late = new WaitingCustomer(TicketId.of("G3-7"), "Loja Azul", "Nota fiscal errada", Priority.HIGH,
                Instant.parse("2027-02-08T11:00:00Z"), Instant.parse("2027-02-10T17:00:00Z"), Duration.ofHours(-1),
                true, true, null, "sem resposta há 2 dias úteis");
        WaitingCustomer soon = new WaitingCustomer(TicketId.of("G3-9"), "Casa Verde", "Dúvida\nsobre frete", Priority.MEDIUM,
                Instant.parse("2027-02-10T12:30:00Z"), null, null, false, false, null, null);
        StepReport waiting = new StepReport("g3stor.waiting-customers", "g3stor",
                Localized.of("Clientes aguardando", "Waiting customers"), null, 6, StepStatus.NEEDS_ATTENTION,
                "2 clientes aguardando, 1 com prazo estourado.", Map.of(), List.of(),
                List.of(new HumanTask("Responder o cliente", "G3-7", "prazo de atualização estourado",
                        URI.create("https://wiki.example.com/aguardando")), new HumanTask("Ligar para a Casa Verde", null, null, null)),
                Map.of("queue", List.of(late, soon)), null, Duration.ofMillis(3_500));
        StepReport github = new StepReport("github.open-issues", "github", Localized.of("Issues abertas", "Open issues"),
                null, 7, StepStatus.FAILED, "", Map.of(), List.of(), List.of(), Map.of(),
                new StepError("br.com.webplanet.roteiro.spi.RemoteException", "GitHub respondeu 503",
                        List.of("IOException: connection reset")), Duration.ofSeconds(3_725));
        StepReport romaneios = new StepReport("textura.romaneios", "textura", null, null, 5, StepStatus.SKIPPED,
                "Pulado: depende de mail.triage.", Map.of(), List.of(), List.of(), Map.of(), null, null);
        return new DailyReport("run-42", LocalDate.of(2027, 2, 10), Instant.parse("2027-02-10T11:00:00Z"),
                Instant.parse("2027-02-10T11:03:12Z"), dryRun, List.of(triage, romaneios, waiting, github));
    }
}
