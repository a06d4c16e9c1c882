package br.com.webplanet.roteiro.engine;

import static br.com.webplanet.roteiro.engine.TestStep.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepPlannerTest {
    private final List<String> log = TestStep.newLog();

    private static List<String> ids(List<ChecklistStep> steps) {
        return steps.stream().map(s -> s.descriptor().id()).toList();
    }

    @Test
    void ordersTheRoutineByDependenciesThenOrderThenId() {
        List<ChecklistStep> plan = StepPlanner.plan(List.of(
                done("github.open-issues", RoutineOrder.GITHUB, log),
                done("g3stor.waiting-customers", RoutineOrder.WAITING_CUSTOMERS, log, "g3stor.update-status"),
                done("exemplo.b", RoutineOrder.PLUGIN, log),
                done("exemplo.a", RoutineOrder.PLUGIN, log),
                done("g3stor.update-status", RoutineOrder.TICKET_STATUS, log, "mail.triage"),
                done("textura.architects", RoutineOrder.TEXTURA_ARCHITECTS, log),
                done("mail.triage", RoutineOrder.MAILBOX, log),
                done("g3stor.review-yesterday", RoutineOrder.G3STOR_REVIEW, log, "mail.triage"),
                done("textura.romaneios", RoutineOrder.TEXTURA_ROMANEIOS, log)));

        assertThat(ids(plan)).containsExactly("mail.triage", "g3stor.review-yesterday", "textura.architects",
                "g3stor.update-status", "textura.romaneios", "g3stor.waiting-customers", "github.open-issues",
                "exemplo.a", "exemplo.b");
    }

    @Test
    void dependencyRunsFirstEvenWithAHigherOrder() {
        List<ChecklistStep> plan = StepPlanner.plan(List.of(
                done("a.first", 1, log, "z.late"), done("z.late", 50, log), done("b.second", 2, log)));

        assertThat(ids(plan)).containsExactly("b.second", "z.late", "a.first");
    }

    @Test
    void duplicatesAndUnknownDependenciesAreAllNamedInOneMessage() {
        assertThatThrownBy(() -> StepPlanner.plan(List.of(
                done("mail.triage", 1, log), done("mail.triage", 1, log),
                done("g3stor.review-yesterday", 2, log, "mail.triagem"), done("github.open-issues", 7, log, "nada.x"))))
                .isInstanceOf(RoteiroStartException.class)
                .hasMessageContaining("3 problems")
                .hasMessageContaining("step id 'mail.triage' is bound 2 times, by " + TestStep.class.getName())
                .hasMessageContaining("step 'g3stor.review-yesterday' (" + TestStep.class.getName()
                        + ") depends on 'mail.triagem', which no module binds")
                .hasMessageContaining("depends on 'nada.x'")
                .satisfies(e -> assertThat(((RoteiroStartException) e).problems()).hasSize(3));
    }

    @Test
    void everyCycleIsNamedWithItsSteps() {
        assertThatThrownBy(() -> StepPlanner.plan(List.of(
                done("a.one", 1, log, "a.two"), done("a.two", 1, log, "a.one"),
                done("b.one", 1, log, "b.three"), done("b.two", 1, log, "b.one"), done("b.three", 1, log, "b.two"),
                done("c.free", 1, log), done("c.after", 1, log, "a.one"))))
                .isInstanceOf(RoteiroStartException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("cycle: a.one (" + TestStep.class.getName() + ") → a.two (")
                .hasMessageContaining("b.one (" + TestStep.class.getName() + ") → b.three (")
                .hasMessageNotContaining("c.free");
    }

    @Test
    void anOptionalDependencyOrdersWhenPresentAndIsIgnoredWhenAbsent() {
        TestStep review = new TestStep(TestStep.descriptor("g3stor.review", 1, new String[0])
                .withOptionalDependsOn("mail.triage"), c -> null, log);
        TestStep triage = done("mail.triage", 50, log);

        assertThat(ids(StepPlanner.plan(List.of(review, triage)))).containsExactly("mail.triage", "g3stor.review");
        assertThat(ids(StepPlanner.plan(List.of(review)))).containsExactly("g3stor.review");
    }

    @Test
    void aCycleThroughAnOptionalDependencyIsReported() {
        TestStep a = new TestStep(TestStep.descriptor("a.one", 1, "b.two"), c -> null, log);
        TestStep b = new TestStep(TestStep.descriptor("b.two", 1, new String[0]).withOptionalDependsOn("a.one"),
                c -> null, log);

        assertThatThrownBy(() -> StepPlanner.plan(List.of(a, b))).isInstanceOf(RoteiroStartException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void theFirstSpiConstructorStillBuildsADescriptorWithoutOptionalDependencies() throws Exception {
        java.lang.reflect.Constructor<br.com.webplanet.roteiro.spi.StepDescriptor> old =
                br.com.webplanet.roteiro.spi.StepDescriptor.class.getConstructor(String.class,
                        br.com.webplanet.roteiro.model.Localized.class, java.net.URI.class, java.util.Set.class,
                        int.class, java.time.Duration.class);
        br.com.webplanet.roteiro.spi.StepDescriptor d = old.newInstance("x.y",
                br.com.webplanet.roteiro.model.Localized.of("X", "X"), null, java.util.Set.of("a.b"), 3, null);

        assertThat(d.optionalDependsOn()).isEmpty();
        assertThat(d.dependsOn()).containsExactly("a.b");
        assertThat(d.withOptionalDependsOn("a.b", "c.d").optionalDependsOn()).containsExactly("c.d");   // required wins
    }
}
