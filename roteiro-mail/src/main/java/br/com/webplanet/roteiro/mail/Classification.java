package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.TicketId;
import java.util.List;
import java.util.Objects;

/**
 * What {@link MailClassifier} decided for one message.
 *
 * @param disposition what to do with it
 * @param ticket      the ticket it belongs to (reply, bounce, automatic mail about a ticket), or null
 * @param evidence    why, in words a person can check (header values, matched ids)
 * @param acknowledge whether a new ticket may be acknowledged to the sender
 * @param documents   attachments to hand to Textura (romaneios, architect spreadsheets)
 */
record Classification(MailDisposition disposition, TicketId ticket, String evidence, boolean acknowledge,
                      List<ParsedMail.Attachment> documents) {
    Classification {
        Objects.requireNonNull(disposition, "disposition is null");
        documents = List.copyOf(documents);
    }

    static Classification of(MailDisposition disposition, TicketId ticket, String evidence) {
        return new Classification(disposition, ticket, evidence, false, List.of());
    }
}
