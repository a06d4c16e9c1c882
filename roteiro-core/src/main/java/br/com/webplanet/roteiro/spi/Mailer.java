package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.model.SentMail;
import java.util.Optional;

/** Sends mail to customers (SMTP in production). Implementations pass {@code MailerContract}. */
public interface Mailer {
    /** Sends with exactly {@link OutgoingMail#messageId()} as Message-ID; a copy goes to Sent when configured. */
    SentMail send(OutgoingMail mail);

    /** Looks for a message we sent, by Message-ID (in the Sent folder); used to reconcile after a crash. */
    Optional<SentMail> findSent(String messageId);

    /** The address mail is sent from. */
    MailAddress from();
}
