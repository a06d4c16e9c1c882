package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.OptionalBinder;

/**
 * The mail module ({@code mail} in {@code roteiro.yaml}): step {@code mail.triage}, the {@link Mailer}
 * port over SMTP, the IMAP connection and the {@link MailboxWatcher} as services. For XOAUTH2 logins bind
 * a {@link TokenSupplier} with {@code OptionalBinder.newOptionalBinder(binder(), TokenSupplier.class).setBinding()}.
 * Needs a {@code TicketSystem} from another module (roteiro-g3stor) or the embedder.
 */
public final class MailModule extends AbstractModule implements RoteiroModule {
    @Override
    public String name() {
        return "mail";
    }

    @Override
    protected void configure() {
        ConfigBinder.bindConfig(binder(), MailConfig.class, "mail");
        OptionalBinder.newOptionalBinder(binder(), TokenSupplier.class);
        bind(MailAuth.class).in(Scopes.SINGLETON);
        StepBinder steps = StepBinder.of(binder());
        steps.addService(ImapConnection.class);
        steps.addService(MailboxWatcher.class);
        steps.addService(SmtpMailer.class);
        OptionalBinder.newOptionalBinder(binder(), Mailer.class).setBinding().to(SmtpMailer.class);
        steps.addStep(MailTriageStep.class);
    }
}
