package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A step for engine tests: does what {@code body} says and notes each run in {@code log}. */
final class TestStep implements ChecklistStep {
    /** The work of a test step. */
    interface Body {
        StepResult execute(StepContext context) throws Exception;
    }

    private final StepDescriptor descriptor;
    private final Body body;
    private final List<String> log;

    TestStep(StepDescriptor descriptor, Body body, List<String> log) {
        this.descriptor = descriptor;
        this.body = body;
        this.log = log;
    }

    static TestStep done(String id, int order, List<String> log, String... dependsOn) {
        return new TestStep(descriptor(id, order, dependsOn), c -> StepResult.of(StepStatus.DONE, "ok " + id), log);
    }

    static TestStep of(String id, int order, List<String> log, Body body, String... dependsOn) {
        return new TestStep(descriptor(id, order, dependsOn), body, log);
    }

    static StepDescriptor descriptor(String id, int order, String... dependsOn) {
        return new StepDescriptor(id, Localized.of("Passo " + id, "Step " + id), URI.create("https://wiki/" + id),
                java.util.Set.of(dependsOn), order, null);
    }

    static List<String> newLog() {
        return new CopyOnWriteArrayList<>();
    }

    @Override
    public StepDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public StepResult execute(StepContext context) throws Exception {
        log.add(descriptor.id());
        return body.execute(context);
    }
}
