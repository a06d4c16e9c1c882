package br.com.webplanet.roteiro.spi;

/**
 * Journal topics through which steps hand work to each other ({@link Journal#record}).
 */
public final class Handoffs {
    /** Key: Message-ID; value: {@link br.com.webplanet.roteiro.model.MailDecision}. Written by {@code mail.triage}. */
    public static final String MAIL_DECISIONS = "mail.decisions";
    /** Key: document id; value: {@link br.com.webplanet.roteiro.model.HandoffDocument}. Romaneio files found in mail. */
    public static final String ROMANEIO_INBOX = "textura.romaneio-inbox";
    /** Key: document id; value: {@link br.com.webplanet.roteiro.model.HandoffDocument}. Architect spreadsheets found in mail. */
    public static final String ARCHITECT_INBOX = "textura.architect-inbox";

    /** Key: ticket id; value: {@link br.com.webplanet.roteiro.model.Reopening}. Closed tickets a customer's mail reopened. */
    public static final String REOPENED_TICKETS = "mail.reopened";

    private Handoffs() {}
}
