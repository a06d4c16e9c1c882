package br.com.webplanet.roteiro.textura.romaneios;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Localized;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A CNPJ a program wrote as a number is keyed only when no digit can have been lost. */
class DoubtfulDocumentsTest {
    private static List<ParsedRomaneio> csv(String customer) throws IOException {
        String text = "Emitente;Romaneio;Data;Cliente;Código;Quantidade\n11222333000181;1;27/11/2026;" + customer + ";A;1\n";
        try (Stream<ParsedRomaneio> parsed = new CsvRomaneioParser().parse(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new ParseContext("r.csv", "r.csv", Optional.empty()))) {
            return parsed.toList();
        }
    }

    private static String problems(ParsedRomaneio parsed) {
        return parsed.problems().stream().map(Localized::en).collect(Collectors.joining("; "));
    }

    @Test
    void fourteenDigitsFromPandasAreTheCnpjEvenWithoutValidCheckDigits() throws IOException {
        assertThat(csv("12345678000190.0")).singleElement()
                .satisfies(p -> assertThat(p.romaneio().customer()).isEqualTo("12345678000190"));
    }

    @Test
    void scientificNotationIsTakenOnlyWithValidCheckDigits() throws IOException {
        assertThat(csv("1.1222333000181E13")).singleElement()
                .satisfies(p -> assertThat(p.romaneio().customer()).isEqualTo("11222333000181"));
        assertThat(csv("1.12223E+13")).singleElement().satisfies(p -> {
            assertThat(p.valid()).isFalse();
            assertThat(problems(p)).contains("cell 2:4").contains("may be a CNPJ/CPF");
        });
    }

    @Test
    void fewerDigitsMayBeACnpjWithoutItsLeadingZeroAndGoToAPerson() throws IOException {
        assertThat(csv("1234567000195.0")).singleElement().satisfies(p -> assertThat(problems(p)).contains("cell 2:4"));
        assertThat(csv("52998224725.0")).singleElement()                      // a valid CPF, not a padded CNPJ
                .satisfies(p -> assertThat(p.romaneio().customer()).isEqualTo("52998224725"));
    }
}
