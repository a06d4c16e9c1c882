package br.com.webplanet.roteiro.g3stor;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.AttendanceOutcome;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The G3stor client binds its ports without the steps, and the steps run against any ticket system. */
class G3storModuleSplitTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T11:00:00Z"), ZoneId.of("America/Sao_Paulo"));
    private static final Attendance UNRESOLVED = new Attendance("AT-1", Channel.PHONE,
            Instant.parse("2026-11-27T15:00:00Z"), new CustomerRef("C-1", "Loja Azul", null), "ana", "Sem acesso",
            AttendanceOutcome.UNRESOLVED, null);

    @Test
    void anApplicationBindsTheG3storClientAloneAsItsPortsWithoutTheSteps() {
        try (G3storSimulator simulator = G3storSimulator.builder().token("client-token").start()) {
            simulator.putAttendance(UNRESOLVED);
            Map<String, Object> config = Map.of("g3stor", Map.of("base-url", simulator.baseUrl(), "token", "client-token"));

            try (Roteiro roteiro = Roteiro.builder().withModules(new G3storClientModule()).config(config)
                    .clock(CLOCK).progress(ProgressListener.NONE).journalUrl("jdbc:h2:mem:" + UUID.randomUUID())
                    .build()) {
                assertThat(roteiro.steps()).isEmpty();
                TicketSystem tickets = roteiro.lookup(TicketSystem.class).orElseThrow();
                assertThat(roteiro.lookup(ArchitectRegistry.class)).isPresent();
                assertThat(roteiro.lookup(RomaneioBook.class)).isPresent();
                assertThat(roteiro.lookup(G3storClient.class)).isPresent();

                assertThat(tickets.attendances(Instant.parse("2026-11-27T00:00:00Z"), Instant.parse("2026-11-28T00:00:00Z")))
                        .extracting(Attendance::id).containsExactly("AT-1");     // a real call to the simulator
                DailyReport report = roteiro.run();
                assertThat(report.steps()).isEmpty();
                assertThat(simulator.tickets()).isEmpty();                        // no step opened anything
            }
        }
    }

    @Test
    void theG3storStepsRunAgainstAnInMemoryTicketSystemWithNoG3storSettings() {
        InMemoryTicketSystem tickets = new InMemoryTicketSystem(CLOCK);
        tickets.putAttendance(UNRESOLVED);

        try (Roteiro roteiro = Roteiro.builder().withModules(new G3storStepsModule()).config(Map.of())
                .bind(b -> b.bind(TicketSystem.class).toInstance(tickets))
                .clock(CLOCK).runDate(LocalDate.of(2026, 11, 30)).progress(ProgressListener.NONE)
                .journalUrl("jdbc:h2:mem:" + UUID.randomUUID()).build()) {
            assertThat(roteiro.steps()).extracting(StepDescriptor::id).containsExactly("g3stor.review-yesterday",
                    "g3stor.update-status", "g3stor.waiting-customers");   // mail.triage absent: optional, not needed
            assertThat(roteiro.lookup(G3storClient.class)).isEmpty();

            DailyReport report = roteiro.run();

            assertThat(report.steps()).extracting(StepReport::status).doesNotContain(StepStatus.FAILED, StepStatus.SKIPPED);
            assertThat(tickets.size()).isEqualTo(1);                          // the attendance became a ticket
            assertThat(tickets.search(TicketQuery.all()).findFirst().orElseThrow().subject()).contains("Sem acesso");
        }
    }
}
