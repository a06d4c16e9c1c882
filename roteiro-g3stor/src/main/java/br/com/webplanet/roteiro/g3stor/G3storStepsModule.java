package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.g3stor.steps.ReviewYesterdayStep;
import br.com.webplanet.roteiro.g3stor.steps.UpdateStatusStep;
import br.com.webplanet.roteiro.g3stor.steps.WaitingCustomersStep;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;

/**
 * Steps 2 ({@code g3stor.review-yesterday}), 4 ({@code g3stor.update-status}) and 6
 * ({@code g3stor.waiting-customers}) with their rules ({@link G3storRules}, from the {@code g3stor}
 * section), against <em>any</em> {@link TicketSystem}: {@link G3storClientModule}'s, or one the
 * application binds (e.g. {@code InMemoryTicketSystem} in a test). {@link Mailer} and
 * {@link IssueTracker} are optional: the mail and github modules set them when installed.
 */
public final class G3storStepsModule extends AbstractModule implements RoteiroModule {
    /** Needed by {@link java.util.ServiceLoader}. */
    public G3storStepsModule() {}

    @Override
    public String name() {
        return "g3stor";
    }

    @Override
    protected void configure() {
        ConfigBinder.bindConfig(binder(), G3storRules.class, name());
        OptionalBinder.newOptionalBinder(binder(), Mailer.class);
        OptionalBinder.newOptionalBinder(binder(), IssueTracker.class);
        StepBinder.of(binder())
                .addStep(ReviewYesterdayStep.class)
                .addStep(UpdateStatusStep.class)
                .addStep(WaitingCustomersStep.class);
    }
}
