package br.com.webplanet.roteiro.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An architect registered with client Textura.
 *
 * @param cau        CAU registration (Conselho de Arquitetura e Urbanismo), e.g. {@code A123456-7}; the key
 * @param name       full name
 * @param email      e-mail, or null
 * @param phone      phone in E.164 ({@code +5511987654321}), or null
 * @param office     office (escritório), or null
 * @param storeLinks stores the architect is linked to (lojas vinculadas)
 * @param notes      free notes (observações), or null
 */
public record Architect(String cau, String name, String email, String phone, String office,
                        List<String> storeLinks, String notes) {
    /** CAU registration: a letter A followed by digits, an optional check digit after a hyphen. */
    public static final Pattern CAU = Pattern.compile("^A\\d{5,7}(-\\d)?$");

    public Architect {
        Checks.requireText(cau, "CAU registration");
        cau = cau.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CAU.matcher(cau).matches()) {
            throw new IllegalArgumentException("CAU registration must look like A123456-7, was '" + cau + "'");
        }
        Checks.requireText(name, "architect name");
        storeLinks = Checks.copy(storeLinks);
    }
}
