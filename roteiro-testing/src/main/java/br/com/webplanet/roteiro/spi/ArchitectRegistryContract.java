package br.com.webplanet.roteiro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.model.Architect;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ArchitectRegistry} must do; {@link #registry()} returns an empty one. */
public abstract class ArchitectRegistryContract {
    protected ArchitectRegistry registry;

    protected abstract ArchitectRegistry registry() throws Exception;

    @BeforeEach
    void createRegistry() throws Exception {
        registry = registry();
    }

    private static Architect ana() {
        return new Architect("A123456-7", "Ana Lúcia Gonçalves", "ana@estudio.arq.br", "+5511987654321",
                "Estúdio Gonçalves", List.of("Loja Pinheiros"), "Prefere contato por e-mail");
    }

    @Test
    void createdArchitectIsFoundOnceEvenWhenCreatedTwiceWithTheSameKey() {
        registry.create(ana(), "arch:A123456-7");
        registry.create(ana(), "arch:A123456-7");

        assertThat(registry.find("A123456-7")).contains(ana());
        try (Stream<Architect> all = registry.all()) {
            assertThat(all).containsExactly(ana());
        }
        assertThat(registry.find("A000000-0")).isEmpty();
    }

    @Test
    void updateReplacesByCauAndUnknownIsAnError() {
        registry.create(ana(), "arch:A123456-7");
        Architect moved = new Architect("A123456-7", "Ana Lúcia Gonçalves", "ana@novo.arq.br", "+5511987654321",
                "Estúdio Novo", List.of("Loja Pinheiros", "Loja Moema"), null);

        registry.update(moved);

        assertThat(registry.find("A123456-7")).contains(moved);
        assertThatThrownBy(() -> registry.update(new Architect("A999999-9", "Ninguém", null, null, null, List.of(), null)))
                .isInstanceOf(NoSuchElementException.class);
    }
}
