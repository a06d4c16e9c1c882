package br.com.webplanet.roteiro.g3stor;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.AttendanceOutcome;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepBinder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class G3storModuleTest {
    /** Stands in for the mail module's step 1, which steps 2 and 4 depend on. */
    private static final class MailTriageStandIn implements ChecklistStep {
        @Override
        public StepDescriptor descriptor() {
            return StepDescriptor.of("mail.triage", Localized.of("Triagem", "Triage"), URI.create("https://wiki/1"))
                    .withOrder(RoutineOrder.MAILBOX);
        }

        @Override
        public StepResult execute(StepContext context) {
            return StepResult.of(StepStatus.NOTHING_TO_DO, "nada");
        }
    }

    @Test
    void moduleIsDiscoverableByServiceLoader() {
        assertThat(ServiceLoader.load(RoteiroModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(G3storClientModule.class, G3storStepsModule.class)
                .doesNotContain(G3storModule.class);     // the two halves are found apart; G3storModule joins them
        assertThat(new G3storModule().name()).isEqualTo("g3stor");
        assertThat(new G3storClientModule().name()).isEqualTo("g3stor");
        assertThat(new G3storStepsModule().name()).isEqualTo("g3stor");
    }

    @Test
    void engineWiresTheStepsAndPortsRunsThemAgainstG3storAndStopsCleanly() {
        try (G3storSimulator simulator = G3storSimulator.builder().token("module-token").start()) {
            simulator.putAttendance(new Attendance("AT-1", Channel.PHONE, Instant.parse("2026-11-27T15:00:00Z"),
                    new CustomerRef("C-1", "Loja Azul", null), "ana", "Sem acesso", AttendanceOutcome.UNRESOLVED, null));
            Map<String, Object> config = Map.of("g3stor", Map.of("base-url", simulator.baseUrl(),
                    "token", "module-token", "retry", Map.of("max-attempts", 2, "initial-backoff", "10ms"),
                    "status", Map.of("reminder-after-days", 2, "issue-closed-target", "CONCLUIDO"),
                    "waiting", Map.of("warning", "2h", "sla-targets", Map.of("VERY_HIGH",
                            Map.of("first-response", "1h", "update", "4h", "resolution", "16h")))));
            Clock clock = Clock.fixed(Instant.parse("2026-11-30T11:00:00Z"), ZoneId.of("America/Sao_Paulo"));

            try (Roteiro roteiro = Roteiro.builder().withModules(new G3storModule()).config(config).clock(clock)
                    .runDate(LocalDate.of(2026, 11, 30)).progress(ProgressListener.NONE)
                    .journalUrl("jdbc:h2:mem:" + UUID.randomUUID())
                    .bind(b -> StepBinder.of(b).addStep(new MailTriageStandIn())).build()) {
                assertThat(roteiro.steps()).extracting(StepDescriptor::id).containsExactly("mail.triage",
                        "g3stor.review-yesterday", "g3stor.update-status", "g3stor.waiting-customers");
                assertThat(roteiro.lookup(TicketSystem.class)).isPresent();
                assertThat(roteiro.lookup(G3storClient.class)).isPresent();
                G3storConfig bound = roteiro.lookup(G3storConfig.class).orElseThrow();
                assertThat(bound.token().toString()).isEqualTo("[REDACTED]");
                assertThat(bound.status().reminderAfterDays()).isEqualTo(2);
                assertThat(bound.status().maxReminders()).isEqualTo(2);
                assertThat(bound.status().issueClosedTarget()).isEqualTo(TicketStatus.CONCLUIDO);
                assertThat(bound.review().outcomes()).containsExactlyInAnyOrder(AttendanceOutcome.UNRESOLVED,
                        AttendanceOutcome.FOLLOW_UP, AttendanceOutcome.REQUEST);
                assertThat(bound.waiting().warning()).isEqualTo(java.time.Duration.ofHours(2));
                assertThat(bound.waiting().policy().targets(Priority.VERY_HIGH).resolution())
                        .isEqualTo(java.time.Duration.ofHours(16));
                assertThat(bound.calendar().zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));

                DailyReport report = roteiro.run();

                assertThat(report.steps()).extracting(StepReport::status).doesNotContain(StepStatus.FAILED,
                        StepStatus.SKIPPED);
                assertThat(simulator.tickets()).hasSize(1);
            }
        }
    }
}
