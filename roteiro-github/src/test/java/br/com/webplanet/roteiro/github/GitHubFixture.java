package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.memory.MovableClock;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A fake GitHub, an in-memory G3stor and the step wired over them, for the step's tests. */
final class GitHubFixture implements AutoCloseable {
    static final String REPO = "webplanet/suporte";
    static final String TOKEN = "ghp_s3cr3t-token-value";

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T13:00:00Z"), ZoneId.of("America/Sao_Paulo"));
    final FakeGitHub github;
    final InMemoryTicketSystem tickets = new InMemoryTicketSystem(clock);
    final InMemoryJournal journal = new InMemoryJournal();
    private GitHubConnection connection;
    private GitHubIssueTracker tracker;
    private OpenIssuesStep step;
    private GitHubConfig config;

    GitHubFixture() throws Exception {
        github = new FakeGitHub(clock).repository(REPO, false);
        configure(c -> c);
    }

    /** Rebuilds the step with the default test config changed by {@code change}. */
    GitHubFixture configure(UnaryOperator<GitHubConfig> change) throws Exception {
        if (connection != null) {
            connection.stop();
        }
        GitHubConfig base = GitHubConfig.of(github.endpoint(), Secret.of(TOKEN), REPO);
        config = change.apply(new GitHubConfig(base.endpoint(), base.token(), base.repository(), base.routing(),
                base.selection(), new GitHubConfig.Labels("g3stor", Map.of("HIGH", "prioridade:alta"),
                Map.of("fiscal", "área:fiscal")), List.of("dev-plantao"), Optional.empty(), false, base.syncBack(),
                new GitHubConfig.Limits(1000, 50, Duration.ofSeconds(5), 3), false, base.timeouts(),
                Optional.empty()));
        connection = new GitHubConnection(config);
        tracker = new GitHubIssueTracker(connection, config);
        step = new OpenIssuesStep(config, tickets, tracker, connection);
        return this;
    }

    GitHubConfig config() {
        return config;
    }

    GitHubIssueTracker tracker() {
        return tracker;
    }

    /** A ticket waiting for development, from a customer with a named contact. */
    Ticket ticketWaitingForDevelopment(String subject, String description, String... tags) {
        tickets.putCustomer(new Customer("C-7", "Padaria Pão Quente Ltda", "12.345.678/0001-90", List.of(
                new Contact("Maria José Conceição", MailAddress.of("maria.conceicao@paoquente.com.br"),
                        "+5511987654321", null))));
        Ticket opened = tickets.open(new NewTicket(List.of(),
                new br.com.webplanet.roteiro.model.CustomerRef("C-7", "Padaria Pão Quente Ltda",
                        new MailAddress("Maria José Conceição", "maria.conceicao@paoquente.com.br")),
                subject, description, Urgency.HIGH, Impact.HIGH, Channel.EMAIL, Set.of(), Set.of(tags)),
                "seed:" + subject);
        return tickets.changeStatus(opened.id(), TicketStatus.AGUARDANDO_DESENVOLVIMENTO, opened.version(), null);
    }

    StepResult run() {
        return run(journal, false);
    }

    StepResult run(Journal withJournal, boolean dryRun) {
        clock.advance(Duration.ofHours(1));
        return step.execute(new FixedStepContext(clock.instant().atZone(clock.getZone()).toLocalDate(), clock, dryRun,
                withJournal));
    }

    StepResult runInEnglish() {
        clock.advance(Duration.ofHours(1));
        return step.execute(new FixedStepContext(clock.instant().atZone(clock.getZone()).toLocalDate(), clock, false,
                journal).withLocale(Locale.ENGLISH));
    }

    @Override
    public void close() throws Exception {
        connection.stop();
        github.close();
    }
}
