package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.config.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one mail server (IMAP for intake, SMTP for sending).
 *
 * @param host     server host name
 * @param port     port; when left out: 993/143 for IMAP and 465/587 for SMTP, by {@code tls}/{@code startTls}
 * @param user     login user; when left out, no login (SMTP relays only)
 * @param password password (PASSWORD mode); never printed
 * @param tls      implicit TLS (IMAPS/SMTPS). On by default: plain text only when set to {@code false}
 *                 explicitly and {@code startTls} is off
 * @param startTls connect in plain text and require STARTTLS before logging in (ports 143/587)
 * @param auth     PASSWORD or XOAUTH2 (token from the bound {@link TokenSupplier})
 * @param timeout  connect and read time-out
 */
public record ServerConfig(String host, Optional<Integer> port, Optional<String> user, Optional<Secret> password,
                           @Default("true") boolean tls, @Default("false") boolean startTls,
                           @Default("PASSWORD") AuthMode auth, @Default("30s") Duration timeout) implements Validated.Bilingual {
    public ServerConfig {
        Objects.requireNonNull(host, "host is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException(Validated.inEnglish()
                    ? "the mail server's host must not be blank" : "o host do servidor de e-mail não pode ficar em branco");
        }
        port = port == null ? Optional.empty() : port;
        user = user == null ? Optional.empty() : user.filter(u -> !u.isBlank());
        password = password == null ? Optional.empty() : password;
        auth = auth == null ? AuthMode.PASSWORD : auth;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    /** The problems in pt-BR, or English for an English locale. */
    @Override
    public List<String> problems(Locale locale) {
        boolean en = Validated.inEnglish(locale);
        List<String> out = new ArrayList<>();
        if (auth == AuthMode.XOAUTH2 && user.isEmpty()) {
            out.add(en ? "auth XOAUTH2 needs 'user' (the mailbox address the token is for)"
                    : "auth XOAUTH2 precisa de 'user' (o endereço da caixa a que o token dá acesso)");
        }
        if (auth == AuthMode.PASSWORD && user.isPresent() && password.isEmpty()) {
            out.add(en ? "'user' is set but 'password' is not: set password (e.g. ${MAIL_PASSWORD}) or use auth XOAUTH2"
                    : "'user' está definido mas 'password' não: defina password (por exemplo ${MAIL_PASSWORD}) ou use"
                    + " auth XOAUTH2");
        }
        if (!tls && !startTls && port.isPresent() && (port.get() == 993 || port.get() == 465)) {
            out.add(en ? "port " + port.get() + " expects TLS but 'tls' is false: remove 'tls: false' or use the plain port"
                    : "a porta " + port.get() + " espera TLS mas 'tls' é false: tire 'tls: false' ou use a porta sem TLS");
        }
        if (port.isPresent() && (port.get() < 1 || port.get() > 65535)) {
            out.add(en ? "port must be between 1 and 65535, was " + port.get()
                    : "port deve estar entre 1 e 65535 (está " + port.get() + ")");
        }
        return out;
    }

    /** A TLS server with defaults, no login (add one with {@link #withLogin}). */
    public static ServerConfig of(String host) {
        return new ServerConfig(host, Optional.empty(), Optional.empty(), Optional.empty(), true, false,
                AuthMode.PASSWORD, Duration.ofSeconds(30));
    }

    public ServerConfig withLogin(String newUser, Secret newPassword) {
        return new ServerConfig(host, port, Optional.of(newUser), Optional.ofNullable(newPassword), tls, startTls,
                auth, timeout);
    }

    /** The same server reached in plain text on {@code newPort} (local test servers only). */
    public ServerConfig plainTextOn(int newPort) {
        return new ServerConfig(host, Optional.of(newPort), user, password, false, false, auth, timeout);
    }

    public ServerConfig withAuth(AuthMode mode) {
        return new ServerConfig(host, port, user, password, tls, startTls, mode, timeout);
    }

    /** Whether the connection starts encrypted. */
    public boolean implicitTls() {
        return tls && !startTls;
    }

    /** The port to use, defaulting by protocol and TLS mode. */
    public int portOr(int implicitTlsPort, int plainPort) {
        return port.orElse(implicitTls() ? implicitTlsPort : plainPort);
    }
}
