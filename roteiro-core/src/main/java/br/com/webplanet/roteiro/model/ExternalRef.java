package br.com.webplanet.roteiro.model;

/**
 * A reference from a ticket to where it came from or what it is linked to: a mail Message-ID
 * ({@code mail}), a GitHub issue ({@code github}), an attendance in another channel, a romaneio.
 * Used to find a ticket again after a crash (reconciliation) and to link origins.
 */
public record ExternalRef(String system, String value) {
    public static final String MAIL = "mail";
    public static final String GITHUB = "github";
    public static final String ATTENDANCE = "attendance";

    public ExternalRef {
        Checks.requireText(system, "external reference system");
        Checks.requireText(value, "external reference value");
    }

    public static ExternalRef mail(String messageId) {
        return new ExternalRef(MAIL, messageId);
    }

    @Override
    public String toString() {
        return system + ":" + value;
    }
}
