package br.com.webplanet.roteiro.examples.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is asking: a name from a trusted reverse proxy's header (only when the request comes from one
 * of {@code http.trusted-proxies}), or from HTTP Basic checked against {@code http.users}' bcrypt
 * hashes (at.favre.lib:bcrypt), or — when neither is configured — an anonymous visitor named by
 * address. A verified password is remembered (as a SHA-256 of name and password, never the password)
 * for a few minutes, so a page refresh does not cost a bcrypt verification each time.
 */
final class WebAccess {
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 1000;
    private final HttpConfig config;
    private final Set<String> trustedProxies;
    private final Clock clock;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final String dummyHash = BCrypt.withDefaults().hashToString(10, Csrf.newToken().toCharArray());

    /** Outcome of identifying a request. */
    sealed interface Outcome permits Known, Refused {}

    record Known(String user) implements Outcome {}

    /** {@code challenge}: answer 401 with a Basic challenge (else 403). */
    record Refused(boolean challenge) implements Outcome {}

    WebAccess(HttpConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.trustedProxies = Set.copyOf(config.trustedProxies());
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    Outcome identify(String remoteAddress, Optional<String> headerUser, Optional<String> basicUser,
                     Optional<String> basicPassword) {
        if (config.trustedUserHeader().isPresent() && trustedProxies.contains(remoteAddress)) {
            Optional<String> user = headerUser.map(String::strip).filter(u -> !u.isEmpty() && u.length() <= 200);
            if (user.isPresent()) {
                return new Known(user.get());
            }
        }
        if (!config.users().isEmpty()) {
            if (basicUser.isPresent() && basicPassword.isPresent() && passwordMatches(basicUser.get(), basicPassword.get())) {
                return new Known(basicUser.get());
            }
            return new Refused(true);
        }
        if (config.trustedUserHeader().isPresent()) {
            return new Refused(false);   // only the proxy may let people in
        }
        return new Known("anônimo@" + remoteAddress);
    }

    private boolean passwordMatches(String user, String password) {
        String hash = config.users().containsKey(user) ? config.users().get(user).reveal() : null;
        if (hash == null) {
            // same cost as a real check, so timing does not tell which names exist
            BCrypt.verifyer().verify(password.toCharArray(), dummyHash);
            return false;
        }
        String remembered = digest(user + "\u0000" + password + "\u0000" + hash);
        Instant now = clock.instant();
        Instant until = verified.get(remembered);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean ok = BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
        if (ok) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(remembered, now.plus(REMEMBER));
        }
        return ok;
    }

    /** A bcrypt hash of {@code password} (cost 12), for {@code http.users}. */
    static String hash(String password) {
        return BCrypt.withDefaults().hashToString(12, password.toCharArray());
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
