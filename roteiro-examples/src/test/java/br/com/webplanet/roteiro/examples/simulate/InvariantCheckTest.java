package br.com.webplanet.roteiro.examples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The checks the seeded runs of today's code never trip (duplicates, automatic mail, continuations), shown to fail. */
class InvariantCheckTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 20);
    private static final Instant NOW = Simulation.at(DAY, LocalTime.of(8, 30));
    private final SimClock clock = new SimClock(NOW, Simulation.ZONE);
    private final G3storSimulator g3 = G3storSimulator.builder().clock(clock).start();
    private final BusinessCalendar calendar = BusinessCalendar.brazil(Simulation.ZONE, LocalTime.of(8, 0),
            LocalTime.of(18, 0), Map.of());
    private final InvariantCheck check = new InvariantCheck(calendar, Duration.ofHours(16));
    private final Population.Person carla = new Population.Person("Carla Menezes",
            MailAddress.of("carla@horizonte.com.br"), "C-1", false, false, 0, 0);

    @AfterEach
    void stop() {
        g3.close();
    }

    @Test
    void anAcknowledgementReceivedTwiceAndTwoIssuesForATicketAreDuplicates() {
        List<Violation> found = check(new Ledger(), Map.of("<roteiro.G3-1.ack@webplanet.com.br>", 2), Map.of("G3-1", 2));

        assertThat(found).extracting(v -> v.message(Locale.ENGLISH)).containsExactlyInAnyOrder(
                "Day 2 (2026-10-20): invariant \"no duplicate acknowledgement, ticket or issue\" broken — ticket G3-1, "
                        + "mail <roteiro.G3-1.ack@webplanet.com.br>: the customer received the same mail 2 times",
                "Day 2 (2026-10-20): invariant \"no duplicate acknowledgement, ticket or issue\" broken — ticket G3-1, "
                        + "mail -: 2 GitHub issues for the same ticket");
    }

    @Test
    void anOutOfOfficeReplyThatOpensATicketBreaksOneTicketPerRequest() {
        ticket("G3-1", "<ooo-1@horizonte.com.br>", TicketStatus.NOVO);
        Ledger ledger = new Ledger();
        ledger.add(new Ledger.Delivered(Ledger.Kind.OUT_OF_OFFICE, "<ooo-1@horizonte.com.br>", 2, NOW,
                carla.address().normalized(), null, "Resposta automática: Pedido 1", Ledger.Threading.HEADERS));

        List<Violation> found = check(ledger, Map.of(), Map.of());

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.invariant()).isEqualTo(Invariant.ONE_TICKET_PER_REQUEST);
            assertThat(v.message(Locale.ROOT)).isEqualTo("Dia 2 (2026-10-20): invariante \"toda solicitação humana "
                    + "tem exatamente um chamado\" violada — chamado G3-1, mensagem <ooo-1@horizonte.com.br>: a mensagem "
                    + "automática de carla@horizonte.com.br (\"Resposta automática: Pedido 1\") abriu um chamado");
        });
    }

    @Test
    void aReplyOnAnotherTicketDoesNotLandAndIsReportedOnlyOnce() {
        ticket("G3-1", "<req-1@horizonte.com.br>", TicketStatus.EM_ANALISE);
        ticket("G3-2", "<req-2@horizonte.com.br>", TicketStatus.EM_ANALISE);
        g3.putInteraction(new Interaction("G3-2/9", TicketId.of("G3-2"), InteractionKind.CUSTOMER_MESSAGE,
                carla.address().normalized(), "Segue o print.", NOW, "<reply-1@horizonte.com.br>"));
        Ledger ledger = new Ledger();
        Ledger.Conversation c = new Ledger.Conversation(carla, "<req-1@horizonte.com.br>", "Pedido 1", NOW);
        c.ticket = TicketId.of("G3-1");
        ledger.add(new Ledger.Delivered(Ledger.Kind.REPLY, "<reply-1@horizonte.com.br>", 2, NOW,
                carla.address().normalized(), c, "RE: Pedido 1", Ledger.Threading.HEADERS));

        List<Violation> first = check(ledger, Map.of(), Map.of());
        List<Violation> again = check(ledger, Map.of(), Map.of());

        assertThat(first).singleElement().extracting(v -> v.message(Locale.ENGLISH)).isEqualTo("Day 2 (2026-10-20): "
                + "invariant \"every customer mail lands on a ticket or on a task for people\" broken — ticket G3-1, "
                + "mail <reply-1@horizonte.com.br>: the reply landed on ticket G3-2, not on its own");
        assertThat(again).isEmpty();
    }

    @Test
    void aReplyPastTheReopenWindowMayOpenANewTicketLinkedFromTheOldOne() {
        ledgerWithAnswerOnConcluded(Duration.ofDays(45), "roteiro:ticket:G3-2");

        assertThat(check(answerAfterDone(), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void aReplyWithinTheReopenWindowThatOpensANewTicketIsADuplicateEvenWhenLinked() {
        ledgerWithAnswerOnConcluded(Duration.ofDays(3), "roteiro:ticket:G3-2");

        assertThat(check(answerAfterDone(), Map.of(), Map.of())).singleElement().satisfies(v -> {
            assertThat(v.invariant()).isEqualTo(Invariant.NO_DUPLICATES);
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Day 2 (2026-10-20): invariant \"no duplicate "
                    + "acknowledgement, ticket or issue\" broken — ticket G3-2, mail <after-1@horizonte.com.br>: the reply "
                    + "(threaded by In-Reply-To/References headers: \"RE: [#G3-1] Pedido 1\") opened a new ticket instead of landing on G3-1");
        });
    }

    @Test
    void aLinkToAnotherTicketWhoseIdStartsTheSameIsNoLink() {
        ledgerWithAnswerOnConcluded(Duration.ofDays(45), "roteiro:ticket:G3-21");

        assertThat(check(answerAfterDone(), Map.of(), Map.of())).singleElement()
                .extracting(Violation::detailKey).isEqualTo("detail.replyOpened");
    }

    /**
     * G3-1 concluded {@code ago} with a link to {@code linkUrl}; G3-2 opened from Carla's answer on it, which is
     * its first interaction (as roteiro opens it).
     */
    private void ledgerWithAnswerOnConcluded(Duration ago, String linkUrl) {
        Instant concluded = NOW.minus(ago);
        g3.putTicket(new Ticket(TicketId.of("G3-1"), List.of(ExternalRef.mail("<req-1@horizonte.com.br>")),
                CustomerRef.ofContact(carla.address()), "Pedido 1", TicketStatus.CONCLUIDO, Urgency.MEDIUM, Impact.MEDIUM,
                Channel.EMAIL, concluded, concluded, concluded, concluded, concluded,
                Set.of(carla.address().normalized()), Set.of(),
                List.of(new Link("ticket", URI.create(linkUrl), "Continuação: chamado " + linkUrl.substring(15))), 2));
        ticket("G3-2", "<after-1@horizonte.com.br>", TicketStatus.NOVO);
        g3.putInteraction(new Interaction("G3-2/1", TicketId.of("G3-2"), InteractionKind.CUSTOMER_MESSAGE,
                carla.address().normalized(), "Continuação do chamado G3-1 (concluído): preciso de ajuda de novo.", NOW,
                "<after-1@horizonte.com.br>"));
    }

    private Ledger answerAfterDone() {
        Ledger ledger = new Ledger();
        Ledger.Conversation c = new Ledger.Conversation(carla, "<req-1@horizonte.com.br>", "Pedido 1", NOW);
        c.ticket = TicketId.of("G3-1");
        ledger.add(new Ledger.Delivered(Ledger.Kind.AFTER_DONE, "<after-1@horizonte.com.br>", 2, NOW,
                carla.address().normalized(), c, "RE: [#G3-1] Pedido 1", Ledger.Threading.HEADERS));
        return ledger;
    }

    private List<Violation> check(Ledger ledger, Map<String, Integer> copies, Map<String, Integer> issues) {
        DailyReport report = new DailyReport("run-1", DAY, NOW, NOW, false, List.of());
        return check.check(2, DAY, NOW, report, g3, ledger, copies, issues).violations();
    }

    private void ticket(String id, String messageId, TicketStatus status) {
        g3.putTicket(new Ticket(TicketId.of(id), List.of(ExternalRef.mail(messageId)),
                CustomerRef.ofContact(carla.address()), "Pedido", status, Urgency.MEDIUM, Impact.MEDIUM, Channel.EMAIL,
                NOW, NOW, NOW, NOW, NOW, Set.of(carla.address().normalized()), Set.of(), List.of(), 1));
    }
}
