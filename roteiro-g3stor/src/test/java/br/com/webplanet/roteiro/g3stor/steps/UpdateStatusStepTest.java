package br.com.webplanet.roteiro.g3stor.steps;

import static br.com.webplanet.roteiro.g3stor.testing.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.g3stor.CalendarSettings;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.ReviewRules;
import br.com.webplanet.roteiro.g3stor.StatusRules;
import br.com.webplanet.roteiro.g3stor.WaitingRules;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.g3stor.testing.MutableClock;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryIssueTracker;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.RecordingMailer;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.IssueState;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.NewIssue;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateStatusStepTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-09T12:00:00Z"));
    private final InMemoryJournal journal = new InMemoryJournal();
    private final RecordingMailer mailer = new RecordingMailer(clock, MailAddress.of("suporte@webplanet.com.br"));
    private final InMemoryIssueTracker issues = new InMemoryIssueTracker(clock);
    private G3storSimulator simulator;
    private G3storClient client;
    private G3storConfig config;

    @BeforeEach
    void start() {
        simulator = G3storSimulator.builder().token("t").clock(clock).start();
        config = G3storConfig.of(simulator.baseUrl(), Secret.of("t"));
        client = new G3storClient(config);
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private UpdateStatusStep step(StatusRules rules, Optional<Mailer> mail, Optional<IssueTracker> tracker) {
        G3storConfig c = config.withRules(CalendarSettings.defaults(), ReviewRules.defaults(), rules,
                WaitingRules.defaults());
        return new UpdateStatusStep(client.tickets(), c, mail, tracker);
    }

    private UpdateStatusStep step() {
        return step(StatusRules.defaults(), Optional.of(mailer), Optional.empty());
    }

    private StepResult runOn(UpdateStatusStep step, String date, boolean dryRun) {
        LocalDate day = LocalDate.parse(date);
        clock.set(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(-3)));
        return step.execute(new FixedStepContext(day, clock, dryRun, dryRun ? journal.dryRunView() : journal));
    }

    private TicketStatus status(String id) {
        return simulator.ticket(new TicketId(id)).orElseThrow().status();
    }

    @Test
    void customerReplyMovesAWaitingTicketToEmAnaliseButAutomaticMailDoesNot() {
        simulator.putTicket(ticket("G3-1", TicketStatus.AGUARDANDO_CLIENTE).since("2026-11-05T12:00:00Z")
                .customerWrote("2026-11-06T14:00:00Z").build());
        simulator.putTicket(ticket("G3-2", TicketStatus.AGUARDANDO_CLIENTE).since("2026-11-05T12:00:00Z")
                .customerWrote("2026-11-04T14:00:00Z").build());
        client.tickets().addInteraction(new TicketId("G3-2"), new NewInteraction(InteractionKind.AUTOMATIC,
                "joana@cliente.com.br", "Estou fora do escritório", Instant.parse("2026-11-06T15:00:00Z"), "<ooo@x>"),
                "ooo");

        StepResult result = runOn(step(), "2026-11-09", false);

        assertThat(status("G3-1")).isEqualTo(TicketStatus.EM_ANALISE);
        assertThat(status("G3-2")).isEqualTo(TicketStatus.AGUARDANDO_CLIENTE);
        assertThat(result.actions()).extracting(ActionRecord::description)
                .containsExactly("Chamado G3-1: aguardando cliente → em análise (o cliente respondeu em 2026-11-06T14:00:00Z)");
        assertThat(result.details().get("rules")).asList().hasSize(4)
                .anySatisfy(r -> assertThat(r).asString().contains("E-mail automático nunca muda o status"));
    }

    @Test
    void waitingOnTheCustomerGetsRemindersThenIsClosedWithANoteSkippingHolidays() {
        simulator.putTicket(ticket("G3-3", TicketStatus.AGUARDANDO_CLIENTE).since("2026-11-09T13:00:00Z")
                .customerWrote("2026-11-09T12:00:00Z").build());
        UpdateStatusStep step = step();

        assertThat(runOn(step, "2026-11-11", false).actions()).isEmpty();
        StepResult first = runOn(step, "2026-11-12", false);
        runOn(step, "2026-11-12", false);
        StepResult second = runOn(step, "2026-11-17", false);
        StepResult beforeEnd = runOn(step, "2026-11-20", false);      // Consciência Negra: not a business day
        StepResult end = runOn(step, "2026-11-23", false);

        assertThat(first.counts()).containsEntry("reminders", 1L);
        assertThat(second.counts()).containsEntry("reminders", 1L);
        assertThat(beforeEnd.actions()).isEmpty();
        assertThat(mailer.sent()).hasSize(2);
        OutgoingMail reminder = mailer.sent().get(0);
        assertThat(reminder.to()).extracting(MailAddress::address).containsExactly("joana@cliente.com.br");
        assertThat(reminder.subject()).isEqualTo("[#G3-3] Aguardamos seu retorno: Relatório de vendas não abre");
        assertThat(reminder.text()).contains("Olá, Joana Conceição", "lembrete 1 de 2");
        assertThat(simulator.interactions(new TicketId("G3-3"))).filteredOn(i -> i.kind() == InteractionKind.AGENT_REPLY)
                .extracting(Interaction::externalRef).containsExactly(reminder.messageId(), mailer.sent().get(1).messageId());
        assertThat(end.counts()).containsEntry("statusChanged", 1L);
        assertThat(status("G3-3")).isEqualTo(TicketStatus.CONCLUIDO);
        assertThat(simulator.interactions(new TicketId("G3-3"))).extracting(Interaction::body)
                .contains("Encerrado automaticamente: sem resposta do cliente após 2 lembrete(s).");
    }

    @Test
    void reminderMailedButNotRecordedOnTheTicketIsRecordedNextRunWithoutMailingAgain() {
        simulator.putTicket(ticket("G3-3", TicketStatus.AGUARDANDO_CLIENTE).since("2026-11-09T13:00:00Z")
                .customerWrote("2026-11-09T12:00:00Z").build());
        G3storConfig fast = config.withRetry(G3storConfig.RetrySettings.fast(2));
        try (G3storClient impatient = new G3storClient(fast)) {
            UpdateStatusStep step = new UpdateStatusStep(impatient.tickets(), fast, Optional.of(mailer), Optional.empty());
            simulator.faults().failNext(2, br.com.webplanet.roteiro.g3stor.simulator.Fault.serverError()
                    .on("POST /tickets/{id}/interactions"));

            StepResult broken = runOn(step, "2026-11-12", false);
            StepResult next = runOn(step, "2026-11-12", false);

            assertThat(broken.counts()).containsEntry("failed", 1L);
            assertThat(next.counts()).doesNotContainKey("failed").doesNotContainKey("reminders");
            assertThat(mailer.sent()).hasSize(1);
            assertThat(simulator.interactions(new TicketId("G3-3")))
                    .filteredOn(i -> i.kind() == InteractionKind.AGENT_REPLY).extracting(Interaction::externalRef)
                    .containsExactly(mailer.sent().get(0).messageId());
        }
    }

    @Test
    void closedLinkedIssueMovesTicketToValidationOrDoneAsConfigured() {
        simulator.putTicket(ticket("G3-4", TicketStatus.AGUARDANDO_DESENVOLVIMENTO).build());
        simulator.putTicket(ticket("G3-5", TicketStatus.AGUARDANDO_DESENVOLVIMENTO).build());
        IssueRef issue4 = issues.create(new NewIssue("webplanet/g3stor", new TicketId("G3-4"), "Erro no relatório",
                "corpo", List.of(), List.of(), null));
        issues.create(new NewIssue("webplanet/g3stor", new TicketId("G3-5"), "Outro", "corpo", List.of(), List.of(), null));
        issues.setState("webplanet/g3stor", issue4.number(), IssueState.CLOSED);
        StatusRules rules = StatusRules.defaults().withIssueRepositories(List.of("webplanet/g3stor"));

        runOn(step(rules, Optional.of(mailer), Optional.of(issues)), "2026-11-09", false);

        assertThat(status("G3-4")).isEqualTo(TicketStatus.AGUARDANDO_VALIDACAO);
        assertThat(status("G3-5")).isEqualTo(TicketStatus.AGUARDANDO_DESENVOLVIMENTO);

        simulator.putTicket(ticket("G3-6", TicketStatus.AGUARDANDO_DESENVOLVIMENTO).build());
        IssueRef issue6 = issues.create(new NewIssue("webplanet/g3stor", new TicketId("G3-6"), "Mais um", "corpo",
                List.of(), List.of(), null));
        issues.setState("webplanet/g3stor", issue6.number(), IssueState.CLOSED);
        StatusRules toDone = new StatusRules(true, 3, 2, TicketStatus.CONCLUIDO, List.of("webplanet/g3stor"));
        runOn(step(toDone, Optional.of(mailer), Optional.of(issues)), "2026-11-10", false);

        assertThat(status("G3-6")).isEqualTo(TicketStatus.CONCLUIDO);
    }

    @Test
    void ticketChangedMeanwhileIsReReadAndDecidedAgainNotOverwritten() {
        simulator.putTicket(ticket("G3-7", TicketStatus.AGUARDANDO_CLIENTE).since("2026-11-05T12:00:00Z")
                .customerWrote("2026-11-06T14:00:00Z").build());
        simulator.beforeNext("PATCH /tickets/{id}", () -> simulator.putTicket(ticket("G3-7", TicketStatus.CONCLUIDO)
                .since("2026-11-09T11:00:00Z").customerWrote("2026-11-06T14:00:00Z").version(2).build()));

        StepResult result = runOn(step(), "2026-11-09", false);

        assertThat(status("G3-7")).isEqualTo(TicketStatus.CONCLUIDO);
        assertThat(result.counts()).containsEntry("conflicts", 1L).doesNotContainKey("statusChanged");
        assertThat(simulator.statusChanges()).isEmpty();
    }

    @Test
    void dryRunPlansChangesAndRemindersWithoutMakingThem() {
        simulator.putTicket(ticket("G3-8", TicketStatus.AGUARDANDO_CLIENTE).since("2026-11-05T12:00:00Z")
                .customerWrote("2026-11-06T14:00:00Z").build());
        simulator.putTicket(ticket("G3-9", TicketStatus.AGUARDANDO_CLIENTE).since("2026-11-02T12:00:00Z")
                .customerWrote("2026-11-01T14:00:00Z").build());

        StepResult result = runOn(step(), "2026-11-09", true);

        assertThat(result.actions()).allMatch(ActionRecord::planned).extracting(ActionRecord::kind)
                .containsExactlyInAnyOrder("ticket.status", "mail.reminder");
        assertThat(status("G3-8")).isEqualTo(TicketStatus.AGUARDANDO_CLIENTE);
        assertThat(mailer.sent()).isEmpty();
    }
}
