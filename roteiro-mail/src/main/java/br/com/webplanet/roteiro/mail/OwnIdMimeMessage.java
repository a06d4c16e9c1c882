package br.com.webplanet.roteiro.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A MimeMessage that keeps the Message-ID we chose ({@code saveChanges()} would replace it otherwise). */
final class OwnIdMimeMessage extends MimeMessage {
    private final String messageId;

    OwnIdMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
