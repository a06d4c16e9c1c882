package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.memory.MovableClock;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.IssueTrackerContract;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;

class GitHubIssueTrackerContractTest extends IssueTrackerContract {
    private FakeGitHub github;
    private GitHubConnection connection;

    @Override
    protected IssueTracker tracker() throws Exception {
        github = new FakeGitHub(new MovableClock(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC))
                .repository(repository(), false);
        connection = new GitHubConnection(GitHubConfig.of(github.endpoint(), Secret.of("ghp_test"), repository()));
        return new GitHubIssueTracker(connection, GitHubConfig.of(github.endpoint(), Secret.of("ghp_test"), repository()));
    }

    @Override
    protected String repository() {
        return "webplanet/suporte";
    }

    @AfterEach
    void stop() throws Exception {
        connection.stop();
        github.close();
    }
}
