package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who else may write into a ticket by mail: the addresses in Cc (and To) of the customer's own domain —
 * the customer's colleagues — so that their answers thread into it. Public webmail domains are no
 * company's own: a Gmail customer's Cc'd friends are not colleagues. Our own addresses never join.
 */
final class Participants {
    static final Set<String> PUBLIC_DOMAINS = Set.of("gmail.com", "googlemail.com", "hotmail.com", "outlook.com",
            "live.com", "msn.com", "yahoo.com", "yahoo.com.br", "icloud.com", "me.com", "uol.com.br", "bol.com.br",
            "terra.com.br", "ig.com.br", "aol.com", "proton.me", "protonmail.com");
    static final int MAX = 20;

    private Participants() {}

    /** Colleagues of {@code customer} named in the raw Cc header and in To. */
    static Set<MailAddress> colleagues(ParsedMail mail, MailAddress customer, MailClassifier classifier) {
        Set<MailAddress> out = new LinkedHashSet<>();
        if (customer == null || PUBLIC_DOMAINS.contains(customer.domain().toLowerCase(Locale.ROOT))) {
            return out;
        }
        List<MailAddress> candidates = new ArrayList<>(parse(mail.header("Cc")));
        candidates.addAll(mail.to());
        for (MailAddress a : candidates) {
            if (out.size() < MAX && a.domain().equalsIgnoreCase(customer.domain())
                    && !a.normalized().equals(customer.normalized()) && classifier.mayAutoReplyTo(a)) {
                out.add(a);
            }
        }
        return out;
    }

    static List<MailAddress> parse(String header) {
        List<MailAddress> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        try {
            for (InternetAddress ia : InternetAddress.parseHeader(header, false)) {
                if (ia.getAddress() != null && MailAddress.isValid(ia.getAddress())) {
                    out.add(new MailAddress(MailText.header(ia.getPersonal()), ia.getAddress()));
                }
            }
        } catch (AddressException e) {
            // an unparsable Cc adds nobody; the mail itself is still taken in
        }
        return out;
    }
}
