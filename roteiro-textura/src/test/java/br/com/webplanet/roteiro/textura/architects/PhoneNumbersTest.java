package br.com.webplanet.roteiro.textura.architects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(11) 98765-4321 | +5511987654321",
            "11987654321 | +5511987654321",
            "+55 (21) 3456-7890 | +552134567890",
            "55 48 99123-4567 | +5548991234567",
            "0 11 98765-4321 | +5511987654321",
            "0 21 11 98765-4321 | +5511987654321",
            "(41) 3232.1010 | +554132321010"})
    void brazilianNumbersBecomeE164(String typed, String e164) {
        assertThat(PhoneNumbers.normalize(typed)).isEqualTo(new PhoneNumbers.Result(e164, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(10) 98765-4321 | phone.areaCode",
            "98765-4321 | phone.noAreaCode",
            "(11) 8765-432 | phone.noAreaCode",
            "(11) 98765-43210 | phone.length",
            "(11) 88765-4321 | phone.mobile",
            "(11) 9876-5432 | phone.landline",
            "+1 415 555 0100 | phone.notBrazil",
            "ramal 123 | phone.notNumber"})
    void wrongNumbersSayWhatIsWrong(String typed, String problem) {
        assertThat(PhoneNumbers.normalize(typed).problem()).isEqualTo(problem);
    }
}
