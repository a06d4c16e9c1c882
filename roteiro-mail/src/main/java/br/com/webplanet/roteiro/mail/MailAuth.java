package br.com.webplanet.roteiro.mail;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/** Gives the secret to log in with: the configured password, or an OAuth2 token from the {@link TokenSupplier}. */
public final class MailAuth {
    private final Optional<TokenSupplier> tokens;

    @Inject
    public MailAuth(Optional<TokenSupplier> tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    }

    public static MailAuth passwordsOnly() {
        return new MailAuth(Optional.empty());
    }

    /** The user to log in as, or null when the server is used without login. */
    public String user(ServerConfig server) {
        return server.user().orElse(null);
    }

    /** The password or token for {@code server}; never logged. */
    public String secret(ServerConfig server) throws Exception {
        if (server.auth() == AuthMode.XOAUTH2) {
            TokenSupplier supplier = tokens.orElseThrow(() -> new IllegalStateException(
                    "auth XOAUTH2 is configured for " + server.host() + " but no TokenSupplier is bound"));
            return supplier.accessToken(server.host(), server.user().orElseThrow(
                    () -> new IllegalStateException("auth XOAUTH2 needs a user for " + server.host())));
        }
        return server.password().map(p -> p.reveal()).orElse(null);
    }
}
