package br.com.webplanet.roteiro.engine;

import static br.com.webplanet.roteiro.engine.TestStep.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.Service;
import br.com.webplanet.roteiro.spi.StepBinder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.google.inject.AbstractModule;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoteiroWiringTest {
    private final List<String> events = new CopyOnWriteArrayList<>();

    private RoteiroBuilder builder() {
        return Roteiro.builder().progress(ProgressListener.NONE).journalUrl("jdbc:h2:mem:" + UUID.randomUUID());
    }

    private Service service(String name, boolean failOnStop) {
        return new Service() {
            @Override
            public void start() {
                events.add("start " + name);
            }

            @Override
            public void stop() {
                events.add("stop " + name);
                if (failOnStop) {
                    throw new IllegalStateException(name + " would not close");
                }
            }
        };
    }

    @Test
    void servicesStartBeforeTheFirstStepAndStopInReverseKeepingFailuresSuppressed() {
        TestModule module = new TestModule("test", List.of(TestStep.of("a.step", 1, events, c -> {
            return StepResult.of(StepStatus.DONE, "ok");
        })), List.of(service("imap", false), service("smtp", true), service("http", false)));
        Roteiro roteiro = builder().withModules(module).build();
        assertThat(events).isEmpty();

        roteiro.run();
        roteiro.run();

        assertThat(events).containsExactly("start imap", "start smtp", "start http", "a.step", "a.step");
        assertThatThrownBy(roteiro::close).isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("smtp would not close"));
        assertThat(events).endsWith("stop http", "stop smtp", "stop imap");
    }

    @Test
    void serviceThatCannotStartFailsTheRunAndStartedOnesAreStillStopped() {
        Service broken = new Service() {
            @Override
            public void start() {
                throw new IllegalStateException("IMAP recusou a conexão");
            }

            @Override
            public void stop() {
                events.add("stop broken");
            }
        };
        TestModule module = new TestModule("test", List.of(done("a.step", 1, events)),
                List.of(service("imap", false), broken));

        try (Roteiro roteiro = builder().withModules(module).build()) {
            assertThatThrownBy(roteiro::run).hasMessageContaining("did not start: IMAP recusou a conexão");
        }
        assertThat(events).containsExactly("start imap", "stop imap");
    }

    /** A step whose constructor needs a port nobody binds. */
    static final class NeedsTickets implements ChecklistStep {
        @Inject
        NeedsTickets(TicketSystem tickets) {}

        @Override
        public StepDescriptor descriptor() {
            return TestStep.descriptor("g3stor.needs", 2);
        }

        @Override
        public StepResult execute(StepContext context) {
            return StepResult.of(StepStatus.DONE, "ok");
        }
    }

    static final class NeedsTicketsModule extends AbstractModule implements RoteiroModule {
        @Override
        public String name() {
            return "g3stor";
        }

        @Override
        protected void configure() {
            StepBinder.of(binder()).addStep(NeedsTickets.class);
        }
    }

    @Test
    void missingBindingFailsAtBuildWithTheGuiceProblemsListed() {
        assertThatThrownBy(() -> builder().withModules(new NeedsTicketsModule()).build())
                .isInstanceOf(RoteiroStartException.class)
                .hasMessageStartingWith("roteiro cannot start: the modules cannot be wired (1 problem)")
                .hasMessageContaining(TicketSystem.class.getName() + " is not explicitly bound")
                .hasMessageContaining("needed by ").hasMessageContaining(NeedsTickets.class.getName());
    }

    @Test
    void bindHookProvidesPortsToModuleSteps() {
        TicketSystem tickets = new br.com.webplanet.roteiro.memory.InMemoryTicketSystem(java.time.Clock.systemUTC());
        try (Roteiro roteiro = builder().withModules(new NeedsTicketsModule())
                .bind(b -> b.bind(TicketSystem.class).toInstance(tickets)).build()) {
            assertThat(roteiro.run().steps()).extracting(s -> s.status()).containsExactly(StepStatus.DONE);
        }
    }

    @Test
    void discoverModulesFindsModulesListedInServiceFiles() throws Exception {
        URL dir = getClass().getResource("/engine-discovery/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir}, getClass().getClassLoader());
             Roteiro roteiro = builder().discoverModules(loader).build()) {
            assertThat(roteiro.steps()).extracting(StepDescriptor::id).containsExactly("descoberto.ola");
        }
    }

    @Test
    void moduleGivenAndAlsoDiscoveredIsWiredOnce() throws Exception {
        URL dir = getClass().getResource("/engine-discovery/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir}, getClass().getClassLoader());
             Roteiro roteiro = builder().withModules(new DiscoverableTestModule()).discoverModules(loader).build()) {
            assertThat(roteiro.steps()).extracting(StepDescriptor::id).containsExactly("descoberto.ola");
        }
    }

    @Test
    void discoverModulesFindingNothingNamesTheServiceFile(@TempDir Path empty) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {empty.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> builder().discoverModules(loader).build())
                    .isInstanceOf(RoteiroStartException.class)
                    .hasMessageContaining("META-INF/services/br.com.webplanet.roteiro.spi.RoteiroModule");
        }
    }

    @Test
    void noModulesAtAllIsAnError() {
        assertThatThrownBy(() -> builder().build()).isInstanceOf(RoteiroStartException.class)
                .hasMessageContaining("withModules");
    }
}
