package br.com.webplanet.roteiro.mail;

/** How roteiro logs in to the IMAP or SMTP server. */
public enum AuthMode {
    /** User and password (LOGIN/PLAIN). */
    PASSWORD,
    /**
     * OAuth 2.0 bearer token (SASL {@code XOAUTH2}), as Microsoft 365 and Gmail require; the token
     * comes from the bound {@link TokenSupplier}.
     */
    XOAUTH2
}
