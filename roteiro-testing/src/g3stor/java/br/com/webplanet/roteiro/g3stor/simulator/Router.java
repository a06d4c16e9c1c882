package br.com.webplanet.roteiro.g3stor.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Routes by method and path template ({@code /tickets/{id}}); a route's name is {@code "GET /tickets/{id}"}. */
final class Router {
    /** Handles one request. */
    @FunctionalInterface
    interface Handler {
        SimResponse handle(SimRequest request);
    }

    /** A route: its name, whether an {@code Idempotency-Key} is required, and its handler. */
    record Route(String method, String name, Pattern pattern, boolean requiresKey, Handler handler) {}

    /** A route matched by a request, with its decoded path parameters. */
    record Match(Route route, List<String> params) {}

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Handler handler) {
        return add(method, template, false, handler);
    }

    Router add(String method, String template, boolean requiresKey, Handler handler) {
        String regex = "^" + template.replaceAll("\\{[^}]+}", "([^/]+)") + "$";
        routes.add(new Route(method, method + " " + template, Pattern.compile(regex), requiresKey, handler));
        return this;
    }

    Optional<Match> match(String method, String path) {
        for (Route r : routes) {
            Matcher m = r.pattern().matcher(path);
            if (r.method().equals(method) && m.matches()) {
                List<String> params = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    params.add(URLDecoder.decode(m.group(i), StandardCharsets.UTF_8));
                }
                return Optional.of(new Match(r, params));
            }
        }
        return Optional.empty();
    }

    /** Whether some route has this path with another method (405 rather than 404). */
    boolean pathExists(String path) {
        return routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
    }
}
