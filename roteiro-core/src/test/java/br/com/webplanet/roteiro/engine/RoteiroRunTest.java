package br.com.webplanet.roteiro.engine;

import static br.com.webplanet.roteiro.engine.TestStep.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoteiroRunTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T11:00:00Z"), ZoneId.of("America/Sao_Paulo"));
    private final List<String> log = TestStep.newLog();

    private static RoteiroBuilder builder(TestModule module) {
        return Roteiro.builder().withModules(module).clock(CLOCK).progress(ProgressListener.NONE)
                .journalUrl("jdbc:h2:mem:" + UUID.randomUUID());
    }

    private static Map<String, StepStatus> statuses(DailyReport report) {
        Map<String, StepStatus> out = new java.util.LinkedHashMap<>();
        report.steps().forEach(s -> out.put(s.stepId(), s.status()));
        return out;
    }

    private static StepReport step(DailyReport report, String id) {
        return report.steps().stream().filter(s -> s.stepId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void failingStepIsIsolatedItsDependentsSkippedAndTheRestRun() {
        TestModule module = TestModule.of(
                done("mail.triage", 1, log),
                TestStep.of("g3stor.update-status", 4, log, c -> {
                    throw new IllegalStateException("G3stor respondeu 500");
                }, "mail.triage"),
                done("g3stor.waiting-customers", 6, log, "g3stor.update-status"),
                done("github.open-issues", 7, log));

        try (Roteiro roteiro = builder(module).build()) {
            DailyReport report = roteiro.run();

            assertThat(statuses(report)).containsExactly(Map.entry("mail.triage", StepStatus.DONE),
                    Map.entry("g3stor.update-status", StepStatus.FAILED),
                    Map.entry("g3stor.waiting-customers", StepStatus.SKIPPED),
                    Map.entry("github.open-issues", StepStatus.DONE));
            assertThat(step(report, "g3stor.update-status").error().message()).isEqualTo("G3stor respondeu 500");
            assertThat(step(report, "g3stor.update-status").error().type()).isEqualTo("java.lang.IllegalStateException");
            assertThat(step(report, "g3stor.waiting-customers").summary())
                    .isEqualTo("não executado: depende de g3stor.update-status, que falhou");
            assertThat(log).containsExactly("mail.triage", "g3stor.update-status", "github.open-issues");
            assertThat(report.exitCode()).isEqualTo(2);
        }
    }

    @Test
    void effectLeftPendingWithoutReconcilerBecomesAHumanTaskAndIsNotRedone() {
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean crash = new java.util.concurrent.atomic.AtomicBoolean(true);
        TestModule module = TestModule.of(TestStep.of("mail.ack", 1, log, c -> {
            c.journal().once("ack:G3-1", String.class, () -> {
                sent.incrementAndGet();
                if (crash.get()) {
                    throw new java.io.IOException("SMTP connection reset");
                }
                return "<ack-1@webplanet>";
            });
            return StepResult.of(StepStatus.DONE, "ok");
        }));

        try (Roteiro roteiro = builder(module).build()) {
            assertThat(roteiro.run().steps().get(0).humanTasks()).isEmpty();
            crash.set(false);
            StepReport second = roteiro.run().steps().get(0);

            assertThat(second.status()).isEqualTo(StepStatus.FAILED);
            assertThat(second.humanTasks()).singleElement().satisfies(t -> {
                assertThat(t.title()).isEqualTo("Conferir um efeito interrompido");
                assertThat(t.target()).isEqualTo("ack:G3-1");
                assertThat(t.wikiLink()).hasToString("https://wiki/mail.ack");
            });
            assertThat(sent).hasValue(1);
            assertThat(roteiro.pendingEffects().list()).extracting(p -> p.key()).containsExactly("ack:G3-1");
            assertThat(roteiro.pendingEffects().resolve("ack:G3-1", "<ack-1@webplanet>")).isTrue();
            assertThat(roteiro.run().steps().get(0).status()).isEqualTo(StepStatus.DONE);
            assertThat(sent).hasValue(1);
        }
    }

    @Test
    void stepOverItsTimeLimitFailsAndIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        TestModule module = TestModule.of(
                new TestStep(TestStep.descriptor("slow.step", 1).withTimeout(Duration.ofMillis(200)), c -> {
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                    }
                    return StepResult.of(StepStatus.DONE, "late");
                }, log),
                done("fast.step", 2, log));

        try (Roteiro roteiro = builder(module).build()) {
            DailyReport report = roteiro.run();

            assertThat(step(report, "slow.step").status()).isEqualTo(StepStatus.FAILED);
            assertThat(step(report, "slow.step").summary()).isEqualTo("excedeu o tempo limite de 200 ms");
            assertThat(step(report, "fast.step").status()).isEqualTo(StepStatus.DONE);
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void stepThatIgnoresTheInterruptIsNotStartedAgainUntilItStops() throws Exception {
        CountDownLatch letGo = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
        TestModule module = TestModule.of(new TestStep(TestStep.descriptor("imap.stuck", 1)
                .withTimeout(Duration.ofMillis(100)), c -> {
            worker.set(Thread.currentThread());
            while (true) {
                try {
                    letGo.await();
                    return StepResult.of(StepStatus.DONE, "released");
                } catch (InterruptedException ignored) {
                    // a badly behaved client library: keeps blocking
                }
            }
        }, log));

        try (Roteiro roteiro = builder(module).build()) {
            assertThat(roteiro.run().steps().get(0).status()).isEqualTo(StepStatus.FAILED);
            StepReport second = roteiro.run().steps().get(0);
            assertThat(second.status()).isEqualTo(StepStatus.SKIPPED);
            assertThat(second.summary()).contains("ainda não parou");

            letGo.countDown();
            worker.get().join(10_000);
            assertThat(log).containsExactly("imap.stuck");
            roteiro.run();
            assertThat(log).containsExactly("imap.stuck", "imap.stuck");
        }
    }

    @Test
    void defaultTimeoutAppliesAndMessagesFollowTheLocale() {
        TestModule module = TestModule.of(TestStep.of("slow.step", 1, log, c -> {
            Thread.sleep(60_000);
            return StepResult.of(StepStatus.DONE, "late");
        }));

        try (Roteiro roteiro = builder(module).stepTimeout(Duration.ofMillis(100)).locale(Locale.ENGLISH).build()) {
            assertThat(roteiro.run().steps().get(0).summary()).isEqualTo("exceeded the time limit of 100 ms");
        }
    }

    @Test
    void dryRunGivesStepsAJournalThatRecordsNothing() {
        TestModule module = TestModule.of(TestStep.of("mail.triage", 1, log, c -> {
            assertThat(c.dryRun()).isTrue();
            assertThatThrownBy(() -> c.journal().once("mail:<1>", String.class, () -> "G3-1"))
                    .isInstanceOf(IllegalStateException.class);
            c.journal().record("mail.decisions", "<1>", "G3-1");
            c.journal().checkpoint("imap:INBOX").put("1:10");
            return StepResult.builder().action(ActionRecord.planned("ticket.open", "<1>", "abriria", "mail:<1>")).build();
        }));
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        try (Roteiro roteiro = builder(module).journalUrl(url).dryRun(true).build()) {
            DailyReport report = roteiro.run();

            assertThat(report.dryRun()).isTrue();
            assertThat(step(report, "mail.triage").status()).isEqualTo(StepStatus.DONE);
            assertThat(roteiro.history().report(report.runDate())).isEmpty();
        }
        try (var store = br.com.webplanet.roteiro.engine.journal.JournalStore.open(url)) {
            assertThat(store.journal().records("mail.decisions", String.class)).isEmpty();
            assertThat(store.journal().checkpoint("imap:INBOX").get()).isEmpty();
        }
    }

    @Test
    void onlyRunsTheChosenStepsWithoutSkippingForUnselectedDependencies() {
        TestModule module = TestModule.of(done("mail.triage", 1, log), done("g3stor.update-status", 4, log, "mail.triage"),
                done("github.open-issues", 7, log));

        try (Roteiro roteiro = builder(module).only(Set.of("g3stor.update-status", "github.open-issues"))
                .skip(Set.of("github.open-issues")).build()) {
            assertThat(statuses(roteiro.run())).containsExactly(Map.entry("g3stor.update-status", StepStatus.DONE));
            assertThat(statuses(roteiro.runSteps(Set.of("mail.triage")))).containsOnlyKeys("mail.triage");
            assertThatThrownBy(() -> roteiro.runSteps(Set.of("mail.triagem")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'mail.triagem'").hasMessageContaining("valid ids: mail.triage, ");
        }
        assertThat(log).containsExactly("g3stor.update-status", "mail.triage");
    }

    @Test
    void unknownIdsInOnlyOrSkipFailAtBuildListingValidIds() {
        TestModule module = TestModule.of(done("mail.triage", 1, log), done("github.open-issues", 7, log));

        assertThatThrownBy(() -> builder(module).only(Set.of("mail.triag")).skip(Set.of("github.issues")).build())
                .isInstanceOf(RoteiroStartException.class)
                .hasMessageContaining("'github.issues', 'mail.triag'")
                .hasMessageContaining("valid ids: mail.triage, github.open-issues");
    }

    @Test
    void runDateAndClockReachTheStepsAndTheHistoryKeepsTheReport(@TempDir Path dir) {
        LocalDate day = LocalDate.of(2026, 2, 27);
        TestModule module = TestModule.of(TestStep.of("mail.triage", 1, log, c -> {
            assertThat(c.clock()).isEqualTo(CLOCK);
            return StepResult.builder().summary("dia " + c.runDate()).count("messages", 3)
                    .action(ActionRecord.done("ticket.open", "G3-1", "aberto", "mail:<1>")).build();
        }), TestStep.of("g3stor.review-yesterday", 2, log, c -> StepResult.of(StepStatus.DONE,
                "triagem: " + c.resultOf("mail.triage").orElseThrow().summary()), "mail.triage"));
        String url = br.com.webplanet.roteiro.engine.journal.JournalStore.h2FileUrl(dir.resolve("journal"));

        DailyReport report;
        try (Roteiro roteiro = builder(module).journalUrl(url).runDate(day).build()) {
            report = roteiro.run();
        }
        try (Roteiro again = builder(module).journalUrl(url).build()) {
            assertThat(report.runDate()).isEqualTo(day);
            assertThat(report.startedAt()).isEqualTo(CLOCK.instant());
            assertThat(step(report, "g3stor.review-yesterday").summary()).isEqualTo("triagem: dia 2026-02-27");
            assertThat(again.history().report(day)).contains(report);
            assertThat(again.history().report(LocalDate.of(2026, 3, 2))).isEmpty();
        }
    }

    @Test
    void historyListsEveryRunOfADayOldestFirstAndTheDaysNewestFirst(@TempDir Path dir) {
        TestModule module = TestModule.of(TestStep.of("mail.triage", 1, log, c -> StepResult.of(StepStatus.DONE,
                "dia " + c.runDate())));
        String url = br.com.webplanet.roteiro.engine.journal.JournalStore.h2FileUrl(dir.resolve("journal"));
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate tuesday = LocalDate.of(2026, 3, 3);
        DailyReport first;
        DailyReport second;
        try (Roteiro roteiro = builder(module).journalUrl(url).runDate(monday).build()) {
            first = roteiro.run();
            second = roteiro.run();
        }
        try (Roteiro roteiro = builder(module).journalUrl(url).runDate(tuesday).build()) {
            roteiro.run();
            assertThat(roteiro.history().reports(monday, 10)).extracting(DailyReport::runId)
                    .containsExactly(first.runId(), second.runId());
            assertThat(roteiro.history().reports(monday, 1)).extracting(DailyReport::runId)
                    .as("the newest kept when bounded").containsExactly(second.runId());
            assertThat(roteiro.history().dates(10)).containsExactly(tuesday, monday);
            assertThat(roteiro.history().dates(1)).containsExactly(tuesday);
            assertThat(roteiro.journal("watch").state("nada")).isEqualTo(br.com.webplanet.roteiro.spi.Journal.EffectState.ABSENT);
        }
    }

    @Test
    void cyclesAndUnknownDependenciesStopTheBuildNamingTheStepClasses() {
        TestModule module = TestModule.of(done("a.one", 1, log, "a.two"), done("a.two", 2, log, "a.one"),
                done("b.one", 3, log, "b.missing"));

        assertThatThrownBy(() -> builder(module).build()).isInstanceOf(RoteiroStartException.class)
                .hasMessageContaining("(2 problems)").hasMessageContaining("depends on 'b.missing'")
                .hasMessageContaining("(" + TestStep.class.getName() + ")");
        assertThat(log).isEmpty();
    }

    @Test
    void stepLogLinesCarryTheStepAndModule() {
        org.slf4j.Logger stepLog = org.slf4j.LoggerFactory.getLogger("test.step");
        TestModule module = TestModule.of(TestStep.of("mail.triage", 1, log, c -> {
            stepLog.info("lendo a caixa");
            return StepResult.of(StepStatus.NOTHING_TO_DO, "nada");
        }));
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) stepLog;
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events =
                new ch.qos.logback.core.read.ListAppender<>();
        events.start();
        logger.addAppender(events);
        try (Roteiro roteiro = builder(module).build()) {
            roteiro.run();
        } finally {
            logger.detachAppender(events);
        }

        assertThat(events.list).singleElement().satisfies(e -> assertThat(e.getMDCPropertyMap())
                .containsEntry("step", "mail.triage").containsEntry("module", "mail"));
    }

    @Test
    void progressListenerSeesEachStepAndItsFailuresDoNotStopTheRun() {
        List<String> seen = TestStep.newLog();
        ProgressListener listener = new ProgressListener() {
            @Override
            public br.com.webplanet.roteiro.spi.Progress stepStarted(br.com.webplanet.roteiro.spi.StepDescriptor step) {
                seen.add("start " + step.id());
                throw new IllegalStateException("terminal closed");
            }

            @Override
            public void stepFinished(br.com.webplanet.roteiro.spi.StepDescriptor step, StepReport report) {
                seen.add("end " + step.id() + " " + report.status());
                throw new IllegalStateException("terminal closed");
            }
        };
        TestModule module = TestModule.of(TestStep.of("mail.triage", 1, log, c -> {
            c.progress().total(2);
            c.progress().advance(2);
            return StepResult.of(StepStatus.DONE, "ok");
        }), done("github.open-issues", 7, log));

        try (Roteiro roteiro = builder(module).progress(listener).build()) {
            assertThat(roteiro.run().count(StepStatus.DONE)).isEqualTo(2);
        }
        assertThat(seen).containsExactly("start mail.triage", "end mail.triage DONE", "start github.open-issues",
                "end github.open-issues DONE");
    }

    @Test
    void stepListIsInRunOrderAndLookupGivesBoundObjects() {
        TestModule module = TestModule.of(done("github.open-issues", 7, log), done("mail.triage", 1, log));

        try (Roteiro roteiro = builder(module).bind(b -> b.bind(CharSequence.class).toInstance("watcher")).build()) {
            assertThat(roteiro.steps()).extracting(d -> d.id()).containsExactly("mail.triage", "github.open-issues");
            assertThat(roteiro.lookup(CharSequence.class)).contains("watcher");
            assertThat(roteiro.lookup(Runnable.class)).isEmpty();
            assertThat(roteiro.lookup(Clock.class)).contains(CLOCK);
        }
    }
}
