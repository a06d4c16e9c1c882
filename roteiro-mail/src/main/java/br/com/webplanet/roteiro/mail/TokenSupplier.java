package br.com.webplanet.roteiro.mail;

/**
 * Gives a current OAuth 2.0 access token for {@link AuthMode#XOAUTH2} logins. Bind one in a module
 * ({@code OptionalBinder.newOptionalBinder(binder(), TokenSupplier.class).setBinding().to(...)});
 * it is asked again on every connect, so it may refresh tokens as they expire.
 */
@FunctionalInterface
public interface TokenSupplier {
    /** An access token valid now for {@code user} on {@code host}. */
    String accessToken(String host, String user) throws Exception;
}
