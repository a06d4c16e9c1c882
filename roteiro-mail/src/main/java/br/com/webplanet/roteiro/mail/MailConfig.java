package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import br.com.webplanet.roteiro.model.MailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the mail module (prefix {@code mail} in {@code roteiro.yaml}).
 *
 * @param imap       the support mailbox (IMAP, TLS by default)
 * @param smtp       the server acknowledgements and replies are sent through (TLS by default)
 * @param from       the address we send from, e.g. {@code suporte@webplanet.com.br}; its domain names our
 *                   Message-IDs
 * @param fromName   display name of {@code from}
 * @param sentFolder IMAP folder a copy of each sent message is appended to; also where a re-run looks
 *                   for a message it may already have sent. Strongly advised
 * @param intake     folders, archive/flag mode, quarantine, our own addresses
 * @param romaneios  mail whose attachments are romaneios for the Textura step
 * @param architects mail whose attachments are architect spreadsheets for the Textura step
 * @param ack        acknowledgements and their rate limit
 * @param watch      IDLE/polling for {@code roteiro watch}
 */
public record MailConfig(ServerConfig imap, ServerConfig smtp, String from,
                         @Default("Suporte") String fromName, Optional<String> sentFolder,
                         IntakeConfig intake, AttachmentRoute romaneios, AttachmentRoute architects,
                         AckConfig ack, WatchConfig watch) implements Validated.Bilingual {
    public MailConfig {
        Objects.requireNonNull(imap, "mail.imap is required");
        Objects.requireNonNull(smtp, "mail.smtp is required");
        if (!MailAddress.isValid(from)) {
            throw new IllegalArgumentException(Validated.inEnglish()
                    ? "mail.from must be an e-mail address, was '" + from + "'"
                    : "mail.from deve ser um endereço de e-mail (está '" + from + "')");
        }
        fromName = fromName == null || fromName.isBlank() ? "Suporte" : fromName;
        sentFolder = sentFolder == null ? Optional.empty() : sentFolder.filter(s -> !s.isBlank());
        intake = intake == null ? IntakeConfig.defaults() : intake;
        romaneios = romaneios == null ? AttachmentRoute.none() : romaneios;
        architects = architects == null ? AttachmentRoute.none() : architects;
        ack = ack == null ? AckConfig.defaults() : ack;
        watch = watch == null ? WatchConfig.defaults() : watch;
    }

    /** The problems in pt-BR, or English for an English locale. */
    @Override
    public List<String> problems(Locale locale) {
        boolean en = Validated.inEnglish(locale);
        List<String> out = new ArrayList<>();
        List<String> folders = intake.folders();
        intake.archiveFolder().filter(folders::contains).ifPresent(f -> out.add(en
                ? "mail.intake.archive-folder '" + f + "' is also an intake folder: mail would be read again"
                : "mail.intake.archive-folder '" + f + "' também é uma pasta de entrada: a mensagem seria lida de novo"));
        if (folders.contains(intake.quarantineFolder())) {
            out.add(en ? "mail.intake.quarantine-folder '" + intake.quarantineFolder() + "' is also an intake folder"
                    : "mail.intake.quarantine-folder '" + intake.quarantineFolder() + "' também é uma pasta de entrada");
        }
        sentFolder.filter(folders::contains).ifPresent(f -> out.add(en
                ? "mail.sent-folder '" + f + "' is also an intake folder: our own mail would be read as requests"
                : "mail.sent-folder '" + f + "' também é uma pasta de entrada: nossas próprias mensagens seriam lidas"
                + " como pedidos"));
        return out;
    }

    /** Our sending address with its display name. */
    public MailAddress fromAddress() {
        return new MailAddress(fromName, from);
    }

    /** The domain used on the right of our Message-IDs. */
    public String messageIdDomain() {
        return fromAddress().domain();
    }

    public MailConfig withIntake(IntakeConfig value) {
        return new MailConfig(imap, smtp, from, fromName, sentFolder, value, romaneios, architects, ack, watch);
    }

    public MailConfig withRoutes(AttachmentRoute newRomaneios, AttachmentRoute newArchitects) {
        return new MailConfig(imap, smtp, from, fromName, sentFolder, intake, newRomaneios, newArchitects, ack, watch);
    }

    public MailConfig withAck(AckConfig value) {
        return new MailConfig(imap, smtp, from, fromName, sentFolder, intake, romaneios, architects, value, watch);
    }

    public MailConfig withWatch(WatchConfig value) {
        return new MailConfig(imap, smtp, from, fromName, sentFolder, intake, romaneios, architects, ack, value);
    }
}
