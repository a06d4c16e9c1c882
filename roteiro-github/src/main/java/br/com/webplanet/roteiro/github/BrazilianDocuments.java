package br.com.webplanet.roteiro.github;

import java.util.Locale;

/** Check digits of CPF and CNPJ, numeric and alphanumeric, as the Receita Federal defines them. */
final class BrazilianDocuments {
    private BrazilianDocuments() {}

    /** Whether {@code digits} (11 digits, separators removed) is a CPF whose check digits hold. */
    static boolean isValidCpf(String digits) {
        if (digits.length() != 11 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || digits.chars().distinct().count() == 1) {
            return false;
        }
        int[] d = digits.chars().map(ch -> ch - '0').toArray();
        return cpfDigit(d, 9) == d[9] && cpfDigit(d, 10) == d[10];
    }

    private static int cpfDigit(int[] d, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += d[i] * (length + 1 - i);
        }
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }

    /**
     * Whether {@code value} (14 characters, separators removed) is a CNPJ whose check digits hold: the twelve
     * first characters are digits or, since July 2026, upper-case letters; each counts as its ASCII code minus 48
     * in the usual modulo-11 weights (so the rule for digits is unchanged); the last two are digits.
     */
    static boolean isValidCnpj(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        if (v.length() != 14 || !v.substring(12).chars().allMatch(c -> c >= '0' && c <= '9')
                || !v.substring(0, 12).chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')
                || v.chars().distinct().count() == 1) {
            return false;
        }
        int[] d = v.chars().map(ch -> ch - '0').toArray();
        return cnpjDigit(d, 12) == d[12] && cnpjDigit(d, 13) == d[13];
    }

    private static int cnpjDigit(int[] d, int length) {
        int sum = 0;
        int weight = length - 7;   // 5,4,3,2,9,8,… for the first digit; 6,5,4,3,2,9,… for the second
        for (int i = 0; i < length; i++) {
            sum += d[i] * weight;
            weight = weight == 2 ? 9 : weight - 1;
        }
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }
}
