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
import br.com.webplanet.roteiro.g3stor.simulator.Fault;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.g3stor.testing.MutableClock;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Step 4 over 500 tickets while 30% of G3stor calls fail with 5xx, 429 or a time-out. */
class UpdateStatusUnderFaultsTest {
    private static final int TICKETS = 500;

    @Test
    void everyTicketIsUpdatedOnceOrListedAsFailedAndRetriedNextRun() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-09T12:00:00Z"));
        try (G3storSimulator simulator = G3storSimulator.builder().token("t").clock(clock).seed(7).start()) {
            for (int i = 1; i <= TICKETS; i++) {
                simulator.putTicket(ticket("G3-" + i, TicketStatus.AGUARDANDO_CLIENTE).since("2026-11-05T12:00:00Z")
                        .customerWrote("2026-11-06T14:00:00Z").build());
            }
            G3storConfig config = G3storConfig.of(simulator.baseUrl(), Secret.of("t")).withPageSize(100)
                    .withRetry(G3storConfig.RetrySettings.fast(4))
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(1))
                    .withRules(CalendarSettings.defaults(), ReviewRules.defaults(),
                            new StatusRules(true, 0, 0, TicketStatus.AGUARDANDO_VALIDACAO, List.of()),
                            WaitingRules.defaults());
            simulator.faults().failRandomly(0.30, List.of(Fault.serverError(), Fault.rateLimited(0),
                    Fault.slow(Duration.ofMillis(300))));
            InMemoryJournal journal = new InMemoryJournal();

            try (G3storClient client = new G3storClient(config)) {
                UpdateStatusStep step = new UpdateStatusStep(client.tickets(), config, Optional.empty(), Optional.empty());
                StepResult first = step.execute(new FixedStepContext(LocalDate.of(2026, 11, 9), clock, false, journal));

                Set<String> failed = first.humanTasks().stream().map(HumanTask::target).collect(Collectors.toSet());
                Set<String> updated = simulator.tickets().stream().filter(t -> t.status() == TicketStatus.EM_ANALISE)
                        .map(t -> t.id().value()).collect(Collectors.toSet());
                Set<String> accounted = new HashSet<>(updated);
                accounted.addAll(failed);
                assertThat(accounted).hasSize(TICKETS);
                assertThat(failed).isNotEmpty();
                assertThat(first.counts()).containsEntry("failed", (long) failed.size());

                int runs = 1;
                while (simulator.tickets().stream().anyMatch(t -> t.status() != TicketStatus.EM_ANALISE) && runs < 6) {
                    clock.advance(Duration.ofHours(1));
                    step.execute(new FixedStepContext(LocalDate.of(2026, 11, 9), clock, false, journal));
                    runs++;
                }

                assertThat(simulator.tickets()).extracting(Ticket::status).containsOnly(TicketStatus.EM_ANALISE);
                assertThat(simulator.statusChanges()).hasSize(TICKETS).allSatisfy((TicketId id, Integer changes) ->
                        assertThat(changes).as("status changes of %s", id).isEqualTo(1));
                assertThat(simulator.faults().injected()).isGreaterThan(TICKETS / 5);
            }
        }
    }
}
