package br.com.webplanet.roteiro.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExemploModuleTest {
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Test
    void isDiscoverableThroughServiceLoader() {
        List<String> names = ServiceLoader.load(RoteiroModule.class).stream()
                .map(p -> p.get().name()).toList();
        assertThat(names).contains("exemplo");
    }

    @Test
    void startsRunsAndStopsCleanlyInTheEngine() {
        DailyReport report;
        try (Roteiro roteiro = Roteiro.builder().withModules(new ExemploModule())
                .journalUrl("jdbc:h2:mem:exemplo-" + System.nanoTime()).runDate(LocalDate.of(2026, 11, 25)).build()) {
            assertThat(roteiro.steps()).extracting(d -> d.id()).containsExactly(SaudacaoStep.ID, PlantaoStep.ID);
            report = roteiro.run();
        }
        assertThat(report.steps()).extracting(s -> s.status())
                .containsExactly(StepStatus.DONE, StepStatus.NOTHING_TO_DO);
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void bindsItsStepsUnderStrictGuiceWithAndWithoutATicketSystem() {
        assertThat(steps(injector()).keySet()).containsExactlyInAnyOrder(SaudacaoStep.ID, PlantaoStep.ID);
        assertThat(steps(injector(new InMemoryTicketSystem(Clock.systemUTC()))).keySet()).hasSize(2);
    }

    @Test
    void plantaoRunsAfterSaudacao() {
        ChecklistStep plantao = steps(injector()).get(PlantaoStep.ID);
        assertThat(plantao.descriptor().dependsOn()).containsExactly(SaudacaoStep.ID);
    }

    @Test
    void greetingSaysWhetherTheRunDateIsABusinessDay() throws Exception {
        ChecklistStep saudacao = steps(injector()).get(SaudacaoStep.ID);

        StepResult wednesday = saudacao.execute(context(LocalDate.of(2026, 11, 25), false, new InMemoryJournal()));
        StepResult carnaval = saudacao.execute(context(LocalDate.of(2027, 2, 9), false, new InMemoryJournal()));
        StepResult saturday = saudacao.execute(context(LocalDate.of(2026, 11, 28), false, new InMemoryJournal()));

        assertThat(wednesday.summary()).contains("quarta-feira, 25/11/2026: dia útil");
        assertThat(wednesday.details()).containsEntry(SaudacaoStep.BUSINESS_DAY, true);
        assertThat(carnaval.summary()).contains("feriado (Carnaval)");
        assertThat(saturday.details()).containsEntry(SaudacaoStep.BUSINESS_DAY, false);
    }

    @Test
    void firstGreetingOfTheDayIsJournaledOnceAndDryRunOnlyPlansIt() throws Exception {
        ChecklistStep saudacao = steps(injector()).get(SaudacaoStep.ID);
        InMemoryJournal journal = new InMemoryJournal();
        LocalDate day = LocalDate.of(2026, 11, 25);

        StepResult planned = saudacao.execute(context(day, true, journal.dryRunView()));
        StepResult first = saudacao.execute(context(day, false, journal));
        StepResult again = saudacao.execute(context(day, false, journal));

        assertThat(planned.actions()).singleElement().satisfies(a -> assertThat(a.planned()).isTrue());
        assertThat(first.actions().get(0).description()).isEqualTo(again.actions().get(0).description());
        assertThat(journal.state("exemplo:saudacao:2026-11-25")).isEqualTo(
                br.com.webplanet.roteiro.spi.Journal.EffectState.DONE);
    }

    @Test
    void onAHolidayUrgentOpenTicketsBecomeHumanTasks() throws Exception {
        InMemoryTicketSystem tickets = new InMemoryTicketSystem(Clock.systemUTC());
        CustomerRef customer = CustomerRef.ofContact(MailAddress.of("compras@lojasol.com.br"));
        tickets.open(new NewTicket(List.of(), customer, "Sistema fora do ar", "", Urgency.VERY_HIGH, Impact.HIGH,
                Channel.EMAIL, Set.of(), Set.of()), "k1");
        tickets.open(new NewTicket(List.of(), customer, "Dúvida sobre relatório", "", Urgency.LOW, Impact.LOW,
                Channel.EMAIL, Set.of(), Set.of()), "k2");
        Map<String, ChecklistStep> steps = steps(injector(tickets));
        LocalDate natal = LocalDate.of(2026, 12, 25);
        FixedStepContext context = context(natal, false, new InMemoryJournal());
        context.withResult(SaudacaoStep.ID, steps.get(SaudacaoStep.ID).execute(context));

        StepResult plantao = steps.get(PlantaoStep.ID).execute(context);

        assertThat(plantao.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(plantao.reexamined().all()).as("it looked at every open ticket: its older tasks may close").isTrue();
        assertThat(plantao.counts()).containsEntry("novo", 2L).containsEntry("urgentes", 1L);
        assertThat(plantao.humanTasks()).singleElement()
                .satisfies(t -> assertThat(t.reason()).contains("Sistema fora do ar"));
    }

    @Test
    void withoutATicketSystemPlantaoHasNothingToDo() throws Exception {
        StepResult result = steps(injector()).get(PlantaoStep.ID)
                .execute(context(LocalDate.of(2026, 11, 25), false, new InMemoryJournal()));
        assertThat(result.status()).isEqualTo(StepStatus.NOTHING_TO_DO);
    }

    private static FixedStepContext context(LocalDate day, boolean dryRun, br.com.webplanet.roteiro.spi.Journal j) {
        Clock clock = Clock.fixed(day.atTime(8, 0).atZone(SAO_PAULO).toInstant(), ZoneOffset.UTC);
        return new FixedStepContext(day, clock, dryRun, j);
    }

    private static Injector injector(TicketSystem... ticketSystem) {
        Module strict = new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                for (TicketSystem t : ticketSystem) {
                    bind(TicketSystem.class).toInstance(t);
                }
            }
        };
        return Guice.createInjector(Stage.PRODUCTION, strict, new ExemploModule());
    }

    private static Map<String, ChecklistStep> steps(Injector injector) {
        Set<ChecklistStep> steps = injector.getInstance(Key.get(new TypeLiteral<Set<ChecklistStep>>() {}));
        return steps.stream().collect(Collectors.toMap(s -> s.descriptor().id(), Function.identity()));
    }
}
