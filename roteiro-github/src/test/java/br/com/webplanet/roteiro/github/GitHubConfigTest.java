package br.com.webplanet.roteiro.github;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.Secret;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitHubConfigTest {
    private static GitHubConfig with(URI endpoint, String repository, GitHubConfig.Routing routing,
                                     GitHubConfig.Selection selection) {
        return new GitHubConfig(endpoint, Optional.of(Secret.of("ghp_x")), repository, routing, selection, null, null,
                null, false, null, null, false, null, null);
    }

    @Test
    void defaultsAreUsableAndSafe() {
        GitHubConfig config = GitHubConfig.of(URI.create("https://api.github.com"), Secret.of("ghp_x"), "webplanet/suporte");

        assertThat(config.problems()).isEmpty();
        assertThat(config.allowPublicRepository()).isFalse();
        assertThat(config.dryRun()).isFalse();
        assertThat(config.labels().marker()).isEqualTo("g3stor");
        assertThat(config.selection().statuses()).containsExactly("aguardando_desenvolvimento");
        assertThat(config.toString()).doesNotContain("ghp_x");
    }

    @Test
    void everyProblemIsReportedWithItsProperty() {
        GitHubConfig config = with(URI.create("http://github.example.com/api/v3"), "suporte",
                new GitHubConfig.Routing(Map.of("C-7", "textura"), Map.of()),
                new GitHubConfig.Selection(List.of("aguardando_dev"), Optional.empty()));

        assertThat(config.problems()).hasSize(4).anySatisfy(p -> assertThat(p).startsWith("github.repository"))
                .anySatisfy(p -> assertThat(p).startsWith("github.routing.by-customer.C-7"))
                .anySatisfy(p -> assertThat(p).startsWith("github.selection.statuses").contains("aguardando_dev"))
                .anySatisfy(p -> assertThat(p).startsWith("github.endpoint must use https"));
    }

    @Test
    void aSelectionThatSelectsNothingIsRefused() {
        GitHubConfig config = with(URI.create("https://api.github.com"), "webplanet/suporte", null,
                new GitHubConfig.Selection(List.of(), Optional.empty()));

        assertThat(config.problems()).singleElement().satisfies(p -> assertThat(p).startsWith("github.selection"));
    }

    @Test
    void blankTokenCountsAsNoToken() {
        GitHubConfig config = new GitHubConfig(URI.create("https://api.github.com"), Optional.of(Secret.of("")),
                "webplanet/suporte", null, null, null, null, null, false, null, null, false, null, null);

        assertThat(config.token()).isEmpty();
    }
}
