package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.PriorityAssessment;
import br.com.webplanet.roteiro.model.ServiceContract;
import br.com.webplanet.roteiro.model.Urgency;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Urgency and impact of a new request, from three sources, each leaving its evidence: cues in the
 * subject and text (pt-BR and English: "urgente", "parado", "fora do ar", "não consigo vender/emitir",
 * "todas as lojas", "produção"…), the customer's contract tier in G3stor (a floor), and the configured
 * {@link PriorityRule}s. The highest level any source gives wins; when none says anything the default
 * (média / médio) is kept and the evidence says so. Pure: the customer is looked up by the caller.
 */
final class PriorityInference {
    /** Only the start of the text is read: what the person wrote first, not a long quoted thread. */
    static final int MAX_TEXT = 4000;

    /**
     * A cue and the literal start of each of its alternatives: the regex (word bounds around a
     * branch of alternatives, tried at every position) is run only when one of them occurs, so the
     * common text with no cue costs a few {@code indexOf} scans, not a regex search per cue.
     */
    private record Cue(Pattern pattern, Urgency urgency, Impact impact, List<String> starts) {
        boolean mayOccurIn(String text) {
            for (String start : starts) {
                if (start.isEmpty() || text.contains(start)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final List<Cue> CUES = List.of(
            // calm first: "não é urgente" must not read as "urgente"
            cue("nao e urgente|sem urgencia|sem pressa|quando puder|not urgent|no rush|when you can", Urgency.LOW, null),
            cue("urgente|urgentissimo|urgencia|emergencia|urgent|asap|emergency|critico|critical", Urgency.VERY_HIGH, null),
            cue("fora do ar|sistema caiu|caiu o sistema|nao funciona nada|is down|system down|outage",
                    Urgency.VERY_HIGH, Impact.HIGH),
            cue("parad[oa]s?|travad[oa]s?|bloquead[oa]s?|stopped|blocked", Urgency.HIGH, Impact.HIGH),
            cue("nao consig(o|imos) (vender|emitir|faturar)|nao (estamos|esta) (vendendo|emitindo|faturando)"
                    + "|cannot (sell|invoice|issue)|can'?t (sell|invoice|issue)", Urgency.VERY_HIGH, Impact.HIGH),
            cue("todas as lojas|todos os (usuarios|caixas|pdvs|clientes)|toda a (empresa|rede)|all (stores|users|shops)"
                    + "|whole company", null, Impact.VERY_HIGH),
            cue("varias lojas|varios (usuarios|caixas|pdvs)|several (stores|users)|many users", null, Impact.HIGH),
            cue("producao|production", null, Impact.HIGH));

    private final List<PriorityRule> rules;

    PriorityInference(List<PriorityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static Cue cue(String alternatives, Urgency urgency, Impact impact) {
        return new Cue(Pattern.compile("\\b(" + alternatives + ")\\b"), urgency, impact, literalStarts(alternatives));
    }

    /** The literal text each top-level alternative starts with (empty when it starts with a group). */
    static List<String> literalStarts(String alternatives) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder literal = new StringBuilder();
        boolean open = true;   // still reading the literal start of the current alternative
        for (int i = 0; i < alternatives.length(); i++) {
            char c = alternatives.charAt(i);
            if (c == '|' && depth == 0) {
                out.add(literal.toString());
                literal.setLength(0);
                open = true;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (!open) {
                continue;
            }
            if ("()[]{}.\\^$".indexOf(c) >= 0) {
                open = false;
            } else if ("?*".indexOf(c) >= 0) {
                literal.setLength(Math.max(0, literal.length() - 1));   // the char before is optional
                open = false;
            } else if (c == '+') {
                open = false;
            } else {
                literal.append(c);
            }
        }
        out.add(literal.toString());
        return List.copyOf(out);
    }

    PriorityAssessment assess(MailAddress from, String subject, String text, Optional<Customer> customer) {
        String head = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Urgency urgency = null;
        Impact impact = null;
        List<String> evidence = new ArrayList<>();
        String subjectN = normalise(subject);
        String textN = normalise(head);
        boolean calm = false;
        for (Cue cue : CUES) {
            String where = null;
            Matcher m = null;
            if (cue.mayOccurIn(subjectN) && (m = cue.pattern.matcher(subjectN)).find()) {
                where = "assunto";
            } else if (cue.mayOccurIn(textN) && (m = cue.pattern.matcher(textN)).find()) {
                where = "texto";
            }
            if (where == null) {
                continue;
            }
            if (cue.urgency == Urgency.LOW) {
                calm = true;
                evidence.add("urgência baixa: «" + m.group() + "» no " + where);
                continue;
            }
            if (calm && cue.urgency == Urgency.VERY_HIGH && cue.impact == null) {
                continue;   // "não é urgente" already said it
            }
            if (cue.urgency != null && (urgency == null || cue.urgency.level() > urgency.level())) {
                urgency = cue.urgency;
                evidence.add("urgência " + cue.urgency.labelPtBR() + ": «" + m.group() + "» no " + where);
            }
            if (cue.impact != null && (impact == null || cue.impact.level() > impact.level())) {
                impact = cue.impact;
                evidence.add("impacto " + cue.impact.labelPtBR() + ": «" + m.group() + "» no " + where);
            }
        }
        if (urgency == null && calm) {
            urgency = Urgency.LOW;
        }
        ServiceContract contract = customer.map(Customer::contract).orElse(null);
        if (contract != null) {
            String who = "contrato " + contract.tier() + " de " + customer.get().name();
            if (contract.minUrgency() != null && (urgency == null || contract.minUrgency().level() > urgency.level())) {
                urgency = contract.minUrgency();
                evidence.add("urgência " + urgency.labelPtBR() + ": " + who);
            }
            if (contract.minImpact() != null && (impact == null || contract.minImpact().level() > impact.level())) {
                impact = contract.minImpact();
                evidence.add("impacto " + impact.labelPtBR() + ": " + who);
            }
            if (contract.minUrgency() == null && contract.minImpact() == null) {
                evidence.add(who + " sem mínimo de urgência ou impacto");
            }
        }
        for (PriorityRule rule : rules) {
            if (!rule.matches(from, subject == null ? "" : subject, head)) {
                continue;
            }
            if (rule.urgency().isPresent() && (urgency == null || rule.urgency().get().level() > urgency.level())) {
                urgency = rule.urgency().get();
                evidence.add("urgência " + urgency.labelPtBR() + ": " + rule.describe());
            }
            if (rule.impact().isPresent() && (impact == null || rule.impact().get().level() > impact.level())) {
                impact = rule.impact().get();
                evidence.add("impacto " + impact.labelPtBR() + ": " + rule.describe());
            }
        }
        if (urgency == null) {
            evidence.add("urgência média (padrão): nenhum indício no texto, no contrato ou nas regras");
        }
        if (impact == null) {
            evidence.add("impacto médio (padrão): nenhum indício no texto, no contrato ou nas regras");
        }
        return new PriorityAssessment(urgency == null ? Urgency.MEDIUM : urgency, impact == null ? Impact.MEDIUM : impact,
                evidence);
    }

    /** Lower case, accents removed, so "URGÊNCIA" and "urgencia" read alike. */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        if (ascii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String folded = foldLatin(s);
        return folded != null ? folded : slowNormalise(s);
    }

    /** Marks removed after canonical decomposition, lower case, no-break space as space: the definition. */
    static String slowNormalise(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ');
    }

    /** Below this every character folds alone (Latin, Latin-1, Latin Extended-A/B), per {@link #FOLD}. */
    private static final int FOLD_LIMIT = 0x250;
    /**
     * {@code slowNormalise} of each character below {@link #FOLD_LIMIT} when that is one character (0 where
     * it is not): pt-BR text (ç, ã, é, …) then folds in one pass, without NFD and a regex over 4 KB per mail.
     */
    private static final char[] FOLD = new char[FOLD_LIMIT];

    static {
        for (char c = 0; c < FOLD_LIMIT; c++) {
            String n = slowNormalise(String.valueOf(c));
            FOLD[c] = n.length() == 1 ? n.charAt(0) : 0;
        }
    }

    /** The same as {@link #slowNormalise} for text of Latin letters and combining marks; null for other text. */
    private static String foldLatin(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < FOLD_LIMIT && FOLD[c] != 0) {
                out[n++] = FOLD[c];
            } else if (c >= 0x300 && c < 0x370) {
                // a combining diacritical mark: removed, as \p{M} removes it
                continue;
            } else {
                return null;   // anything else takes the exact path
            }
        }
        return new String(out, 0, n);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
