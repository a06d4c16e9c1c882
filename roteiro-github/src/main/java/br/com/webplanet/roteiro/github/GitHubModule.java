package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.OptionalBinder;

/**
 * The GitHub module ({@code github}): binds {@link GitHubConfig} from the {@code github} section, provides the
 * {@link IssueTracker} port ({@link GitHubIssueTracker}) to whoever declared it optional, and adds step 7,
 * {@code github.open-issues}. Needs a {@code TicketSystem} (roteiro-g3stor, or a binding of the embedder).
 * Opens no connection here: the HTTP client is a {@link GitHubConnection} service, built on first use.
 */
public final class GitHubModule extends AbstractModule implements RoteiroModule {
    @Override
    public String name() {
        return "github";
    }

    @Override
    protected void configure() {
        ConfigBinder.bindConfig(binder(), GitHubConfig.class, name());
        bind(GitHubIssueTracker.class).in(Scopes.SINGLETON);
        OptionalBinder.newOptionalBinder(binder(), IssueTracker.class).setBinding().to(GitHubIssueTracker.class);
        StepBinder.of(binder()).addStep(OpenIssuesStep.class).addService(GitHubConnection.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GitHubModule;
    }

    @Override
    public int hashCode() {
        return GitHubModule.class.hashCode();
    }
}
