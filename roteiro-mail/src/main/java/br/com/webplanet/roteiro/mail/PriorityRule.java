package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.Urgency;
import java.util.Locale;
import java.util.Optional;

/**
 * A configured priority rule ({@code mail.intake.priority-rules}): when a new request matches every
 * condition given (sender address, sender domain, a keyword in subject or text), its urgency and/or
 * impact are at least the ones given. At least one condition and one effect are required.
 *
 * @param sender  exact sender address (any case)
 * @param domain  sender domain (any case, without {@code @})
 * @param keyword words looked for in the subject and text (any case, accents as written)
 * @param urgency urgency given by the rule ({@code VERY_LOW} … {@code VERY_HIGH})
 * @param impact  impact given by the rule
 */
public record PriorityRule(Optional<String> sender, Optional<String> domain, Optional<String> keyword,
                           Optional<Urgency> urgency, Optional<Impact> impact) {
    public PriorityRule {
        sender = sender == null ? Optional.empty() : sender.map(String::strip).filter(s -> !s.isEmpty());
        domain = domain == null ? Optional.empty() : domain.map(d -> d.strip().replace("@", "")).filter(s -> !s.isEmpty());
        keyword = keyword == null ? Optional.empty() : keyword.map(String::strip).filter(s -> !s.isEmpty());
        urgency = urgency == null ? Optional.empty() : urgency;
        impact = impact == null ? Optional.empty() : impact;
        if (sender.isEmpty() && domain.isEmpty() && keyword.isEmpty()) {
            throw new IllegalArgumentException("a priority rule needs sender, domain or keyword");
        }
        if (urgency.isEmpty() && impact.isEmpty()) {
            throw new IllegalArgumentException("a priority rule needs urgency or impact");
        }
    }

    boolean matches(MailAddress from, String subject, String text) {
        if (sender.isPresent() && (from == null || !from.normalized().equalsIgnoreCase(sender.get()))) {
            return false;
        }
        if (domain.isPresent() && (from == null || !from.domain().equalsIgnoreCase(domain.get()))) {
            return false;
        }
        if (keyword.isPresent()) {
            String k = keyword.get().toLowerCase(Locale.ROOT);
            return (subject + "\n" + text).toLowerCase(Locale.ROOT).contains(k);
        }
        return true;
    }

    /** The rule in words, for the evidence. */
    String describe() {
        StringBuilder b = new StringBuilder("regra configurada (");
        sender.ifPresent(s -> b.append("remetente ").append(s).append(' '));
        domain.ifPresent(s -> b.append("domínio ").append(s).append(' '));
        keyword.ifPresent(s -> b.append("palavra «").append(s).append("» "));
        return b.toString().strip() + ")";
    }
}
