package br.com.webplanet.roteiro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.AttendanceOutcome;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TicketSystem} must do. Extend it, give {@link #ticketSystem()} a fresh,
 * empty system for each test and implement the seeding hooks.
 */
public abstract class TicketSystemContract {
    protected TicketSystem tickets;

    /** A new, empty ticket system. Called before each test. */
    protected abstract TicketSystem ticketSystem() throws Exception;

    /** Makes {@code customer} known to the system under test. */
    protected abstract void seedCustomer(Customer customer) throws Exception;

    /** Makes {@code attendance} known to the system under test. */
    protected abstract void seedAttendance(Attendance attendance) throws Exception;

    @BeforeEach
    void createSystem() throws Exception {
        tickets = ticketSystem();
    }

    protected static NewTicket draft(String messageId, String subject) {
        MailAddress contact = new MailAddress("Joana Conceição", "joana@cliente.com.br");
        return new NewTicket(List.of(ExternalRef.mail(messageId)), CustomerRef.ofContact(contact), subject,
                "Olá, o relatório não abre desde ontem. Obrigada!", Urgency.HIGH, Impact.MEDIUM, Channel.EMAIL,
                Set.of(), Set.of("suporte"));
    }

    @Test
    void openedTicketIsNewAndFoundByIdAndExternalReference() {
        Ticket opened = tickets.open(draft("<a1@cliente.com.br>", "Relatório não abre — ação urgente"), "k-1");

        assertThat(opened.status()).isEqualTo(TicketStatus.NOVO);
        assertThat(opened.subject()).isEqualTo("Relatório não abre — ação urgente");
        assertThat(opened.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(tickets.get(opened.id())).contains(opened);
        assertThat(tickets.findByExternalRef(ExternalRef.mail("<a1@cliente.com.br>")))
                .map(Ticket::id).contains(opened.id());
        assertThat(tickets.findByExternalRef(ExternalRef.mail("<other@x.com>"))).isEmpty();
        assertThat(opened.hasParticipant(MailAddress.of("JOANA@cliente.com.br"))).isTrue();
    }

    @Test
    void sameIdempotencyKeyOpensOneTicket() {
        Ticket first = tickets.open(draft("<a2@cliente.com.br>", "Erro ao emitir nota"), "k-2");
        Ticket second = tickets.open(draft("<a2@cliente.com.br>", "Erro ao emitir nota"), "k-2");

        assertThat(second.id()).isEqualTo(first.id());
        try (Stream<Ticket> all = tickets.search(TicketQuery.all())) {
            assertThat(all.filter(t -> t.id().equals(first.id()))).hasSize(1);
        }
    }

    @Test
    void unknownTicketIsEmptyOnReadAndAnErrorOnWrite() {
        TicketId unknown = new TicketId("NOPE-999");
        assertThat(tickets.get(unknown)).isEmpty();
        assertThatThrownBy(() -> tickets.changeStatus(unknown, TicketStatus.EM_ANALISE, 1, null))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void interactionsAreKeptInOrderAndUpdateContactTimes() {
        Ticket t = tickets.open(draft("<a3@cliente.com.br>", "Dúvida sobre boleto"), "k-3");
        Interaction reply = tickets.addInteraction(t.id(),
                new NewInteraction(InteractionKind.AGENT_REPLY, "suporte", "Já verificamos, segue boleto.", null, null),
                "k-3-reply");
        Interaction again = tickets.addInteraction(t.id(),
                new NewInteraction(InteractionKind.AGENT_REPLY, "suporte", "Já verificamos, segue boleto.", null, null),
                "k-3-reply");
        tickets.addInteraction(t.id(), new NewInteraction(InteractionKind.CUSTOMER_MESSAGE, "joana@cliente.com.br",
                "Recebi, obrigada", null, "<a3-r@cliente.com.br>"), "k-3-customer");

        assertThat(again.id()).isEqualTo(reply.id());
        List<Interaction> history = tickets.interactions(t.id(), null);
        assertThat(history).extracting(Interaction::kind).endsWith(InteractionKind.AGENT_REPLY,
                InteractionKind.CUSTOMER_MESSAGE);
        assertThat(history).filteredOn(i -> i.kind() == InteractionKind.AGENT_REPLY).hasSize(1);
        Ticket after = tickets.get(t.id()).orElseThrow();
        assertThat(after.lastAgentReply()).isNotNull();
        assertThat(after.lastCustomerContact()).isNotNull();
        assertThat(after.version()).isGreaterThan(t.version());
    }

    @Test
    void statusChangeFollowsAllowedTransitionsAndVersion() {
        Ticket t = tickets.open(draft("<a4@cliente.com.br>", "Acesso bloqueado"), "k-4");
        Ticket analysing = tickets.changeStatus(t.id(), TicketStatus.EM_ANALISE, t.version(), "triagem");

        assertThat(analysing.status()).isEqualTo(TicketStatus.EM_ANALISE);
        assertThat(analysing.version()).isGreaterThan(t.version());
        assertThatThrownBy(() -> tickets.changeStatus(t.id(), TicketStatus.AGUARDANDO_CLIENTE, t.version(), null))
                .isInstanceOf(TicketConflictException.class)
                .satisfies(e -> assertThat(((TicketConflictException) e).current().status())
                        .isEqualTo(TicketStatus.EM_ANALISE));
        Ticket done = tickets.changeStatus(t.id(), TicketStatus.CONCLUIDO, analysing.version(), null);
        assertThatThrownBy(() -> tickets.changeStatus(t.id(), TicketStatus.AGUARDANDO_CLIENTE, done.version(), null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tickets.get(t.id()).orElseThrow().status()).isEqualTo(TicketStatus.CONCLUIDO);
    }

    @Test
    void searchFiltersByStatusTagAndUpdatedSince() {
        Ticket a = tickets.open(draft("<a5@cliente.com.br>", "Primeiro"), "k-5");
        Ticket b = tickets.open(draft("<a6@cliente.com.br>", "Segundo"), "k-6");
        tickets.changeStatus(b.id(), TicketStatus.AGUARDANDO_DESENVOLVIMENTO, b.version(), null);

        try (Stream<Ticket> dev = tickets.search(TicketQuery.withStatus(TicketStatus.AGUARDANDO_DESENVOLVIMENTO))) {
            assertThat(dev.map(Ticket::id)).containsExactly(b.id());
        }
        try (Stream<Ticket> tagged = tickets.search(TicketQuery.all().tagged("suporte"))) {
            assertThat(tagged.map(Ticket::id)).contains(a.id(), b.id());
        }
        try (Stream<Ticket> none = tickets.search(TicketQuery.all().tagged("inexistente"))) {
            assertThat(none).isEmpty();
        }
        Instant future = Instant.parse("2999-01-01T00:00:00Z");
        try (Stream<Ticket> later = tickets.search(TicketQuery.all().updatedSince(future))) {
            assertThat(later).isEmpty();
        }
    }

    @Test
    void linksAndParticipantsAreAddedOnce() {
        Ticket t = tickets.open(draft("<a7@cliente.com.br>", "Integração"), "k-7");
        Link link = new Link("github", URI.create("https://github.com/webplanet/g3stor/issues/12"), "#12");
        tickets.addLink(t.id(), link);
        Ticket linked = tickets.addLink(t.id(), link);
        Ticket withParticipant = tickets.addParticipant(t.id(), MailAddress.of("carlos@cliente.com.br"));

        assertThat(linked.links()).extracting(Link::url).containsExactly(link.url());
        assertThat(withParticipant.hasParticipant(MailAddress.of("Carlos@Cliente.com.br"))).isTrue();
    }

    @Test
    void customersAreFoundByIdAndEmailAndBouncedContactsFlagged() throws Exception {
        MailAddress email = MailAddress.of("financeiro@textura.com.br");
        seedCustomer(new Customer("C-1", "Textura Revestimentos", "12.345.678/0001-90",
                List.of(new Contact("Financeiro", email, "+551133334444", null))));

        assertThat(tickets.customer("C-1")).map(Customer::name).contains("Textura Revestimentos");
        assertThat(tickets.customerByEmail(MailAddress.of("FINANCEIRO@textura.com.br"))).map(Customer::id)
                .contains("C-1");
        assertThat(tickets.customer("C-404")).isEmpty();
        tickets.flagContact(email, "550 mailbox unavailable");
        assertThat(tickets.customer("C-1").orElseThrow().contacts().get(0).flaggedReason())
                .isEqualTo("550 mailbox unavailable");
        tickets.flagContact(MailAddress.of("ninguem@nowhere.com"), "ignored");
    }

    @Test
    void attendancesAreListedByHalfOpenInterval() throws Exception {
        CustomerRef customer = new CustomerRef("C-2", "Loja Azul", null);
        Instant friday = Instant.parse("2026-11-27T14:00:00Z");
        seedAttendance(new Attendance("AT-1", Channel.PHONE, friday, customer, "ana", "Cliente sem acesso",
                AttendanceOutcome.UNRESOLVED, null));
        seedAttendance(new Attendance("AT-2", Channel.WHATSAPP, Instant.parse("2026-11-28T03:00:00Z"), customer,
                "ana", "Pedido de relatório", AttendanceOutcome.REQUEST, null));

        try (Stream<Attendance> day = tickets.attendances(Instant.parse("2026-11-27T03:00:00Z"),
                Instant.parse("2026-11-28T03:00:00Z"))) {
            assertThat(day.map(Attendance::id)).containsExactly("AT-1");
        }
    }
}
