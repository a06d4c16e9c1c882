package br.com.webplanet.roteiro.examples.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GitHub REST endpoints step 7 uses, served from memory on 127.0.0.1 for one private repository, so
 * a simulation really creates issues and can count them per ticket across days: {@code GET /repos/o/r},
 * {@code GET|POST /repos/o/r/issues} (label, state, since, per_page/page with a {@code Link} header),
 * {@code GET /repos/o/r/issues/n} and its {@code /events}.
 */
final class LocalGitHub implements AutoCloseable {
    static final String REPOSITORY = "webplanet/suporte";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKER = Pattern.compile("<!-- roteiro:ticket=(.+?) -->");
    private final HttpServer server;
    private final Clock clock;
    private final List<ObjectNode> issues = new ArrayList<>();

    LocalGitHub(Clock clock) {
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the local GitHub", e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many issues carry each ticket's marker. */
    synchronized Map<String, Integer> issuesPerTicket() {
        Map<String, Integer> out = new HashMap<>();
        for (ObjectNode issue : issues) {
            Matcher m = MARKER.matcher(issue.path("body").asText());
            if (m.find()) {
                out.merge(m.group(1), 1, Integer::sum);
            }
        }
        return out;
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String base = "/repos/" + REPOSITORY;
            if (path.equals(base) && method.equals("GET")) {
                send(exchange, 200, repository(), null);
            } else if (path.equals(base + "/issues") && method.equals("GET")) {
                list(exchange, query);
            } else if (path.equals(base + "/issues") && method.equals("POST")) {
                send(exchange, 201, create(JSON.readTree(exchange.getRequestBody())), null);
            } else if (path.matches(base + "/issues/\\d+") && method.equals("GET")) {
                int n = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
                if (n >= 1 && n <= issues.size()) {
                    send(exchange, 200, issues.get(n - 1), null);
                } else {
                    send(exchange, 404, JSON.createObjectNode().put("message", "Not Found"), null);
                }
            } else if (path.matches(base + "/issues/\\d+/events") && method.equals("GET")) {
                send(exchange, 200, JSON.createArrayNode(), null);
            } else {
                send(exchange, 404, JSON.createObjectNode().put("message", "Not Found"), null);
            }
        }
    }

    private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
        String label = query.get("labels");
        String state = query.getOrDefault("state", "open");
        Instant since = query.containsKey("since") ? Instant.parse(query.get("since")) : null;
        int perPage = Integer.parseInt(query.getOrDefault("per_page", "30"));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        List<ObjectNode> matching = issues.stream()
                .filter(i -> label == null || labels(i).contains(label))
                .filter(i -> state.equals("all") || i.path("state").asText().equals(state))
                .filter(i -> since == null || !Instant.parse(i.path("updated_at").asText()).isBefore(since))
                .toList();
        ArrayNode array = JSON.createArrayNode();
        int from = Math.min((page - 1) * perPage, matching.size());
        matching.subList(from, Math.min(from + perPage, matching.size())).forEach(array::add);
        int last = Math.max(1, (matching.size() + perPage - 1) / perPage);
        String link = null;
        if (page < last) {
            String raw = exchange.getRequestURI().getRawQuery().replaceAll("&?page=\\d+", "");
            String url = endpoint() + exchange.getRequestURI().getPath() + "?" + raw + "&page=";
            link = "<" + url + (page + 1) + ">; rel=\"next\", <" + url + last + ">; rel=\"last\"";
        }
        send(exchange, 200, array, link);
    }

    private ObjectNode create(JsonNode body) {
        int number = issues.size() + 1;
        String now = clock.instant().toString();
        ObjectNode issue = JSON.createObjectNode();
        issue.put("id", 10_000L + number);
        issue.put("number", number);
        issue.put("title", body.path("title").asText());
        issue.put("body", body.path("body").asText(""));
        issue.put("state", "open");
        issue.put("html_url", "https://github.example/" + REPOSITORY + "/issues/" + number);
        issue.put("url", endpoint() + "/repos/" + REPOSITORY + "/issues/" + number);
        issue.put("created_at", now);
        issue.put("updated_at", now);
        ArrayNode labels = issue.putArray("labels");
        body.path("labels").forEach(l -> labels.addObject().put("name", l.asText()));
        issue.putArray("assignees");
        issues.add(issue);
        return issue;
    }

    private ObjectNode repository() {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", 4242);
        node.put("name", REPOSITORY.substring(REPOSITORY.indexOf('/') + 1));
        node.put("full_name", REPOSITORY);
        node.putObject("owner").put("login", "webplanet").put("id", 1).put("type", "Organization");
        node.put("private", true);
        node.put("visibility", "private");
        node.put("html_url", "https://github.example/" + REPOSITORY);
        node.put("url", endpoint() + "/repos/" + REPOSITORY);
        return node;
    }

    private static List<String> labels(JsonNode issue) {
        List<String> out = new ArrayList<>();
        issue.path("labels").forEach(l -> out.add(l.path("name").asText()));
        return out;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body, String link) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-RateLimit-Limit", "5000");
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", "4999");
        if (link != null) {
            exchange.getResponseHeaders().set("Link", link);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
