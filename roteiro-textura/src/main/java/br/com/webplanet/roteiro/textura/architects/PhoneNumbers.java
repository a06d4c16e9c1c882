package br.com.webplanet.roteiro.textura.architects;

import java.util.Set;

/** Brazilian phone numbers to E.164 ({@code (11) 98765-4321} → {@code +5511987654321}). */
final class PhoneNumbers {
    /** Area codes (DDD) in use in Brazil. */
    private static final Set<Integer> DDD = Set.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
            41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69,
            71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99);

    private PhoneNumbers() {}

    /** The result: the E.164 number, or the message key of what is wrong. */
    record Result(String e164, String problem) {}

    static Result normalize(String text) {
        String t = text.strip();
        String digits = t.replaceAll("\\D", "");
        if (digits.isEmpty() || t.replaceAll("[\\d\\s()+.\\-/]", "").length() > 0) {
            return new Result(null, "phone.notNumber");
        }
        if (t.startsWith("+")) {
            if (!digits.startsWith("55")) {
                return new Result(null, "phone.notBrazil");
            }
            digits = digits.substring(2);
        } else if (digits.startsWith("0") && (digits.length() == 11 || digits.length() == 12)) {
            digits = digits.substring(1);                      // trunk prefix: 0 11 98765-4321
        } else if (digits.startsWith("0") && (digits.length() == 13 || digits.length() == 14)) {
            digits = digits.substring(3);                      // carrier code: 0 21 11 98765-4321
        } else if (digits.startsWith("55") && (digits.length() == 12 || digits.length() == 13)) {
            digits = digits.substring(2);
        }
        if (digits.length() == 8 || digits.length() == 9) {
            return new Result(null, "phone.noAreaCode");
        }
        if (digits.length() != 10 && digits.length() != 11) {
            return new Result(null, "phone.length");
        }
        if (!DDD.contains(Integer.parseInt(digits.substring(0, 2)))) {
            return new Result(null, "phone.areaCode");
        }
        char first = digits.charAt(2);
        if (digits.length() == 11 && first != '9') {
            return new Result(null, "phone.mobile");
        }
        if (digits.length() == 10 && (first < '2' || first > '5')) {
            return new Result(null, "phone.landline");
        }
        return new Result("+55" + digits, null);
    }
}
