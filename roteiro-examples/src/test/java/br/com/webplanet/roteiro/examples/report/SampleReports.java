package br.com.webplanet.roteiro.examples.report;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.TaskLine;
import br.com.webplanet.roteiro.report.StepError;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A realistic report of the seven routine steps, for renderer tests. */
final class SampleReports {
    static final Instant NOW = Instant.parse("2026-11-25T11:30:00Z");
    static final String WIKI = "https://wiki.webplanet.com.br/suporte/roteiro/";

    private SampleReports() {}

    static DailyReport sevenSteps() {
        return new DailyReport("2026-11-25#1", LocalDate.of(2026, 11, 25), NOW.minusSeconds(40), NOW, false, List.of(
                step("mail.triage", "mail", "Caixa de suporte", 1, StepStatus.DONE, "6 mensagens: 3 chamados novos",
                        Map.of("messages", 6L, "ticketsOpened", 3L),
                        List.of(ActionRecord.done("ticket.open", "G3-101", "Chamado aberto para <script>alert(1)</script>", "mail:<a@b>")),
                        List.of(), Map.of(), null),
                step("g3stor.review-yesterday", "g3stor", "Revisão de ontem", 2, StepStatus.NOTHING_TO_DO,
                        "Nada pendente de ontem", Map.of(), List.of(), List.of(), Map.of(), null),
                step("textura.architects", "textura", "Arquitetos Textura", 3, StepStatus.NEEDS_ATTENTION,
                        "2 novos, 1 linha rejeitada", Map.of("new", 2L, "rejected", 1L), List.of(),
                        List.of(new HumanTask("Corrigir linha da planilha", "arquitetos.csv:4",
                                "CAU inválido: A12", URI.create(WIKI + "arquitetos"))), Map.of(), null),
                step("g3stor.update-status", "g3stor", "Situação dos chamados", 4, StepStatus.DONE,
                        "2 chamados atualizados", Map.of("updated", 2L), List.of(), List.of(), Map.of(), null),
                step("textura.romaneios", "textura", "Romaneios pendentes", 5, StepStatus.FAILED, "",
                        Map.of(), List.of(), List.of(), Map.of(),
                        new StepError("br.com.webplanet.roteiro.spi.RemoteException", "G3stor respondeu 503",
                                List.of("SocketTimeoutException: read timed out"))),
                step(WaitingQueue.STEP_ID, "g3stor", "Clientes aguardando", 6, StepStatus.NEEDS_ATTENTION,
                        "4 clientes aguardando, 1 SLA violado", Map.of("waiting", 4L), List.of(), List.of(),
                        Map.of(WaitingQueue.DETAIL, queue()), null),
                step("github.open-issues", "github", "Issues no GitHub", 7, StepStatus.SKIPPED, "Pulado",
                        Map.of(), List.of(), List.of(), Map.of(), null)), tasks(), List.of("2026-11-25#0", "2026-11-25#1"));
    }

    /** Two open tasks (oldest first, 3 business days and today) and one closed that day by ana. */
    static List<TaskLine> tasks() {
        return List.of(
                new TaskLine("t-1111111111", "textura.romaneios", "Digitar o romaneio à mão", "NF-e 4521",
                        "cliente <b>desconhecido</b>", URI.create(WIKI + "romaneios"), TaskState.OPEN,
                        LocalDate.of(2026, 11, 20), NOW.minus(Duration.ofDays(5)), 3, "carla", null, null, null),
                new TaskLine("t-2222222222", "textura.architects", "Corrigir linha da planilha", "arquitetos.csv:4",
                        "CAU inválido: A12", URI.create(WIKI + "arquitetos"), TaskState.OPEN,
                        LocalDate.of(2026, 11, 25), NOW.minusSeconds(30), 0, null, null, null, null),
                new TaskLine("t-3333333333", "mail.triage", "Ler a mensagem em quarentena", "INBOX", "anexo suspeito",
                        null, TaskState.DONE, LocalDate.of(2026, 11, 24), NOW.minus(Duration.ofDays(1)), 1, null, "ana",
                        NOW.minusSeconds(600), "reenviada ao cliente"));
    }

    static List<WaitingCustomer> queue() {
        return List.of(
                waiting("G3-90", "Lojas Sol", Priority.VERY_HIGH, Duration.ofDays(4), Duration.ofHours(-2), true, false),
                waiting("G3-91", "Móveis Açaí", Priority.HIGH, Duration.ofHours(5), Duration.ofMinutes(40), false, true),
                waiting("G3-92", "Construtora Ipê", Priority.HIGH, Duration.ofDays(2), Duration.ofHours(6), false, false),
                waiting("G3-93", "Ateliê Jabuticaba", Priority.MEDIUM, Duration.ofHours(3), Duration.ofHours(20), false, false));
    }

    private static WaitingCustomer waiting(String id, String customer, Priority p, Duration age, Duration left,
                                           boolean breached, boolean atRisk) {
        return new WaitingCustomer(TicketId.of(id), customer, "Pedido sem atualização", p, NOW.minus(age),
                NOW.plus(left), left, breached, atRisk, NOW.minus(age), breached ? "SLA violado" : "aguardando resposta");
    }

    private static StepReport step(String id, String module, String title, int order, StepStatus status,
                                   String summary, Map<String, Long> counts, List<ActionRecord> actions,
                                   List<HumanTask> tasks, Map<String, Object> details, StepError error) {
        return new StepReport(id, module, Localized.of(title, title + " (en)"), URI.create(WIKI + id), order, status,
                summary, counts, actions, tasks, details, error, Duration.ofMillis(420));
    }
}
