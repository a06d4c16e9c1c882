package br.com.webplanet.roteiro.bench.g3stor;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.g3stor.CalendarSettings;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.ReviewRules;
import br.com.webplanet.roteiro.g3stor.StatusRules;
import br.com.webplanet.roteiro.g3stor.WaitingRules;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.g3stor.steps.UpdateStatusStep;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.MovableClock;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Requests step 4 ({@code g3stor.update-status}) makes against the G3stor simulator for 2,000
 * open tickets of which 50 changed since the last run (40 customer replies that move a ticket,
 * 10 touched with nothing to decide). Target: the pages of changed tickets plus one request per
 * real change, nothing per unchanged ticket. Exits 1 when a run needs more.
 */
public final class G3storRequestsBenchmark {
    private static final int TICKETS = 2_000;
    private static final int WAITING = 300;
    private static final int REPLIED = 40;
    private static final int TOUCHED = 10;
    private static final int PAGE = 100;

    private G3storRequestsBenchmark() {}

    public static void main(String[] args) {
        boolean ok = run(true) & run(false);
        System.out.println(ok ? "target met" : "TARGET MISSED");
        System.exit(ok ? 0 : 1);
    }

    private static boolean run(boolean reminders) {
        Instant day1 = Instant.parse("2026-11-10T11:00:00Z");
        MovableClock clock = new MovableClock(day1, ZoneOffset.UTC);
        try (G3storSimulator sim = G3storSimulator.builder().token("benchmark-token-123").clock(clock)
                .pageSize(PAGE).start()) {
            for (int i = 1; i <= TICKETS; i++) {
                sim.putTicket(ticket(i, i <= WAITING ? TicketStatus.AGUARDANDO_CLIENTE
                        : i % 2 == 0 ? TicketStatus.EM_ANALISE : TicketStatus.AGUARDANDO_DESENVOLVIMENTO));
            }
            StatusRules rules = new StatusRules(true, reminders ? 3 : 0, 2, TicketStatus.AGUARDANDO_VALIDACAO, List.of());
            G3storConfig config = G3storConfig.of(sim.baseUrl(), Secret.of("benchmark-token-123")).withPageSize(PAGE)
                    .withRules(CalendarSettings.defaults(), ReviewRules.defaults(), rules, WaitingRules.defaults());
            InMemoryJournal journal = new InMemoryJournal();
            try (G3storClient client = new G3storClient(config)) {
                UpdateStatusStep step = new UpdateStatusStep(client.tickets(), config, Optional.empty(), Optional.empty());
                step.execute(new FixedStepContext(LocalDate.of(2026, 11, 10), clock, false, journal));
                long firstRun = sim.totalRequests();

                clock.set(day1.plus(Duration.ofHours(20)));
                for (int i = 1; i <= REPLIED; i++) {      // the customer answered: waiting → em análise
                    Ticket t = sim.ticket(id(i)).orElseThrow();
                    sim.putTicket(changed(t, t.status(), clock.instant(), clock.instant()));
                }
                for (int i = WAITING + 1; i <= WAITING + TOUCHED; i++) {   // a note was added: nothing to decide
                    Ticket t = sim.ticket(id(i)).orElseThrow();
                    sim.putTicket(changed(t, t.status(), t.lastCustomerContact(), clock.instant()));
                }
                clock.set(day1.plus(Duration.ofHours(24)));
                sim.resetCounters();
                long started = System.nanoTime();
                StepResult second = step.execute(new FixedStepContext(LocalDate.of(2026, 11, 11), clock, false, journal));
                long millis = (System.nanoTime() - started) / 1_000_000;

                Map<String, Long> counts = new TreeMap<>(sim.requestCounts());
                long total = sim.totalRequests();
                long changedPages = ceil(REPLIED + TOUCHED, PAGE);
                long waitingPages = reminders ? ceil(WAITING, PAGE) : 0;
                long target = changedPages + waitingPages + REPLIED;
                System.out.printf("reminders %s: first run %d requests; next run %d requests %s in %d ms "
                                + "(target %d = %d page(s) of changed + %d page(s) of waiting-on-customer + %d changes); "
                                + "status changed %d%n", reminders ? "on (3 business days)" : "off", firstRun, total,
                        counts, millis, target, changedPages, waitingPages, REPLIED, second.counts().get("statusChanged"));
                return total <= target && second.counts().getOrDefault("statusChanged", 0L) == REPLIED;
            }
        }
    }

    private static long ceil(long items, long page) {
        return Math.max(1, (items + page - 1) / page);
    }

    private static TicketId id(int i) {
        return new TicketId("G3-" + i);
    }

    private static Ticket ticket(int i, TicketStatus status) {
        Instant created = Instant.parse("2026-11-03T12:00:00Z");
        Instant since = status == TicketStatus.AGUARDANDO_CLIENTE ? Instant.parse("2026-11-10T10:00:00Z") : created;
        MailAddress contact = MailAddress.of("cliente" + i + "@exemplo.com.br");
        return new Ticket(id(i), List.of(), new CustomerRef("C-" + i, "Cliente " + i, contact), "Chamado " + i, status,
                Urgency.MEDIUM, Impact.MEDIUM, Channel.EMAIL, created, since, created, since, since,
                Set.of(contact.normalized()), Set.of(), List.of(), 1);
    }

    private static Ticket changed(Ticket t, TicketStatus status, Instant customer, Instant at) {
        return new Ticket(t.id(), t.externalRefs(), t.customer(), t.subject(), status, t.urgency(), t.impact(),
                t.channel(), t.createdAt(), at, customer, t.lastAgentReply(), t.statusSince(), t.participants(),
                t.tags(), t.links(), t.version() + 1);
    }
}
