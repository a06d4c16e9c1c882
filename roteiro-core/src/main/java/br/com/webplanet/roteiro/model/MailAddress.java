package br.com.webplanet.roteiro.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address with an optional display name. The address is validated (no CR/LF, one
 * {@code @}, a dotted domain) so it can never carry a header injection.
 */
public record MailAddress(String name, String address) {
    private static final Pattern ADDRESS =
            Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    public MailAddress {
        Checks.requireText(address, "mail address");
        address = address.trim();
        if (!ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("not a valid e-mail address: '" + address + "'");
        }
        if (name != null) {
            name = name.replaceAll("[\\r\\n]+", " ").strip();
            if (name.isEmpty()) {
                name = null;
            }
        }
    }

    public static MailAddress of(String address) {
        return new MailAddress(null, address);
    }

    public static boolean isValid(String address) {
        return address != null && ADDRESS.matcher(address.trim()).matches();
    }

    /** Lower-cased address, for comparisons. */
    public String normalized() {
        return address.toLowerCase(Locale.ROOT);
    }

    public String domain() {
        return normalized().substring(normalized().indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return name == null ? address : name + " <" + address + ">";
    }
}
