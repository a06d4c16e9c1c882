package br.com.webplanet.roteiro.examples.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CSRF protection for every change (POST): double-submit token — a random token in an
 * {@code HttpOnly; SameSite=Strict} cookie, repeated by the server in each form — plus a check that
 * {@code Origin} (or, without it, {@code Referer}) names this host. A change passes only when both
 * hold; the cookie alone (sent by a forged cross-site form, where SameSite lets it) never suffices.
 */
final class Csrf {
    static final String COOKIE = "roteiro_csrf";
    static final String FIELD = "csrf";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isToken(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }

    /** The {@code Set-Cookie} value for {@code token}. */
    static String cookie(String token, boolean secure) {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** Whether a change may proceed. */
    static boolean allows(String cookieToken, String formToken, String origin, String referer, String host) {
        if (!isToken(cookieToken) || formToken == null
                || !MessageDigest.isEqual(cookieToken.getBytes(StandardCharsets.US_ASCII),
                        formToken.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        String source = origin != null && !origin.isBlank() && !"null".equals(origin) ? origin : referer;
        if (source == null || source.isBlank() || host == null) {
            return false;
        }
        try {
            String authority = URI.create(source.strip()).getRawAuthority();
            return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
