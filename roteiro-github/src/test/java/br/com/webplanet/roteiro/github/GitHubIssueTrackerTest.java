package br.com.webplanet.roteiro.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.memory.MovableClock;
import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.NewIssue;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.RemoteException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubIssueTrackerTest {
    private static final String REPO = "webplanet/suporte";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    private FakeGitHub github;
    private GitHubConnection connection;
    private GitHubIssueTracker tracker;

    @BeforeEach
    void setUp() throws Exception {
        github = new FakeGitHub(clock).repository(REPO, false).milestone(REPO, 3, "Sprint 48");
        use(GitHubConfig.of(github.endpoint(), Secret.of("ghp_x"), REPO));
    }

    private void use(GitHubConfig config) throws Exception {
        if (connection != null) {
            connection.stop();
        }
        connection = new GitHubConnection(config);
        tracker = new GitHubIssueTracker(connection, config);
    }

    @AfterEach
    void tearDown() throws Exception {
        connection.stop();
        github.close();
    }

    @Test
    void listingOfMarkedIssuesIsOneRequestPerHundredIssues() {
        for (int i = 1; i <= 250; i++) {
            github.seedIssue(REPO, "Issue " + i, "texto\n\n" + IssueTracker.marker(new TicketId("G3-" + i)),
                    List.of("g3stor"));
        }
        github.seedIssue(REPO, "sem marcador", "feita à mão", List.of("g3stor"));
        github.seedIssue(REPO, "outra", IssueTracker.marker(new TicketId("G3-999")), List.of("bug"));

        Map<TicketId, IssueRef> marked = tracker.markedIssues(REPO, null);

        assertThat(marked).hasSize(250).containsKey(new TicketId("G3-250")).doesNotContainKey(new TicketId("G3-999"));
        assertThat(github.count("GET", "/repos/webplanet/suporte/issues")).isEqualTo(3);
        assertThat(github.requests()).filteredOn(r -> r.path().endsWith("/issues"))
                .allSatisfy(r -> assertThat(r.query()).contains("labels=g3stor", "state=all", "per_page=100"));
    }

    @Test
    void listingSinceAsksGitHubOnlyForRecentlyUpdatedIssues() {
        github.seedIssue(REPO, "velha", IssueTracker.marker(new TicketId("G3-1")), List.of("g3stor"));
        clock.advance(Duration.ofDays(2));
        github.seedIssue(REPO, "nova", IssueTracker.marker(new TicketId("G3-2")), List.of("g3stor"));

        Map<TicketId, IssueRef> marked = tracker.markedIssues(REPO, clock.instant().minus(Duration.ofDays(1)));

        assertThat(marked).containsOnlyKeys(new TicketId("G3-2"));
        assertThat(github.requests().get(1).query()).contains("since=2026-11-29T12%3A00%3A00Z");
    }

    @Test
    void repositoryIsLookedUpOncePerRunAndNoUserLookupIsMade() {
        tracker.isPublic(REPO);
        tracker.isPublic(REPO);
        tracker.create(new NewIssue(REPO, new TicketId("G3-1"), "t", "b", List.of("g3stor"), List.of(), "3"));
        tracker.create(new NewIssue(REPO, new TicketId("G3-2"), "t", "b", List.of("g3stor"), List.of(), "3"));

        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /repos/webplanet/suporte", "GET /repos/webplanet/suporte/milestones/3",
                "POST /repos/webplanet/suporte/issues", "POST /repos/webplanet/suporte/issues");
        assertThat(github.issues(REPO)).allSatisfy(i -> assertThat(i.milestone).isEqualTo(3));

        tracker.startRun();
        tracker.isPublic(REPO);
        assertThat(github.count("GET", "/repos/webplanet/suporte")).isEqualTo(3);
    }

    @Test
    void repeatedGetsAreConditionalWithTheHttpCache(@TempDir Path cache) throws Exception {
        GitHubConfig base = GitHubConfig.of(github.endpoint(), Secret.of("ghp_x"), REPO);
        use(new GitHubConfig(base.endpoint(), base.token(), REPO, null, null, null, null, null, false, null, null,
                false, null, Optional.of(cache)));
        github.seedIssue(REPO, "Issue", IssueTracker.marker(new TicketId("G3-5")), List.of("g3stor"));

        tracker.markedIssues(REPO, null);
        tracker.startRun();
        Map<TicketId, IssueRef> again = tracker.markedIssues(REPO, null);

        assertThat(again).containsKey(new TicketId("G3-5"));
        assertThat(connection.log().byStatus()).containsEntry(304, 2L);   // repository and listing not modified
    }

    @Test
    void unknownRepositoryIsAClearRemoteError() {
        assertThatThrownBy(() -> tracker.markedIssues("webplanet/nao-existe", null))
                .isInstanceOf(RemoteException.class)
                .hasMessageContaining("GET /repos/webplanet/nao-existe")
                .hasMessageContaining("404");
        assertThat(tracker.get(REPO, 77)).isEmpty();
    }

    @Test
    void markerIsReadFromTheEndOfTheBody() {
        assertThat(GitHubIssueTracker.ticketOf("a <!-- roteiro:ticket=G3-9 -->")).isEqualTo(new TicketId("G3-9"));
        assertThat(GitHubIssueTracker.ticketOf("sem marcador")).isNull();
        assertThat(GitHubIssueTracker.ticketOf(null)).isNull();
    }
}
