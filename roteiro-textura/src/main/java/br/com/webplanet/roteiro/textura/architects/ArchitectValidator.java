package br.com.webplanet.roteiro.textura.architects;

import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.io.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a source row into an {@link Architect}, or says — per column — what is wrong with it. */
final class ArchitectValidator {
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    private static final Pattern STORE_SEPARATORS = Pattern.compile("[;|\\n,]");

    /** The outcome: an architect with the row's values (blank cells as null), or the rejections. */
    record Result(Architect architect, List<RejectedRow> rejected) {
        boolean valid() {
            return architect != null;
        }
    }

    Result validate(ArchitectRow row) {
        List<RejectedRow> problems = new ArrayList<>();
        String name = Values.blankToNull(row.value(ArchitectField.NAME));
        if (name == null) {
            problems.add(reject(row, ArchitectField.NAME, "architects.required", row.column(ArchitectField.NAME)));
        }
        String cau = Values.blankToNull(row.value(ArchitectField.CAU));
        if (cau == null) {
            problems.add(reject(row, ArchitectField.CAU, "architects.required", row.column(ArchitectField.CAU)));
        } else {
            cau = cau(cau);
            if (!Architect.CAU.matcher(cau).matches()) {
                problems.add(reject(row, ArchitectField.CAU, "architects.cau", row.value(ArchitectField.CAU).strip()));
            }
        }
        String email = Values.blankToNull(row.value(ArchitectField.EMAIL));
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                problems.add(reject(row, ArchitectField.EMAIL, "architects.email", email));
            }
        }
        String phone = Values.integerCell(Values.blankToNull(row.value(ArchitectField.PHONE)));
        if (phone != null) {
            PhoneNumbers.Result result = PhoneNumbers.normalize(phone);
            if (result.problem() != null) {
                problems.add(reject(row, ArchitectField.PHONE, result.problem(), phone));
            }
            phone = result.e164();
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        List<String> stores = Arrays.stream(STORE_SEPARATORS.split(row.value(ArchitectField.STORES)))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        Architect architect = new Architect(cau, name, email, phone, Values.blankToNull(row.value(ArchitectField.OFFICE)),
                stores, Values.blankToNull(row.value(ArchitectField.NOTES)));
        return new Result(architect, List.of());
    }

    /** A CAU number as compared and stored: no white space, upper case ({@code a 12345-6} → {@code A12345-6}). */
    static String cau(String value) {
        return value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static RejectedRow reject(ArchitectRow row, ArchitectField field, String key, String value) {
        return new RejectedRow(row.file(), row.line(), row.column(field), Messages.localized(key, value));
    }
}
