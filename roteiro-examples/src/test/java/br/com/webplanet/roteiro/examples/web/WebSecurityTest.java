package br.com.webplanet.roteiro.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may come in and which changes pass: {@link WebAccess}, {@link Csrf}, {@link HttpConfig}'s rules. */
class WebSecurityTest {
    private static final String ANA = WebAccess.hash("senha-da-ana");

    @Test
    void bcryptUsersAreCheckedAndAnonymousIsRefusedWithAChallenge() {
        WebAccess access = new WebAccess(HttpConfig.defaults().withUsers(Map.of("ana", ANA)), Clock.systemUTC());

        assertThat(access.identify("10.0.0.5", Optional.empty(), Optional.of("ana"), Optional.of("senha-da-ana")))
                .isEqualTo(new WebAccess.Known("ana"));
        assertThat(access.identify("10.0.0.5", Optional.empty(), Optional.of("ana"), Optional.of("errada")))
                .isEqualTo(new WebAccess.Refused(true));
        assertThat(access.identify("10.0.0.5", Optional.empty(), Optional.of("bia"), Optional.of("senha-da-ana")))
                .isEqualTo(new WebAccess.Refused(true));
        assertThat(access.identify("10.0.0.5", Optional.empty(), Optional.empty(), Optional.empty()))
                .isEqualTo(new WebAccess.Refused(true));
    }

    @Test
    void proxyHeaderIsBelievedOnlyFromTheTrustedProxy() {
        HttpConfig config = new HttpConfig(null, 8080, null, Optional.of("X-Remote-User"), List.of("127.0.0.1"), null);
        WebAccess access = new WebAccess(config, Clock.systemUTC());

        assertThat(access.identify("127.0.0.1", Optional.of("carla"), Optional.empty(), Optional.empty()))
                .isEqualTo(new WebAccess.Known("carla"));
        assertThat(access.identify("10.9.9.9", Optional.of("carla"), Optional.empty(), Optional.empty()))
                .as("anyone else sending the header").isEqualTo(new WebAccess.Refused(false));
        assertThat(access.identify("127.0.0.1", Optional.empty(), Optional.empty(), Optional.empty()))
                .isEqualTo(new WebAccess.Refused(false));
    }

    @Test
    void withNoLoginConfiguredVisitorsAreNamedByAddress() {
        WebAccess access = new WebAccess(HttpConfig.defaults(), Clock.systemUTC());
        assertThat(access.identify("127.0.0.1", Optional.of("mallory"), Optional.empty(), Optional.empty()))
                .isEqualTo(new WebAccess.Known("anônimo@127.0.0.1"));
    }

    @Test
    void csrfNeedsTheCookieTokenRepeatedAndOurOwnOrigin() {
        String token = Csrf.newToken();
        assertThat(Csrf.allows(token, token, "http://127.0.0.1:8080", null, "127.0.0.1:8080")).isTrue();
        assertThat(Csrf.allows(token, token, null, "https://roteiro.example/historico", "roteiro.example")).isTrue();
        assertThat(Csrf.allows(token, null, "http://127.0.0.1:8080", null, "127.0.0.1:8080")).as("no form token").isFalse();
        assertThat(Csrf.allows(token, Csrf.newToken(), "http://127.0.0.1:8080", null, "127.0.0.1:8080")).isFalse();
        assertThat(Csrf.allows(token, token, "https://evil.example", null, "127.0.0.1:8080")).as("cross-site").isFalse();
        assertThat(Csrf.allows(token, token, "null", null, "127.0.0.1:8080")).as("no usable origin").isFalse();
        assertThat(Csrf.allows("short", "short", "http://127.0.0.1:8080", null, "127.0.0.1:8080")).isFalse();
    }

    @Test
    void configRulesCatchPlainPasswordsAndAnUntrustedHeader() {
        HttpConfig plain = HttpConfig.defaults().withUsers(Map.of("ana", "senha123"));
        assertThat(plain.problems()).singleElement().asString().contains("http.users.ana", "bcrypt");
        HttpConfig header = new HttpConfig(null, 8080, null, Optional.of("X-Remote-User"), null, null);
        assertThat(header.problems()).singleElement().asString().contains("trusted-proxies");
        assertThat(HttpConfig.defaults().withUsers(Map.of("ana", ANA)).problems()).isEmpty();
        assertThat(HttpConfig.defaults().listen()).isEqualTo("127.0.0.1");
    }

    @Test
    void usersBindFromYamlAsSecretsThatConfigCheckNeverPrints() {
        Map<String, Object> tree = Map.of("http", Map.of("users", Map.of("ana", ANA), "port", 9090));
        try (br.com.webplanet.roteiro.engine.Roteiro roteiro = br.com.webplanet.roteiro.engine.Roteiro.builder()
                .withModules(new br.com.webplanet.roteiro.examples.LauncherModule()).config(tree)
                .journalUrl("jdbc:h2:mem:web-security-test").build()) {
            HttpConfig http = roteiro.lookup(HttpConfig.class).orElseThrow();
            assertThat(http.port()).isEqualTo(9090);
            assertThat(http.users().get("ana").reveal()).isEqualTo(ANA);
            assertThat(http.toString()).doesNotContain(ANA).contains("[REDACTED]");
        }
    }

    @Test
    void archivedReportInlineStylesAreAllowedByHashOnly() {
        String html = "<style>body { color: red; }</style><div style=\"width: 40%\"></div>";
        String sources = WebServer.styleHashes(html);
        assertThat(sources).startsWith("'unsafe-hashes' 'sha256-").doesNotContain("unsafe-inline");
        assertThat(sources.split("'sha256-")).hasSize(3);
    }
}
