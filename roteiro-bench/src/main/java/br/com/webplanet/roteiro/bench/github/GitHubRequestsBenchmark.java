package br.com.webplanet.roteiro.bench.github;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.github.FakeGitHub;
import br.com.webplanet.roteiro.github.GitHubConfig;
import br.com.webplanet.roteiro.github.GitHubConnection;
import br.com.webplanet.roteiro.github.GitHubIssueTracker;
import br.com.webplanet.roteiro.github.OpenIssuesStep;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.memory.MovableClock;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * HTTP requests step 7 makes for 300 tickets waiting for development of which 280 already have an issue at
 * GitHub (found through the marker listing, the journal knowing nothing: the worst case), against the fake GitHub
 * on a local HTTP server. Target: at most 20 creates + ⌈280/100⌉ listing pages + a constant (repository look-up).
 * Then the steady state: the next run with nothing new.
 *
 * <pre>mvn -q -pl roteiro-bench compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=cp.txt
 * java -cp roteiro-bench/target/classes:$(cat roteiro-bench/cp.txt) br.com.webplanet.roteiro.bench.github.GitHubRequestsBenchmark</pre>
 */
public final class GitHubRequestsBenchmark {
    private static final String REPO = "webplanet/suporte";
    private static final int TICKETS = 300;
    private static final int WITH_ISSUE = 280;

    private GitHubRequestsBenchmark() {}

    public static void main(String[] args) throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T13:00:00Z"), ZoneId.of("America/Sao_Paulo"));
        InMemoryTicketSystem tickets = new InMemoryTicketSystem(clock);
        try (FakeGitHub github = new FakeGitHub(clock).repository(REPO, false)) {
            for (int i = 1; i <= TICKETS; i++) {
                Ticket t = tickets.open(new NewTicket(List.of(), new CustomerRef("C-" + i, "Cliente " + i,
                        MailAddress.of("contato" + i + "@cliente" + i + ".com.br")), "Ajuste " + i, "Descrição " + i,
                        Urgency.MEDIUM, Impact.MEDIUM, Channel.EMAIL, Set.of(), Set.of()), "bench:" + i);
                tickets.changeStatus(t.id(), TicketStatus.AGUARDANDO_DESENVOLVIMENTO, t.version(), null);
                if (i <= WITH_ISSUE) {
                    github.seedIssue(REPO, "Ajuste " + i, "corpo\n\n" + IssueTracker.marker(t.id()), List.of("g3stor"));
                }
            }
            GitHubConfig config = GitHubConfig.of(github.endpoint(), Secret.of("ghp_bench"), REPO);
            GitHubConnection connection = new GitHubConnection(config);
            OpenIssuesStep step = new OpenIssuesStep(config, tickets, new GitHubIssueTracker(connection, config),
                    connection);
            InMemoryJournal journal = new InMemoryJournal();

            clock.advance(Duration.ofHours(1));
            long started = System.nanoTime();
            StepResult first = step.execute(FixedStepContext.of(clock, journal));
            long firstMillis = (System.nanoTime() - started) / 1_000_000;
            List<FakeGitHub.Request> firstRequests = github.requests();
            github.clearRequests();

            clock.advance(Duration.ofDays(1));
            started = System.nanoTime();
            StepResult second = step.execute(FixedStepContext.of(clock, journal));
            long secondMillis = (System.nanoTime() - started) / 1_000_000;
            List<FakeGitHub.Request> secondRequests = github.requests();
            connection.stop();

            int target = (TICKETS - WITH_ISSUE) + (WITH_ISSUE + 99) / 100 + 1;
            System.out.printf("first run : %d requests (target <= %d) in %d ms; counts %s%n", firstRequests.size(),
                    target, firstMillis, first.counts());
            System.out.printf("            by endpoint %s%n", summary(firstRequests));
            System.out.printf("next run  : %d requests in %d ms; counts %s%n", secondRequests.size(), secondMillis,
                    second.counts());
            System.out.printf("            by endpoint %s%n", summary(secondRequests));
            System.out.printf("issues at GitHub: %d (expected %d)%n", github.issues(REPO).size(), TICKETS);
            if (firstRequests.size() > target || github.issues(REPO).size() != TICKETS) {
                System.out.println("TARGET MISSED");
                System.exit(1);
            }
        }
    }

    private static Map<String, Long> summary(List<FakeGitHub.Request> requests) {
        return requests.stream().collect(Collectors.groupingBy(
                r -> r.method() + " " + r.path() + (r.path().endsWith("/issues") && r.method().equals("GET")
                        ? " page " + (("&" + r.query()).contains("&page=")
                        ? ("&" + r.query()).replaceAll(".*&page=(\\d+).*", "$1") : "1") : ""),
                TreeMap::new, Collectors.counting()));
    }
}
