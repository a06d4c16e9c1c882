package br.com.webplanet.roteiro.github;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GitHub's primary and secondary rate limits, and the run's own request budget. */
class RateLimitTest {
    private GitHubFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new GitHubFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private static MockResponse secondaryRateLimit(String retryAfter) {
        return new MockResponse.Builder().code(403).addHeader("Retry-After", retryAfter)
                .addHeader("Content-Type", "application/json")
                .body("{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}")
                .build();
    }

    private static MockResponse tooManyRequests(String retryAfter) {
        return new MockResponse.Builder().code(429).addHeader("Retry-After", retryAfter)
                .addHeader("Content-Type", "application/json").body("{\"message\":\"Too Many Requests\"}").build();
    }

    @Test
    void secondaryRateLimit403And429AreWaitedOutAndTheIssueIsCreatedOnce() {
        fx.ticketWaitingForDevelopment("Erro no estoque", "Saldo negativo.");
        fx.github.failNext("GET", tooManyRequests("1"));
        fx.github.failNext("POST", secondaryRateLimit("1"));

        StepResult result = fx.run();

        assertThat(result.status()).isEqualTo(StepStatus.DONE);
        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
        assertThat(fx.github.count("POST", "/")).isEqualTo(2);   // refused once, then accepted
        assertThat(fx.github.count("GET", "/repos/webplanet/suporte")).isEqualTo(3);   // repo twice (429), listing
        @SuppressWarnings("unchecked")
        java.util.Map<String, Long> requests = (java.util.Map<String, Long>) result.details().get("requests");
        assertThat(requests).containsEntry("POST /repos/webplanet/suporte/issues", 2L);
    }

    @Test
    void rateLimitAskingForALongWaitStopsGracefullyAndReportsWhatIsLeft() {
        fx.ticketWaitingForDevelopment("Um", "primeiro");
        fx.ticketWaitingForDevelopment("Dois", "segundo");
        fx.github.failNext("POST", new MockResponse.Builder().code(403).addHeader("X-RateLimit-Remaining", "0")
                .addHeader("X-RateLimit-Reset", String.valueOf(java.time.Instant.now().plusSeconds(3600).getEpochSecond()))
                .addHeader("Content-Type", "application/json").body("{\"message\":\"API rate limit exceeded\"}").build());

        StepResult stopped = fx.run();

        assertThat(stopped.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(stopped.counts()).containsEntry("left", 2L).doesNotContainKey("failed");
        assertThat(stopped.humanTasks()).singleElement()
                .satisfies(t -> assertThat(t.title()).isEqualTo("Limite de requisições do GitHub atingido"));
        assertThat(fx.github.issues(GitHubFixture.REPO)).isEmpty();

        StepResult next = fx.run();
        assertThat(next.counts()).containsEntry("issuesCreated", 2L);
        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(2);
    }

    @Test
    void requestBudgetSpentStopsCreatingAndLeavesTheRestForTheNextRun() throws Exception {
        fx.configure(c -> new GitHubConfig(c.endpoint(), c.token(), c.repository(), c.routing(), c.selection(),
                c.labels(), c.assignees(), c.milestone(), false, c.syncBack(),
                new GitHubConfig.Limits(3, 0, Duration.ofSeconds(5), 3), c.dryRun(), c.timeouts(),
                c.cacheDirectory()));
        fx.ticketWaitingForDevelopment("Um", "primeiro");
        fx.ticketWaitingForDevelopment("Dois", "segundo");
        fx.ticketWaitingForDevelopment("Três", "terceiro");

        StepResult result = fx.run();

        assertThat(fx.github.requests()).hasSize(3);   // repository, listing, one create
        assertThat(result.counts()).containsEntry("issuesCreated", 1L).containsEntry("left", 2L);
        assertThat(result.humanTasks()).singleElement().satisfies(t -> assertThat(t.reason()).contains("2 chamado(s)"));
    }

    @Test
    void primaryLimitWithAnImminentResetIsWaitedOut() {
        fx.ticketWaitingForDevelopment("Erro no estoque", "Saldo negativo.");
        fx.github.failNext("POST", new MockResponse.Builder().code(403).addHeader("X-RateLimit-Remaining", "0")
                .addHeader("X-RateLimit-Reset", String.valueOf(java.time.Instant.now().getEpochSecond()))
                .addHeader("Content-Type", "application/json").body("{\"message\":\"API rate limit exceeded\"}").build());

        StepResult result = fx.run();

        assertThat(result.counts()).containsEntry("issuesCreated", 1L);
        assertThat(fx.github.count("POST", "/")).isEqualTo(2);
    }

    @Test
    void githubsOwnRemainingWindowBelowTheReserveStopsTheRun() throws Exception {
        fx.configure(c -> new GitHubConfig(c.endpoint(), c.token(), c.repository(), c.routing(), c.selection(),
                c.labels(), c.assignees(), c.milestone(), false, c.syncBack(),
                new GitHubConfig.Limits(1000, 50, Duration.ofSeconds(5), 3), c.dryRun(), c.timeouts(),
                c.cacheDirectory()));
        fx.github.rateLimitRemaining(54);   // after the repository and the listing, 52 left: 2 above the reserve
        for (int i = 1; i <= 5; i++) {
            fx.ticketWaitingForDevelopment("Chamado " + i, "texto " + i);
        }

        StepResult result = fx.run();

        assertThat(result.counts()).containsEntry("issuesCreated", 2L).containsEntry("left", 3L);
        assertThat(result.humanTasks()).singleElement()
                .satisfies(t -> assertThat(t.reason()).startsWith("3 chamado(s) ficaram para a próxima execução"));
    }

    @Test
    void secondaryLimitAskingForALongWaitDuringTheListingStopsBeforeAnyCreate() {
        fx.ticketWaitingForDevelopment("Um", "primeiro");
        fx.github.failNext("GET", secondaryRateLimit("600"));

        StepResult stopped = fx.run();

        assertThat(stopped.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(stopped.counts()).containsEntry("left", 1L);
        assertThat(fx.github.count("POST", "/")).isZero();
        assertThat(fx.github.requests()).hasSize(1);   // not retried: 600 s is more than limits.max-wait
    }
}
