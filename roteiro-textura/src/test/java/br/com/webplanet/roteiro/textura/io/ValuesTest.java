package br.com.webplanet.roteiro.textura.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void headersCompareWithoutAccentsCaseOrPunctuation() {
        assertThat(Values.normalize("Escritório")).isEqualTo("escritorio");
        assertThat(Values.normalize(" E-mail ")).isEqualTo("email");
        assertThat(Values.normalize("\uFEFFObservações")).isEqualTo("observacoes");
        assertThat(Values.normalize("Lojas vinculadas")).isEqualTo("lojasvinculadas");
    }

    @Test
    void decimalsAreReadTheBrazilianAndTheExcelWay() {
        assertThat(Values.decimal("1.234,56")).contains(new BigDecimal("1234.56"));
        assertThat(Values.decimal("48,5")).contains(new BigDecimal("48.5"));
        assertThat(Values.decimal("1,234.5")).contains(new BigDecimal("1234.5"));
        assertThat(Values.decimal("1020.3")).contains(new BigDecimal("1020.3"));
        assertThat(Values.decimal(" ")).isEmpty();
        assertThatThrownBy(() -> Values.decimal("dez")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void datesAreReadAsTypedAsIsoAsNfeDateTimeAndAsExcelSerials() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertThat(Values.date("27/11/2026")).contains(day);
        assertThat(Values.date("2026-11-27")).contains(day);
        assertThat(Values.date("2026-11-27T23:15:00-03:00")).contains(day);
        assertThat(Values.date("46353")).contains(day);
    }

    @Test
    void documentsAndNumbersAreKeyedTheSameHoweverTheyWereTyped() {
        assertThat(Values.document("11.222.333/0001-81")).isEqualTo("11222333000181");
        assertThat(Values.document(" 123.456.789-09 ")).isEqualTo("12345678909");
        assertThat(Values.document("C-100")).isEqualTo("C-100");
        assertThat(Values.number("0045")).isEqualTo("45");
        assertThat(Values.number("000")).isEqualTo("0");
        assertThat(Values.number("A-12")).isEqualTo("A-12");
        assertThat(Values.number("1001.0")).isEqualTo("1001");
        assertThat(Values.integerCell("1.1987654321E10")).isEqualTo("11987654321");
        assertThat(Values.integerCell("48.5")).isEqualTo("48.5");
        assertThat(Values.integerCell("(11) 98765-4321")).isEqualTo("(11) 98765-4321");
    }

    @Test
    void unicodeSpacesEscapesAndZeroWidthCharactersAreCleaned() {
        assertThat(Values.clean("\u00A0Ana\u00A0\u00A0Lúcia\u202F\u200B ")).isEqualTo("Ana Lúcia");
        assertThat(Values.clean("Construtora Beta_x000D_")).isEqualTo("Construtora Beta");
        assertThat(Values.document("11.222.333/0001-81\u00A0")).isEqualTo("11222333000181");
        assertThat(Values.document("11222333000181.0")).isEqualTo("11222333000181");
    }

    @Test
    void numbersKeepExcelsFifteenDigitsAndStayInRange() {
        assertThat(Values.decimal("1060.3999999999999")).contains(new java.math.BigDecimal("1060.4"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.decimal("1E999999999"))
                .isInstanceOf(NumberFormatException.class);
        assertThat(Values.integerCell("1.1E9999999999")).isEqualTo("1.1E9999999999");
    }

    @Test
    void datesWithATimeOfDayGiveTheDay() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 27);
        assertThat(Values.date("2026-11-27 14:30:00")).contains(day);
        assertThat(Values.date("27/11/2026 00:00")).contains(day);
        assertThat(Values.date("2026/11/27")).contains(day);
    }
}
