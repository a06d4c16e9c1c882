package br.com.webplanet.roteiro.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address with an optional display name. The address is validated (no CR/LF, one
 * {@code @}, a dotted domain) so it can never carry a header injection.
 */
public record MailAddress(String name, String address) {
    /** The definition {@link #wellFormed} implements without a regex (intake checks several addresses per mail). */
    static final Pattern ADDRESS =
            Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~.-";

    public MailAddress {
        Checks.requireText(address, "mail address");
        address = address.trim();
        if (!wellFormed(address)) {
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
        return address != null && wellFormed(address.trim());
    }

    /** Whether {@code a} matches {@link #ADDRESS}: a local part of atom characters and dots, {@code @}, dotted labels. */
    static boolean wellFormed(String a) {
        int at = a.indexOf('@');
        if (at <= 0) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = a.charAt(i);
            if (!alphanumeric(c) && LOCAL_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        int labels = 0;
        int length = 0;
        for (int i = at + 1; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '.') {
                if (length == 0) {
                    return false;
                }
                labels++;
                length = 0;
            } else if (alphanumeric(c) || c == '-') {
                length++;
            } else {
                return false;
            }
        }
        return length > 0 && labels >= 1;
    }

    private static boolean alphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
