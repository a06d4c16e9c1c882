package br.com.webplanet.roteiro.github;

import static java.util.Objects.requireNonNull;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.config.Validated;
import br.com.webplanet.roteiro.model.TicketStatus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the GitHub module, under the prefix {@code github} of {@code roteiro.yaml}:
 * <pre>{@code
 * github:
 *   token: ${GITHUB_TOKEN}
 *   repository: webplanet/suporte
 *   routing: {byCustomer: {C-7: webplanet/textura}, byProduct: {erp: webplanet/erp}}
 *   selection: {statuses: [aguardando_desenvolvimento], tag: dev}
 *   labels: {marker: g3stor, priority: {HIGH: "prioridade:alta"}, category: {fiscal: "área:fiscal"}}
 * }</pre>
 *
 * @param endpoint              the GitHub REST API base URL (GitHub Enterprise: {@code https://host/api/v3})
 * @param token                 personal access or installation token with the {@code issues} scope; write it as
 *                              {@code ${GITHUB_TOKEN}} so it comes from the environment. Never logged. Without it
 *                              only a dry-run works, and it makes no call to GitHub
 * @param repository            the repository ({@code owner/name}) issues go to when no routing rule matches
 * @param routing               per-customer and per-product overrides of {@code repository}
 * @param selection             which tickets need an issue
 * @param labels                labels put on every issue
 * @param assignees             GitHub logins assigned to every new issue
 * @param milestone             milestone of every new issue: its number, or its exact title among open milestones
 * @param allowPublicRepository post to a public repository (anyone could read the issue); off by default
 * @param syncBack              what a closed or reopened issue does to its ticket
 * @param limits                request budget and rate-limit waits
 * @param dryRun                plan only: list the issues that would be created, create none (also when the run
 *                              itself is a dry-run)
 * @param timeouts              HTTP time-outs
 * @param cacheDirectory        directory for an HTTP cache; with it, repeated GETs are conditional (ETag) and a
 *                              {@code 304 Not Modified} does not count against GitHub's rate limit
 */
public record GitHubConfig(
        @Default("https://api.github.com") URI endpoint,
        Optional<Secret> token,
        String repository,
        Routing routing,
        Selection selection,
        Labels labels,
        List<String> assignees,
        Optional<String> milestone,
        @Default("false") boolean allowPublicRepository,
        SyncBack syncBack,
        Limits limits,
        @Default("false") boolean dryRun,
        Timeouts timeouts,
        Optional<Path> cacheDirectory) implements Validated.Bilingual {

    public GitHubConfig {
        requireNonNull(endpoint, "endpoint is null");
        token = token == null ? Optional.empty() : token.filter(t -> !t.isEmpty());
        requireNonNull(repository, "repository is null");
        routing = routing == null ? Routing.none() : routing;
        selection = selection == null ? Selection.defaults() : selection;
        labels = labels == null ? Labels.defaults() : labels;
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
        milestone = milestone == null ? Optional.empty() : milestone.filter(m -> !m.isBlank());
        syncBack = syncBack == null ? SyncBack.defaults() : syncBack;
        limits = limits == null ? Limits.defaults() : limits;
        timeouts = timeouts == null ? Timeouts.defaults() : timeouts;
        cacheDirectory = cacheDirectory == null ? Optional.empty() : cacheDirectory;
    }

    /** Defaults for everything but the repository and the token (for tests and embedding). */
    public static GitHubConfig of(URI endpoint, Secret token, String repository) {
        return new GitHubConfig(endpoint, Optional.ofNullable(token), repository, null, null, null, null, null,
                false, null, null, false, null, null);
    }

    /**
     * Cross-field rules: repositories are {@code owner/name}, statuses exist, something selects tickets; in
     * pt-BR, or English for an English locale, keys as the file writes them.
     *
     * @return one message per problem, naming the property; empty when the settings are usable
     */
    @Override
    public List<String> problems(Locale locale) {
        boolean en = Validated.inEnglish(locale);
        List<String> problems = new ArrayList<>();
        checkRepository("github.repository", repository, problems, en);
        routing.byCustomer().forEach((k, v) -> checkRepository("github.routing.by-customer." + k, v, problems, en));
        routing.byProduct().forEach((k, v) -> checkRepository("github.routing.by-product." + k, v, problems, en));
        for (String status : selection.statuses()) {
            checkStatus("github.selection.statuses", status, problems, en);
        }
        if (selection.statuses().isEmpty() && selection.tag().isEmpty()) {
            problems.add(en ? "github.selection: set 'statuses' and/or 'tag', otherwise no ticket is ever selected"
                    : "github.selection: defina 'statuses' e/ou 'tag'; sem eles nenhum chamado é selecionado");
        }
        checkStatus("github.sync-back.closed-status", syncBack.closedStatus(), problems, en);
        checkStatus("github.sync-back.reopened-status", syncBack.reopenedStatus(), problems, en);
        if (!"https".equals(endpoint.getScheme()) && !"localhost".equals(endpoint.getHost())
                && !"127.0.0.1".equals(endpoint.getHost())) {
            problems.add(en ? "github.endpoint must use https (was '" + endpoint + "'); plain http is only for localhost"
                    : "github.endpoint deve usar https (está '" + endpoint + "'); http sem TLS só para localhost");
        }
        if (limits.maxRequestsPerRun() < 1 || limits.maxRetries() < 0 || limits.reserve() < 0) {
            problems.add(en ? "github.limits: max-requests-per-run must be >= 1, max-retries and reserve >= 0"
                    : "github.limits: max-requests-per-run deve ser >= 1, max-retries e reserve >= 0");
        }
        return List.copyOf(problems);
    }

    private static void checkRepository(String property, String value, List<String> problems, boolean en) {
        if (value == null || !value.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            problems.add(en ? property + " must be 'owner/name', was '" + value + "'"
                    : property + " deve ser 'dono/nome' (está '" + value + "')");
        }
    }

    private static void checkStatus(String property, String value, List<String> problems, boolean en) {
        try {
            TicketStatus.fromCode(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            String valid = String.join(", ", java.util.Arrays.stream(TicketStatus.values()).map(TicketStatus::code).toList());
            problems.add(en ? property + ": unknown ticket status '" + value + "'; use one of " + valid
                    : property + ": situação de chamado desconhecida '" + value + "'; use uma de " + valid);
        }
    }

    /**
     * Where a ticket's issue goes when it should not go to {@code github.repository}.
     *
     * @param byCustomer customer id in G3stor → repository; checked first
     * @param byProduct  ticket tag naming a product (e.g. {@code erp}) → repository
     */
    public record Routing(Map<String, String> byCustomer, Map<String, String> byProduct) {
        public Routing {
            byCustomer = byCustomer == null ? Map.of() : Map.copyOf(byCustomer);
            byProduct = byProduct == null ? Map.of() : Map.copyOf(byProduct);
        }

        public static Routing none() {
            return new Routing(Map.of(), Map.of());
        }
    }

    /**
     * Which tickets need an issue: those in one of {@code statuses}, plus open tickets carrying {@code tag}.
     *
     * @param statuses ticket status codes ({@code aguardando_desenvolvimento}, …)
     * @param tag      a G3stor tag that also selects a ticket (e.g. {@code dev}), if any
     */
    public record Selection(@Default("[aguardando_desenvolvimento]") List<String> statuses, Optional<String> tag) {
        public Selection {
            statuses = statuses == null ? List.of(TicketStatus.AGUARDANDO_DESENVOLVIMENTO.code()) : List.copyOf(statuses);
            tag = tag == null ? Optional.empty() : tag.filter(t -> !t.isBlank());
        }

        public static Selection defaults() {
            return new Selection(null, Optional.empty());
        }
    }

    /**
     * Labels of a new issue.
     *
     * @param marker   put on every issue roteiro creates; the listing of existing issues filters by it
     * @param priority ticket priority ({@code VERY_LOW} … {@code MAJOR}) → label; a priority not listed gets
     *                 {@code prioridade:<nome>}
     * @param category ticket tag → label (e.g. {@code fiscal: "área:fiscal"}); tags not listed add no label
     */
    public record Labels(@Default("g3stor") String marker, Map<String, String> priority, Map<String, String> category) {
        public Labels {
            marker = marker == null || marker.isBlank() ? "g3stor" : marker;
            priority = priority == null ? Map.of() : Map.copyOf(priority);
            category = category == null ? Map.of() : Map.copyOf(category);
        }

        public static Labels defaults() {
            return new Labels(null, null, null);
        }
    }

    /**
     * What happens to a linked ticket when its issue changes, checked on every run for issues updated since the
     * previous one. Only transitions G3stor allows are made.
     *
     * @param enabled        carry issue state back to tickets at all
     * @param closedStatus   a closed issue moves its ticket (if it still waits on development) to this status
     * @param reopenedStatus a reopened issue moves its ticket back from {@code closedStatus} to this status
     * @param onlyClosedByPullRequest a closed issue moves its ticket only when a merged pull request (or a
     *                       commit) closed it, not when someone closed it by hand; costs one request per closed issue
     */
    public record SyncBack(@Default("true") boolean enabled,
                           @Default("aguardando_validacao") String closedStatus,
                           @Default("aguardando_desenvolvimento") String reopenedStatus,
                           @Default("false") boolean onlyClosedByPullRequest) {
        public SyncBack {
            closedStatus = closedStatus == null ? TicketStatus.AGUARDANDO_VALIDACAO.code() : closedStatus;
            reopenedStatus = reopenedStatus == null ? TicketStatus.AGUARDANDO_DESENVOLVIMENTO.code() : reopenedStatus;
        }

        public static SyncBack defaults() {
            return new SyncBack(true, null, null, false);
        }
    }

    /**
     * Request budget of one run and how rate-limit answers are handled.
     *
     * @param maxRequestsPerRun stop creating issues (gracefully, reporting what is left) after this many requests
     * @param reserve           also stop when GitHub says fewer than this many requests remain in its window
     * @param maxWait           a {@code 429} or secondary-rate-limit {@code 403} asking to wait longer than this is
     *                          not waited out: the run stops and reports what is left
     * @param maxRetries        how many times one request is retried after rate-limit answers
     */
    public record Limits(@Default("1000") int maxRequestsPerRun, @Default("50") int reserve,
                         @Default("60s") Duration maxWait, @Default("3") int maxRetries) {
        public Limits {
            maxWait = maxWait == null ? Duration.ofSeconds(60) : maxWait;
        }

        public static Limits defaults() {
            return new Limits(1000, 50, null, 3);
        }
    }

    /**
     * HTTP time-outs.
     *
     * @param connect to open a connection
     * @param read    between bytes of an answer
     * @param call    for a whole call, retries excluded
     */
    public record Timeouts(@Default("10s") Duration connect, @Default("30s") Duration read,
                           @Default("60s") Duration call) {
        public Timeouts {
            connect = connect == null ? Duration.ofSeconds(10) : connect;
            read = read == null ? Duration.ofSeconds(30) : read;
            call = call == null ? Duration.ofSeconds(60) : call;
        }

        public static Timeouts defaults() {
            return new Timeouts(null, null, null);
        }
    }
}
