package br.com.webplanet.roteiro.github;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.IssueState;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenIssuesStepTest {
    private GitHubFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new GitHubFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void ticketWaitingForDevelopmentGetsOneIssueWithLabelsMarkerAndLinkBack() {
        Ticket ticket = fx.ticketWaitingForDevelopment("Erro ao emitir NF-e", "A nota fiscal não é emitida.", "fiscal");

        StepResult result = fx.run();

        assertThat(result.status()).isEqualTo(StepStatus.DONE);
        assertThat(result.counts()).containsEntry("issuesCreated", 1L);
        assertThat(result.summary()).isEqualTo("1 chamado(s) para desenvolvimento: 1 issue(s) criada(s), "
                + "0 já existente(s) vinculada(s); 0 chamado(s) atualizado(s) pela sincronização; "
                + "0 pendente(s) para a próxima execução.");
        List<FakeGitHub.Issue> issues = fx.github.issues(GitHubFixture.REPO);
        assertThat(issues).hasSize(1);
        FakeGitHub.Issue issue = issues.get(0);
        assertThat(issue.title).isEqualTo("[" + ticket.id() + "] Erro ao emitir NF-e");
        assertThat(issue.labels).containsExactly("g3stor", "prioridade:alta", "área:fiscal");
        assertThat(issue.assignees).containsExactly("dev-plantao");
        assertThat(issue.body).endsWith(IssueTracker.marker(ticket.id())).contains("A nota fiscal não é emitida.");
        Ticket linked = fx.tickets.get(ticket.id()).orElseThrow();
        assertThat(linked.links()).singleElement()
                .satisfies(l -> assertThat(l.url()).hasToString("https://github.example/webplanet/suporte/issues/1"));
        assertThat(fx.tickets.interactions(ticket.id(), null))
                .anySatisfy(i -> assertThat(i.kind()).isEqualTo(InteractionKind.INTERNAL_NOTE))
                .anySatisfy(i -> assertThat(i.body()).contains("/issues/1"));
        // one repository look-up, one listing page, one create; never GET /user
        assertThat(fx.github.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /repos/webplanet/suporte", "GET /repos/webplanet/suporte/issues",
                "POST /repos/webplanet/suporte/issues");
        assertThat(fx.github.requests()).allSatisfy(r -> assertThat(r.authorization())
                .isEqualTo("token " + GitHubFixture.TOKEN));
        assertThat(result.toString()).doesNotContain(GitHubFixture.TOKEN);
    }

    @Test
    void runningTwiceCreatesNothingNew() {
        fx.ticketWaitingForDevelopment("Relatório de vendas lento", "Demora 5 minutos.");
        fx.run();
        fx.github.clearRequests();

        StepResult second = fx.run();

        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
        assertThat(fx.github.count("POST", "/")).isZero();
        assertThat(second.counts()).containsEntry("alreadyLinked", 1L).doesNotContainKey("issuesCreated");
        assertThat(fx.github.requests().stream().filter(r -> r.path().endsWith("/issues")).findFirst().orElseThrow()
                .query()).contains("since=").contains("labels=g3stor").contains("state=all").contains("per_page=100");
    }

    @Test
    void crashAfterCreateBeforeJournalCommitIsReconciledByMarker() {
        Ticket ticket = fx.ticketWaitingForDevelopment("Boleto com valor errado", "Valor dobrado.");
        Journal crashing = new CrashAfterEffectJournal(fx.journal);

        StepResult crashed = fx.run(crashing, false);
        assertThat(crashed.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(fx.journal.state("gh:" + ticket.id())).isEqualTo(Journal.EffectState.PENDING);
        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);

        StepResult rerun = fx.run();

        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
        assertThat(rerun.counts()).containsEntry("issuesFound", 1L).doesNotContainKey("issuesCreated");
        assertThat(fx.journal.state("gh:" + ticket.id())).isEqualTo(Journal.EffectState.DONE);
        assertThat(fx.tickets.get(ticket.id()).orElseThrow().links()).hasSize(1);
    }

    @Test
    void createWhoseAnswerTimesOutIsNeverSentAgainBlindlyAndIsFoundByMarkerNextRun() throws Exception {
        fx.configure(c -> new GitHubConfig(c.endpoint(), c.token(), c.repository(), c.routing(), c.selection(),
                c.labels(), c.assignees(), c.milestone(), false, c.syncBack(), c.limits(), c.dryRun(),
                new GitHubConfig.Timeouts(java.time.Duration.ofSeconds(2), java.time.Duration.ofMillis(500),
                        java.time.Duration.ofSeconds(10)), c.cacheDirectory()));
        Ticket ticket = fx.ticketWaitingForDevelopment("Boleto duplicado", "Gera dois boletos.");
        fx.github.slowNext("POST", 1500);

        StepResult timedOut = fx.run();

        assertThat(timedOut.counts()).containsEntry("failed", 1L);
        assertThat(fx.github.count("POST", "/")).isEqualTo(1);   // github-api must not re-POST after a read time-out
        assertThat(fx.journal.state("gh:" + ticket.id())).isEqualTo(Journal.EffectState.PENDING);

        fx.run();

        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
        assertThat(fx.github.count("POST", "/")).isEqualTo(1);
        assertThat(fx.journal.state("gh:" + ticket.id())).isEqualTo(Journal.EffectState.DONE);
    }

    @Test
    void pendingIntentWithIssueAlreadyAtGitHubIsAdoptedNotDuplicated() {
        Ticket ticket = fx.ticketWaitingForDevelopment("Integração parada", "Sem sincronizar.");
        fx.github.seedIssue(GitHubFixture.REPO, "Integração parada", "corpo\n\n" + IssueTracker.marker(ticket.id()),
                List.of("g3stor"));
        fx.journal.leavePending("gh:" + ticket.id());

        fx.run();

        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
        assertThat(fx.github.count("POST", "/")).isZero();
    }

    @Test
    void closedIssueMovesTicketToValidationAndReopenedMovesItBack() {
        Ticket ticket = fx.ticketWaitingForDevelopment("Tela de pedidos trava", "Trava ao salvar.");
        fx.run();
        fx.clock.advance(java.time.Duration.ofMinutes(30));
        fx.github.setState(GitHubFixture.REPO, 1, "closed");

        StepResult closed = fx.run();

        assertThat(fx.tickets.get(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.AGUARDANDO_VALIDACAO);
        assertThat(closed.counts()).containsEntry("ticketsMoved", 1L);
        assertThat(closed.actions()).anySatisfy(a -> assertThat(a.kind()).isEqualTo("github.sync"));
        assertThat(fx.tickets.interactions(ticket.id(), null)).anySatisfy(i -> assertThat(i.body()).contains("fechada"));

        fx.github.setState(GitHubFixture.REPO, 1, "open");
        fx.run();
        assertThat(fx.tickets.get(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.AGUARDANDO_DESENVOLVIMENTO);

        StepResult quiet = fx.run();
        assertThat(quiet.counts()).doesNotContainKeys("ticketsMoved", "issuesCreated");
        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
    }

    @Test
    void withOnlyClosedByPullRequestAHandClosedIssueLeavesTheTicketAndAMergedOneMovesIt() throws Exception {
        fx.configure(c -> new GitHubConfig(c.endpoint(), c.token(), c.repository(), c.routing(), c.selection(),
                c.labels(), c.assignees(), c.milestone(), false,
                new GitHubConfig.SyncBack(true, "aguardando_validacao", "aguardando_desenvolvimento", true),
                c.limits(), c.dryRun(), c.timeouts(), c.cacheDirectory()));
        Ticket ticket = fx.ticketWaitingForDevelopment("Cálculo de frete", "Frete zerado.");
        fx.run();
        fx.github.setState(GitHubFixture.REPO, 1, "closed");

        fx.run();
        assertThat(fx.tickets.get(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.AGUARDANDO_DESENVOLVIMENTO);

        fx.github.setState(GitHubFixture.REPO, 1, "open");
        fx.run();
        fx.github.setState(GitHubFixture.REPO, 1, "closed", "9f2c1e7");
        fx.run();
        assertThat(fx.tickets.get(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.AGUARDANDO_VALIDACAO);
        assertThat(fx.github.count("GET", "/repos/webplanet/suporte/issues/1/events")).isEqualTo(2);
    }

    @Test
    void closedIssueLeavesTicketAloneWhenItNoLongerWaitsOnDevelopment() {
        Ticket ticket = fx.ticketWaitingForDevelopment("Campo de CEP", "Validação.");
        fx.run();
        Ticket current = fx.tickets.get(ticket.id()).orElseThrow();
        fx.tickets.changeStatus(ticket.id(), TicketStatus.AGUARDANDO_CLIENTE, current.version(), null);
        fx.github.setState(GitHubFixture.REPO, 1, "closed");

        fx.run();

        assertThat(fx.tickets.get(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.AGUARDANDO_CLIENTE);
        assertThat(fx.github.issues(GitHubFixture.REPO).get(0).state).isEqualTo("closed");
        assertThat(fx.tracker().get(GitHubFixture.REPO, 1)).map(r -> r.state()).contains(IssueState.CLOSED);
    }

    @Test
    void publicRepositoryIsRefusedUnlessAllowed() throws Exception {
        fx.github.repository(GitHubFixture.REPO, true);
        fx.ticketWaitingForDevelopment("Erro no login", "Não entra.");

        StepResult refused = fx.run();

        assertThat(fx.github.count("POST", "/")).isZero();
        assertThat(fx.github.count("GET", "/repos/webplanet/suporte/issues")).isZero();
        assertThat(refused.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(refused.humanTasks()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Repositório público recusado");
            assertThat(t.reason()).contains("webplanet/suporte", "allowPublicRepository");
        });

        fx.configure(c -> new GitHubConfig(c.endpoint(), c.token(), c.repository(), c.routing(), c.selection(),
                c.labels(), c.assignees(), c.milestone(), true, c.syncBack(), c.limits(), c.dryRun(), c.timeouts(),
                c.cacheDirectory()));
        fx.run();
        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
    }

    @Test
    void ticketIsRoutedToItsCustomersRepository() throws Exception {
        fx.github.repository("webplanet/padaria", false);
        fx.configure(c -> new GitHubConfig(c.endpoint(), c.token(), c.repository(),
                new GitHubConfig.Routing(Map.of("C-7", "webplanet/padaria"), Map.of()), c.selection(), c.labels(),
                c.assignees(), c.milestone(), false, c.syncBack(), c.limits(), c.dryRun(), c.timeouts(),
                c.cacheDirectory()));
        fx.ticketWaitingForDevelopment("Cardápio", "Itens somem.");

        fx.run();

        assertThat(fx.github.issues("webplanet/padaria")).hasSize(1);
        assertThat(fx.github.issues(GitHubFixture.REPO)).isEmpty();
    }

    @Test
    void dryRunListsTheIssuesItWouldCreateWithRedactedBodiesAndPostsNothing() {
        fx.ticketWaitingForDevelopment("Maria não consegue imprimir", "Ligue para (11) 98765-4321, Maria José.");

        StepResult result = fx.run(fx.journal.dryRunView(), true);

        assertThat(fx.github.count("POST", "/")).isZero();
        assertThat(fx.github.issues(GitHubFixture.REPO)).isEmpty();
        assertThat(result.actions()).singleElement().satisfies(a -> assertThat(a.planned()).isTrue());
        @SuppressWarnings("unchecked")
        List<OpenIssuesStep.PlannedIssue> planned = (List<OpenIssuesStep.PlannedIssue>) result.details()
                .get("plannedIssues");
        assertThat(planned).singleElement().satisfies(p -> {
            assertThat(p.title()).contains("[nome] não consegue imprimir").doesNotContain("Maria");
            assertThat(p.body()).contains("[telefone]").doesNotContain("98765-4321", "Maria");
            assertThat(p.labels()).contains("g3stor");
        });
        assertThat(result.details().get("redactions")).isEqualTo(Map.of("name", 2L, "phone", 1L));
    }

    @Test
    void dryRunWithoutTokenMakesNoCallAndSaysSo() throws Exception {
        fx.configure(c -> new GitHubConfig(c.endpoint(), java.util.Optional.empty(), c.repository(), c.routing(),
                c.selection(), c.labels(), c.assignees(), c.milestone(), false, c.syncBack(), c.limits(), true,
                c.timeouts(), c.cacheDirectory()));
        fx.ticketWaitingForDevelopment("Erro no PDV", "Caixa fecha sozinho.");

        StepResult result = fx.run();

        assertThat(fx.github.requests()).isEmpty();
        assertThat(result.summary()).contains("Sem token do GitHub", "1 issue(s) seriam criadas");
        assertThat(result.details()).containsKey("plannedIssues").containsEntry("remoteCalls",
                "skipped: no github.token");
    }

    @Test
    void withoutTokenARealRunAsksAPersonToConfigureIt() throws Exception {
        fx.configure(c -> new GitHubConfig(c.endpoint(), java.util.Optional.empty(), c.repository(), c.routing(),
                c.selection(), c.labels(), c.assignees(), c.milestone(), false, c.syncBack(), c.limits(), false,
                c.timeouts(), c.cacheDirectory()));
        fx.ticketWaitingForDevelopment("Erro no PDV", "Caixa fecha sozinho.");

        StepResult result = fx.run();

        assertThat(fx.github.requests()).isEmpty();
        assertThat(result.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(result.humanTasks()).singleElement().satisfies(t -> assertThat(t.target()).isEqualTo("github.token"));
    }

    @Test
    void englishLocaleGetsEnglishReportAndIssueTemplate() {
        fx.ticketWaitingForDevelopment("Erro no PDV", "Caixa fecha sozinho.");

        StepResult result = fx.runInEnglish();

        assertThat(result.summary()).startsWith("1 ticket(s) for development: 1 issue(s) created");
        assertThat(fx.github.issues(GitHubFixture.REPO).get(0).body).contains("## Ticket", "**Priority:** high");
    }
}
