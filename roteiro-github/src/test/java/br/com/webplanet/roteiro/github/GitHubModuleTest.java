package br.com.webplanet.roteiro.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.engine.RoteiroBuilder;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitHubModuleTest {
    private GitHubFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new GitHubFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private RoteiroBuilder builder(Map<String, Object> github) {
        return Roteiro.builder().withModules(new GitHubModule())
                .config(Map.of("github", github))
                .environment(Map.of("GITHUB_TOKEN", GitHubFixture.TOKEN))
                .clock(fx.clock).progress(ProgressListener.NONE)
                .journalUrl("jdbc:h2:mem:" + UUID.randomUUID())
                .bind(b -> b.bind(TicketSystem.class).toInstance(fx.tickets));
    }

    @Test
    void moduleIsDiscoverableByServiceLoader() {
        assertThat(ServiceLoader.load(RoteiroModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(GitHubModule.class);
        assertThat(new GitHubModule().name()).isEqualTo("github");
    }

    @Test
    void startsRunsTheStepThroughTheEngineAndStopsCleanly() {
        fx.ticketWaitingForDevelopment("Erro ao exportar SPED", "Arquivo vazio.", "fiscal");

        try (Roteiro roteiro = builder(Map.of("endpoint", fx.github.endpoint().toString(),
                "token", "${GITHUB_TOKEN}", "repository", GitHubFixture.REPO)).build()) {
            assertThat(roteiro.steps()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo("github.open-issues");
                assertThat(d.order()).isEqualTo(RoutineOrder.GITHUB);
            });
            assertThat(roteiro.lookup(IssueTracker.class)).get().isInstanceOf(GitHubIssueTracker.class);

            DailyReport report = roteiro.run();

            assertThat(report.steps()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(StepStatus.DONE));
            assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
            assertThat(fx.github.requests()).allSatisfy(r -> assertThat(r.authorization())
                    .isEqualTo("token " + GitHubFixture.TOKEN));
            assertThat(report.toString()).doesNotContain(GitHubFixture.TOKEN);
        }
    }

    @Test
    void secondRunThroughTheJdbcJournalReadsTheRecordedIssueBackAndCreatesNothing() {
        fx.ticketWaitingForDevelopment("Erro ao exportar SPED", "Arquivo vazio.");
        Map<String, Object> github = Map.of("endpoint", fx.github.endpoint().toString(), "token", "${GITHUB_TOKEN}",
                "repository", GitHubFixture.REPO);
        String journal = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        try (Roteiro first = builder(github).journalUrl(journal).build()) {
            first.run();
        }
        fx.clock.advance(java.time.Duration.ofDays(1));
        fx.github.clearRequests();
        try (Roteiro second = builder(github).journalUrl(journal).build()) {
            DailyReport report = second.run();

            assertThat(report.steps()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(StepStatus.NOTHING_TO_DO);
                assertThat(s.result().counts()).containsEntry("alreadyLinked", 1L);
            });
        }
        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
        assertThat(fx.github.count("POST", "/")).isZero();
    }

    @Test
    void fullSectionAsWrittenInTheReadmeBindsWithDefaultsForWhatIsLeftOut() {
        Map<String, Object> github = Map.of(
                "endpoint", fx.github.endpoint().toString(), "token", "${GITHUB_TOKEN}",
                "repository", GitHubFixture.REPO,
                "routing", Map.of("by-customer", Map.of("C-7", "webplanet/textura")),
                "selection", Map.of("tag", "dev"),
                "labels", Map.of("priority", Map.of("HIGH", "prioridade:alta")),
                "allow-public-repository", true,
                "sync-back", Map.of("closed-status", "concluido", "only-closed-by-pull-request", true),
                "limits", Map.of("max-wait", "30s"));

        try (Roteiro roteiro = builder(github).build()) {
            GitHubConfig config = roteiro.lookup(GitHubConfig.class).orElseThrow();

            assertThat(config.token()).get().satisfies(t -> assertThat(t.reveal()).isEqualTo(GitHubFixture.TOKEN));
            assertThat(config.routing().byCustomer()).containsEntry("C-7", "webplanet/textura");
            assertThat(config.selection().statuses()).containsExactly("aguardando_desenvolvimento");
            assertThat(config.selection().tag()).contains("dev");
            assertThat(config.labels().marker()).isEqualTo("g3stor");
            assertThat(config.allowPublicRepository()).isTrue();
            assertThat(config.syncBack().closedStatus()).isEqualTo("concluido");
            assertThat(config.syncBack().onlyClosedByPullRequest()).isTrue();
            assertThat(config.limits().maxWait()).isEqualTo(java.time.Duration.ofSeconds(30));
            assertThat(config.limits().maxRequestsPerRun()).isEqualTo(1000);
            assertThat(config.timeouts().read()).isEqualTo(java.time.Duration.ofSeconds(30));
            assertThat(config.toString()).doesNotContain(GitHubFixture.TOKEN);
        }
    }

    @Test
    void badSettingsFailAtStartNamingTheProperty() {
        assertThatThrownBy(() -> builder(Map.of("token", "${GITHUB_TOKEN}", "repository", "suporte",
                "selection", Map.of("statuses", java.util.List.of("aguardando_dev")))).build())
                .hasMessageContaining("github.repository must be 'owner/name'")
                .hasMessageContaining("aguardando_dev")
                .hasMessageNotContaining(GitHubFixture.TOKEN);
    }
}
