package br.com.webplanet.roteiro.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * An in-process fake of the GitHub REST endpoints roteiro uses, on a real local HTTP server (MockWebServer):
 * {@code GET /repos/o/r}, {@code GET|POST /repos/o/r/issues} (label, state, since, per_page/page with Link
 * headers), {@code GET /repos/o/r/issues/n}, {@code GET /repos/o/r/milestones/n}. GET answers carry an ETag and
 * honour {@code If-None-Match} with a 304. Faults (rate-limit answers) can be queued; every request is logged.
 */
public final class FakeGitHub implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPO = Pattern.compile("/repos/([^/]+)/([^/]+)(/.*)?");

    /** A request as the fake received it. */
    public record Request(String method, String path, String query, String body, String authorization) {}

    /** An issue held by the fake. */
    public static final class Issue {
        public final int number;
        public final String title;
        public final String body;
        public final List<String> labels;
        public final List<String> assignees;
        public final Integer milestone;
        public String state = "open";
        public String closedByCommit;
        public Instant updatedAt;

        Issue(int number, String title, String body, List<String> labels, List<String> assignees, Integer milestone,
              Instant at) {
            this.number = number;
            this.title = title;
            this.body = body;
            this.labels = List.copyOf(labels);
            this.assignees = List.copyOf(assignees);
            this.milestone = milestone;
            this.updatedAt = at;
        }
    }

    private static final class Repo {
        final String owner;
        final String name;
        final String visibility;
        final List<Issue> issues = new ArrayList<>();
        final Map<Integer, String> milestones = new HashMap<>();

        Repo(String owner, String name, String visibility) {
            this.owner = owner;
            this.name = name;
            this.visibility = visibility;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final Clock clock;
    private final Map<String, Repo> repos = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Map.Entry<String, MockResponse>> faults = new ArrayDeque<>();
    private final Map<String, Long> slowNext = new HashMap<>();
    private int rateLimitRemaining = 5000;

    public FakeGitHub(Clock clock) throws IOException {
        this.clock = Objects.requireNonNull(clock, "clock is null");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        });
        server.start();
    }

    public URI endpoint() {
        return server.url("/").uri();
    }

    public synchronized FakeGitHub repository(String fullName, boolean isPublic) {
        String[] parts = fullName.split("/");
        repos.put(fullName, new Repo(parts[0], parts[1], isPublic ? "public" : "private"));
        return this;
    }

    public synchronized FakeGitHub milestone(String fullName, int number, String title) {
        repo(fullName).milestones.put(number, title);
        return this;
    }

    /** Answers the next {@code method} request (after earlier queued faults) with {@code response} instead. */
    public synchronized void failNext(String method, MockResponse response) {
        faults.add(Map.entry(method, response));
    }

    /** Sets how many requests GitHub's primary window has left; each request then takes one. */
    public synchronized void rateLimitRemaining(int remaining) {
        rateLimitRemaining = remaining;
    }

    /**
     * Handles the next {@code method} request normally (an issue is really created) but sends the answer only
     * after {@code millis}: a client time-out "mid-call", whose outcome the client cannot know.
     */
    public synchronized void slowNext(String method, long millis) {
        slowNext.put(method, millis);
    }

    /** Adds an issue as if someone (or an earlier, crashed run) had created it. */
    public synchronized Issue seedIssue(String fullName, String title, String body, List<String> labels) {
        Repo repo = repo(fullName);
        Issue issue = new Issue(repo.issues.size() + 1, title, body, labels, List.of(), null, clock.instant());
        repo.issues.add(issue);
        return issue;
    }

    public synchronized void setState(String fullName, int number, String state) {
        setState(fullName, number, state, null);
    }

    /** Changes an issue's state; {@code commit} non-null: closed by that commit (a merged pull request). */
    public synchronized void setState(String fullName, int number, String state, String commit) {
        Issue issue = repo(fullName).issues.get(number - 1);
        issue.state = state;
        issue.closedByCommit = "closed".equals(state) ? commit : null;
        issue.updatedAt = clock.instant();
    }

    public synchronized List<Issue> issues(String fullName) {
        return List.copyOf(repo(fullName).issues);
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized long count(String method, String pathPrefix) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix)).count();
    }

    public synchronized void clearRequests() {
        requests.clear();
    }

    private Repo repo(String fullName) {
        Repo repo = repos.get(fullName);
        if (repo == null) {
            throw new IllegalArgumentException("no repository " + fullName + " in the fake");
        }
        return repo;
    }

    private synchronized MockResponse handle(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        requests.add(new Request(request.getMethod(), url.encodedPath(), url.encodedQuery(), body,
                request.getHeaders().get("Authorization")));
        if (!faults.isEmpty() && faults.peek().getKey().equals(request.getMethod())) {
            return faults.poll().getValue();
        }
        Long delay = slowNext.remove(request.getMethod());
        rateLimitRemaining = Math.max(0, rateLimitRemaining - 1);
        MockResponse response = route(request, url, body).newBuilder()
                .setHeader("X-RateLimit-Limit", "5000")
                .setHeader("X-RateLimit-Remaining", String.valueOf(rateLimitRemaining)).build();
        return delay == null ? response
                : response.newBuilder().headersDelay(delay, java.util.concurrent.TimeUnit.MILLISECONDS).build();
    }

    private MockResponse route(RecordedRequest request, HttpUrl url, String body) {
        try {
            Matcher m = REPO.matcher(url.encodedPath());
            if (!m.matches() || !repos.containsKey(m.group(1) + "/" + m.group(2))) {
                return error(404, "Not Found");
            }
            Repo repo = repos.get(m.group(1) + "/" + m.group(2));
            String rest = m.group(3) == null ? "" : m.group(3);
            String method = request.getMethod();
            if (rest.isEmpty() && method.equals("GET")) {
                return ok(request, repoJson(repo), Map.of());
            }
            if (rest.equals("/issues") && method.equals("GET")) {
                return list(request, repo, url);
            }
            if (rest.equals("/issues") && method.equals("POST")) {
                return create(repo, JSON.readTree(body));
            }
            Matcher n = Pattern.compile("/issues/(\\d+)").matcher(rest);
            if (n.matches() && method.equals("GET")) {
                int number = Integer.parseInt(n.group(1));
                return number <= repo.issues.size() ? ok(request, issueJson(repo, repo.issues.get(number - 1)), Map.of())
                        : error(404, "Not Found");
            }
            Matcher ev = Pattern.compile("/issues/(\\d+)/events").matcher(rest);
            if (ev.matches() && method.equals("GET")) {
                return ok(request, eventsJson(repo.issues.get(Integer.parseInt(ev.group(1)) - 1)), Map.of());
            }
            Matcher ms = Pattern.compile("/milestones/(\\d+)").matcher(rest);
            if (ms.matches() && method.equals("GET") && repo.milestones.containsKey(Integer.parseInt(ms.group(1)))) {
                int number = Integer.parseInt(ms.group(1));
                return ok(request, milestoneJson(repo, number), Map.of());
            }
            return error(404, "Not Found");
        } catch (IOException | RuntimeException e) {
            return error(500, e.toString());
        }
    }

    private MockResponse list(RecordedRequest request, Repo repo, HttpUrl url) {
        String label = url.queryParameter("labels");
        String state = url.queryParameter("state") == null ? "open" : url.queryParameter("state");
        Instant since = url.queryParameter("since") == null ? null : Instant.parse(url.queryParameter("since"));
        int perPage = url.queryParameter("per_page") == null ? 30 : Integer.parseInt(url.queryParameter("per_page"));
        int page = url.queryParameter("page") == null ? 1 : Integer.parseInt(url.queryParameter("page"));
        List<Issue> matching = repo.issues.stream()
                .filter(i -> label == null || i.labels.contains(label))
                .filter(i -> state.equals("all") || i.state.equals(state))
                .filter(i -> since == null || !i.updatedAt.isBefore(since))
                .toList();
        ArrayNode array = JSON.createArrayNode();
        int from = Math.min((page - 1) * perPage, matching.size());
        int to = Math.min(from + perPage, matching.size());
        for (Issue issue : matching.subList(from, to)) {
            array.add(issueJson(repo, issue));
        }
        Map<String, String> headers = new TreeMap<>();
        int last = Math.max(1, (matching.size() + perPage - 1) / perPage);
        if (page < last) {
            headers.put("Link", "<" + url.newBuilder().setQueryParameter("page", String.valueOf(page + 1)).build()
                    + ">; rel=\"next\", <" + url.newBuilder().setQueryParameter("page", String.valueOf(last)).build()
                    + ">; rel=\"last\"");
        }
        return ok(request, array, headers);
    }

    private MockResponse create(Repo repo, JsonNode json) {
        if (!json.hasNonNull("title") || json.get("title").asText().isBlank()) {
            return error(422, "Validation Failed: title is missing");
        }
        List<String> labels = new ArrayList<>();
        json.path("labels").forEach(l -> labels.add(l.asText()));
        List<String> assignees = new ArrayList<>();
        json.path("assignees").forEach(a -> assignees.add(a.asText()));
        if (json.hasNonNull("assignee")) {
            assignees.add(json.get("assignee").asText());
        }
        Integer milestone = json.hasNonNull("milestone") ? json.get("milestone").asInt() : null;
        Issue issue = new Issue(repo.issues.size() + 1, json.get("title").asText(), json.path("body").asText(""),
                labels, assignees, milestone, clock.instant());
        repo.issues.add(issue);
        return new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json")
                .body(issueJson(repo, issue).toString()).build();
    }

    private MockResponse ok(RecordedRequest request, JsonNode json, Map<String, String> headers) {
        String body = json.toString();
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        MockResponse.Builder b = new MockResponse.Builder().addHeader("ETag", etag)
                ;
        headers.forEach(b::addHeader);
        if (etag.equals(request.getHeaders().get("If-None-Match"))) {
            return b.code(304).build();
        }
        return b.code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse error(int status, String message) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body("{\"message\":" + JSON.valueToTree(message) + "}").build();
    }

    private ObjectNode repoJson(Repo repo) {
        ObjectNode node = JSON.createObjectNode();
        String fullName = repo.owner + "/" + repo.name;
        node.put("id", Math.abs(fullName.hashCode()));
        node.put("name", repo.name);
        node.put("full_name", fullName);
        node.putObject("owner").put("login", repo.owner).put("id", 1).put("type", "Organization");
        node.put("private", !repo.visibility.equals("public"));
        node.put("visibility", repo.visibility);
        node.put("html_url", "https://github.example/" + fullName);
        node.put("url", server.url("/repos/" + fullName).toString());
        return node;
    }

    private ObjectNode issueJson(Repo repo, Issue issue) {
        String fullName = repo.owner + "/" + repo.name;
        ObjectNode node = JSON.createObjectNode();
        node.put("id", issue.number * 1000L + Math.abs(fullName.hashCode() % 1000));
        node.put("number", issue.number);
        node.put("title", issue.title);
        node.put("body", issue.body);
        node.put("state", issue.state);
        node.put("html_url", "https://github.example/" + fullName + "/issues/" + issue.number);
        node.put("url", server.url("/repos/" + fullName + "/issues/" + issue.number).toString());
        node.put("created_at", issue.updatedAt.toString());
        node.put("updated_at", issue.updatedAt.toString());
        if (issue.state.equals("closed")) {
            node.put("closed_at", issue.updatedAt.toString());
        }
        ArrayNode labels = node.putArray("labels");
        issue.labels.forEach(l -> labels.addObject().put("name", l));
        ArrayNode assignees = node.putArray("assignees");
        issue.assignees.forEach(a -> assignees.addObject().put("login", a));
        if (issue.milestone != null) {
            node.set("milestone", milestoneJson(repo, issue.milestone));
        }
        return node;
    }

    private ArrayNode eventsJson(Issue issue) {
        ArrayNode events = JSON.createArrayNode();
        events.addObject().put("id", 1).put("event", "labeled").put("created_at", issue.updatedAt.toString());
        if (issue.state.equals("closed")) {
            ObjectNode closed = events.addObject().put("id", 2).put("event", "closed")
                    .put("created_at", issue.updatedAt.toString());
            if (issue.closedByCommit == null) {
                closed.putNull("commit_id");
            } else {
                closed.put("commit_id", issue.closedByCommit);
            }
        }
        return events;
    }

    private ObjectNode milestoneJson(Repo repo, int number) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", number);
        node.put("number", number);
        node.put("title", repo.milestones.getOrDefault(number, "?"));
        node.put("state", "open");
        return node;
    }

    @Override
    public void close() {
        server.close();
    }
}
