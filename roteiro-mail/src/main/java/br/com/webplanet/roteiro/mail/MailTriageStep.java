package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.TicketMailScheme;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Step 1 of the routine ({@code mail.triage}): reads the support mailbox and turns each new message into
 * a ticket, a reply on its ticket, an ignored automatic mail, a bounce on its ticket, a document for
 * Textura, or a quarantined message — each decision recorded in the journal with its evidence
 * ({@link br.com.webplanet.roteiro.spi.Handoffs#MAIL_DECISIONS}); new tickets are acknowledged.
 */
public final class MailTriageStep implements ChecklistStep {
    public static final String ID = "mail.triage";
    private static final StepDescriptor DESCRIPTOR = new StepDescriptor(ID,
            Localized.of("Triagem da caixa de suporte", "Support mailbox triage"),
            URI.create("https://wiki.webplanet.com.br/roteiro/passo-1-caixa-de-suporte"), Set.of(),
            RoutineOrder.MAILBOX, Duration.ofMinutes(30));
    private final MailConfig config;
    private final ImapConnection imap;
    private final TicketSystem tickets;
    private final Mailer mailer;

    @Inject
    public MailTriageStep(MailConfig config, ImapConnection imap, TicketSystem tickets, Mailer mailer) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.imap = Objects.requireNonNull(imap, "imap is null");
        this.tickets = Objects.requireNonNull(tickets, "tickets is null");
        this.mailer = Objects.requireNonNull(mailer, "mailer is null");
    }

    /**
     * What intake's first bulk FETCH takes for each message: envelope, flags, structure, size, UID and the
     * headers it reads. Public so a benchmark's bare fetch can take exactly the same data.
     */
    public static jakarta.mail.FetchProfile fetchProfile() {
        return FolderIntake.profile();
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) throws MessagingException {
        Texts texts = new Texts(context.locale());
        StepResult.Builder result = StepResult.builder();
        TicketMailScheme ids = new TicketMailScheme(config.messageIdDomain());
        IntakeLookup lookup = new IntakeLookup(context.journal(), tickets, ids);
        Acknowledger acknowledger = new Acknowledger(mailer, context.journal(), ids,
                AckTemplate.forLocale(context.locale()), new AckRateLimiter(config.ack(), context.journal()),
                config.fromName());
        MessageProcessor processor = new MessageProcessor(config, context.journal(), tickets, lookup, acknowledger,
                result, texts, context.clock());
        FolderIntake intake = new FolderIntake(config, imap, context.journal(), result, texts, context.progress());
        MessagingException lastError = null;
        int failedFolders = 0;
        for (String folder : config.intake().folders()) {
            try {
                intake.run(folder, processor, context.dryRun());
            } catch (MessagingException e) {
                failedFolders++;
                lastError = e;
                result.itemFailed().humanTask(new HumanTask(texts.get("task.folder"), folder, e.getMessage(),
                        DESCRIPTOR.wikiLink()));
            }
        }
        if (failedFolders == config.intake().folders().size()) {
            throw new MessagingException("no mail folder could be read from " + config.imap().host() + ": "
                    + lastError.getMessage(), lastError);
        }
        long messages = result.countOf("messages");
        result.summary(messages == 0 ? texts.get("summary.nothing") : texts.get("summary", messages,
                result.countOf("ticketsOpened"), result.countOf("repliesThreaded"), result.countOf("automaticIgnored"),
                result.countOf("bounces"), result.countOf("documentsHandedOff"), result.countOf("quarantined"),
                result.countOf("acksSent"), result.countOf("reopened")));
        return result.build();
    }
}
