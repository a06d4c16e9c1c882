package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.config.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Section {@code http} of {@code roteiro.yaml}: the web page {@code roteiro watch} serves (Hoje,
 * Histórico, {@code /metrics}, {@code /health}). Safe by default: loopback only, and with neither
 * {@code users} nor a trusted proxy header anyone who can reach the port may see and change.
 *
 * @param listen             address to bind; {@code 127.0.0.1} unless you mean the network to reach it
 * @param port               TCP port
 * @param users              people allowed in (HTTP Basic), name → bcrypt hash made with
 *                           {@code htpasswd -nbB -C 12 NAME PASSWORD}; empty: no login. Kept as secrets: never
 *                           printed by {@code config check} nor logged
 * @param trustedUserHeader  header a reverse proxy sets with the authenticated user (e.g. {@code X-Remote-User});
 *                           honoured only from {@code trusted-proxies}
 * @param trustedProxies     addresses of the reverse proxies whose {@code trusted-user-header} is believed
 * @param refresh            how often the page refreshes its live parts (JavaScript), and the
 *                           {@code <meta refresh>} without it
 */
public record HttpConfig(@Default("127.0.0.1") String listen, @Default("8080") int port, Map<String, Secret> users,
                         Optional<String> trustedUserHeader, List<String> trustedProxies,
                         @Default("15s") java.time.Duration refresh) implements Validated {
    /** The configuration prefix. */
    public static final String PREFIX = "http";
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9-]+");

    public HttpConfig {
        listen = listen == null || listen.isBlank() ? "127.0.0.1" : listen.strip();
        users = users == null ? Map.of() : Map.copyOf(users);
        trustedUserHeader = trustedUserHeader == null ? Optional.empty() : trustedUserHeader.filter(h -> !h.isBlank());
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        refresh = refresh == null ? java.time.Duration.ofSeconds(15) : refresh;
    }

    /** The defaults: loopback, port 8080, nobody configured. */
    public static HttpConfig defaults() {
        return new HttpConfig(null, 8080, null, Optional.empty(), null, null);
    }

    /** The same settings on another port (0: any free port). */
    public HttpConfig withPort(int newPort) {
        return new HttpConfig(listen, newPort, users, trustedUserHeader, trustedProxies, refresh);
    }

    /** The same settings with {@code newUsers} (name → bcrypt hash). */
    public HttpConfig withUsers(Map<String, String> newUsers) {
        Map<String, Secret> secrets = new java.util.LinkedHashMap<>();
        newUsers.forEach((name, hash) -> secrets.put(name, Secret.of(hash)));
        return new HttpConfig(listen, port, secrets, trustedUserHeader, trustedProxies, refresh);
    }

    /** Whether a visitor must be identified (users, or a trusted proxy header). */
    public boolean requiresLogin() {
        return !users.isEmpty() || trustedUserHeader.isPresent();
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (port < 0 || port > 65535) {
            problems.add("http.port must be between 0 and 65535, was " + port);
        }
        users.forEach((name, hash) -> {
            if (name.isBlank() || name.contains(":")) {
                problems.add("http.users: user name '" + name + "' must not be blank nor contain ':'");
            }
            if (hash == null || !BCRYPT.matcher(hash.reveal()).matches()) {
                problems.add("http.users." + name + ": not a bcrypt hash ($2a$/$2b$/$2y$…, 60 characters);"
                        + " make one with htpasswd -nbB -C 12 NAME PASSWORD (apache2-utils) and keep the part after the colon; never write the password itself");
            }
        });
        trustedUserHeader.ifPresent(h -> {
            if (!HEADER.matcher(h).matches()) {
                problems.add("http.trusted-user-header: '" + h + "' is not a header name");
            }
            if (trustedProxies.isEmpty()) {
                problems.add("http.trusted-user-header needs http.trusted-proxies (the proxy's address):"
                        + " otherwise anyone could send the header and be believed");
            }
        });
        if (refresh.compareTo(java.time.Duration.ofSeconds(2)) < 0) {
            problems.add("http.refresh must be at least 2s, was " + refresh);
        }
        return problems;
    }
}
