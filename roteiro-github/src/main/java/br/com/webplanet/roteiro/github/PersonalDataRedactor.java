package br.com.webplanet.roteiro.github;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes Brazilian personal data from a ticket's text before it leaves for GitHub: the names given (customer and
 * contact names, matched whole and word by word, ignoring accents and case), people named after a title
 * ({@code Sr. Fernandes}, {@code sr. fernandes}), e-mail addresses (also written {@code fulano [at] x.com},
 * {@code fulano arroba x ponto com}, with spaces around {@code @} or a full-width {@code ＠}), CNPJ (numeric and the
 * 2026 alphanumeric one), CPF, phone numbers (also inside {@code wa.me} links), CEP and street addresses, in the
 * separators, spacing and case people really type. Each is replaced by a placeholder ({@code [nome]},
 * {@code [e-mail]}…); the result counts what was removed per kind, never the values.
 *
 * <p>Not to be confused with the core's {@code config.Redactor}, which hides configured <em>secrets</em> (tokens,
 * passwords) in logs and reports; this one hides the <em>customer's</em> data in what is published.
 *
 * <p>The text is first normalised (see {@link #normalise}): full-width and other compatibility forms become ASCII,
 * invisible characters are dropped, no-break spaces become spaces and Unicode dashes become {@code -}, so an
 * obfuscated form meets the same patterns as the plain one. Ordinary ticket text (ticket ids such as
 * {@code G3-1234}, versions, dates, times, amounts, invoice numbers) is left alone.
 */
public final class PersonalDataRedactor {
    /** What was removed. */
    public enum Kind {
        EMAIL("[e-mail]"), CNPJ("[CNPJ]"), CPF("[CPF]"), CEP("[CEP]"), ADDRESS("[endereço]"), PHONE("[telefone]"),
        NAME("[nome]");

        private final String placeholder;

        Kind(String placeholder) {
            this.placeholder = placeholder;
        }

        public String placeholder() {
            return placeholder;
        }
    }

    /** Redacted text and how many items of each kind were replaced. */
    public record Result(String text, Map<Kind, Integer> counts) {
        public Result {
            counts = Map.copyOf(counts);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static final String NOT_ALNUM_BEFORE = "(?<![\\p{L}\\p{N}])";
    static final String NOT_ALNUM_AFTER = "(?![\\p{L}\\p{N}])";
    /** Between the groups of a document number: nothing, one space, or a punctuation mark with a space around. */
    private static final String SEP = "(?:[ \\t]?[./-][ \\t]?|[ \\t]|\\r?\\n)?";
    private static final String AT = "(?:[ \\t]*(?:@|\\[[ \\t]*(?:at|arroba)[ \\t]*]|\\([ \\t]*(?:at|arroba)[ \\t]*\\)"
            + "|\\{[ \\t]*(?:at|arroba)[ \\t]*})[ \\t]*|[ \\t]+(?:at|arroba)[ \\t]+)";
    private static final String DOT = "(?:\\.|[ \\t]*(?:\\[[ \\t]*(?:dot|ponto)[ \\t]*]|\\([ \\t]*(?:dot|ponto)[ \\t]*\\)"
            + "|\\{[ \\t]*(?:dot|ponto)[ \\t]*})[ \\t]*|[ \\t]+(?:dot|ponto)[ \\t]+)";
    private static final Pattern EMAIL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+" + AT
            + "[\\p{L}\\p{N}-]+(?:" + DOT + "[\\p{L}\\p{N}-]+)*" + DOT + "\\p{L}{2,}" + NOT_ALNUM_AFTER);
    /**
     * Where a CPF or CNPJ may start: not inside a word or number, and not just after three digits and a joining
     * mark — "CEP 03700-005. 11750102" holds a CEP, not a CPF "005. 117501-02" that would leave "03700-" behind.
     */
    private static final String DOCUMENT_START = NOT_ALNUM_BEFORE + "(?<!\\d{3}[./-])";
    private static final Pattern CNPJ = Pattern.compile(DOCUMENT_START + "[0-9A-Za-z]{2}" + SEP + "[0-9A-Za-z]{3}"
            + SEP + "[0-9A-Za-z]{3}" + SEP + "[0-9A-Za-z]{4}" + SEP + "\\d{2}" + NOT_ALNUM_AFTER);
    private static final Pattern CPF = Pattern.compile(
            DOCUMENT_START + "\\d{3}" + SEP + "\\d{3}" + SEP + "\\d{3}" + SEP + "\\d{2}" + NOT_ALNUM_AFTER);
    private static final Pattern CANONICAL_CNPJ = Pattern.compile("\\d{14}|\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}|\\d{8}/\\d{4}-\\d{2}");
    private static final Pattern CANONICAL_CPF = Pattern.compile("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}");
    /** A CEP after the word CEP in any form; without it only in the forms a CEP is written (and bare 8 digits). */
    private static final Pattern CEP = Pattern.compile("(?=\\d)(?:(?<=(?i:CEP)[:.\\s]{0,3})\\d{2}\\.?\\d{3}[\\s.-]?\\d{3}(?!\\d)"
            + "|(?<![\\p{L}\\p{N}.,/-])(?:\\d{5}-\\d{3}|\\d{2}\\.\\d{3}-\\d{3}|\\d{8})(?![\\p{N}-]|[.,/]\\p{N}))");
    /** Words before 8 bare digits that say they number something else than a street (an order, an invoice). */
    private static final Pattern NOT_A_CEP_LABEL = Pattern.compile("(?iU)(?<![\\p{L}])(?:pedidos?|nf-?e?|notas?|fiscal|n[º°]\\.?|no\\."
            + "|n[úu]mero|num\\.?|chamados?|protocolo|os|boleto|c[óo]d(?:igo)?\\.?|ref\\.?|id|lote|romaneios?"
            + "|fatura|contrato|matr[íi]cula|ordem|nsu|serial|s[ée]rie|#)\\s*[:#]?\\s*$");
    private static final String STREET_TYPE = "(?i:rua|r\\.|avenida|av\\.?|travessa|tv\\.?|alameda|al\\.|rodovia"
            + "|rod\\.|estrada|estr\\.|pra[çc]a|largo)(?![\\p{L}])";
    private static final String HOUSE_NUMBER = "(?:,?[ \\t]*(?:n[º°o.]*[ \\t]*)?\\d+[A-Za-z]?(?![\\p{L}\\p{N}]))";
    /** A street type and a capitalised name, with or without its number ("Rua das Flores, 123"). */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}])" + STREET_TYPE
            + "(?:[ \\t]+(?:d[aeo]s?[ \\t]+)?(?:\\p{Lu}[\\p{L}\\d'.º°ª-]*|\\d+(?=[ \\t]+d[aeo]s?[ \\t])))+"
            + HOUSE_NUMBER + "?");
    /** A street type, up to four words in any case and a number ("rua augusta 1500"); see {@link #STREET_WORDS_STOP}. */
    private static final Pattern LOWER_CASE_ADDRESS = Pattern.compile("(?<![\\p{L}])" + STREET_TYPE
            + "((?:[ \\t]+[\\p{L}'º°ª-]+){1,4})" + HOUSE_NUMBER);
    private static final Set<String> STREET_WORDS_STOP = Set.of("e", "é", "que", "com", "para", "por", "em", "no",
            "na", "nos", "nas", "um", "uma", "há", "ha", "foi", "está", "esta", "estava", "fica", "ficou", "tem",
            "não", "nao", "já", "ja", "até", "ate", "desde", "mais", "menos", "pelo", "pela", "o", "a",
            "os", "as", "ao", "aos", "mas", "ou", "se");
    /** Horizontal separators only: a phone never spans lines (a CEP on one line and digits on the next are not one). */
    private static final Pattern PHONE = Pattern.compile("(?=[+(\\d])" + NOT_ALNUM_BEFORE
            + "(?:\\+\\h?55[\\h.-]?|55(?=\\(?\\d{2}\\)?\\h?9?\\d{4}[\\h.-]?\\d{4}(?!\\d)))?"
            + "(?:\\(\\h?0?\\d{2}\\h?\\)\\h?|0?\\d{2}[\\h.-]?)?(?:9[\\h.-]?)?\\d{4}[\\h.-]?\\d{4,5}(?!\\p{N})");
    private static final Pattern URL_AT = Pattern.compile("(?i)%40");
    private static final Pattern URL_SPACE = Pattern.compile("(?i)%20");
    private static final Pattern URL_PLUS = Pattern.compile("(?<=\\S)\\+(?=[\\p{L}\\p{N}])");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.|wa\\.me/)\\S+");

    /**
     * Redacts {@code text}.
     *
     * @param names people and company names to remove (the ticket's customer and its contacts); blank ones ignored
     */
    public Result redact(String text, Collection<String> names) {
        if (text == null || text.isEmpty()) {
            return new Result(text == null ? "" : text, Map.of());
        }
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        String out = normalise(text);
        out = replace(out, EMAIL, m -> Kind.EMAIL, counts);
        out = replace(out, CNPJ, PersonalDataRedactor::cnpjOrNothing, counts);
        out = replace(out, CPF, PersonalDataRedactor::cpfOrNothing, counts);
        // a phone with its area code first: "(11)34567890" is not an 8-digit CEP after a bracket
        out = replace(out, PHONE, m -> digitCount(m) >= 10 ? Kind.PHONE : null, counts);
        out = replace(out, CEP, (m, t) -> labelledAsSomethingElse(m, t) ? null : Kind.CEP, counts);
        out = replace(out, ADDRESS, m -> Kind.ADDRESS, counts);
        out = replace(out, LOWER_CASE_ADDRESS, PersonalDataRedactor::lowerCaseAddressOrNothing, counts);
        out = replace(out, PHONE, PersonalDataRedactor::phoneOrNothing, counts);
        out = PersonNames.replaceGiven(out, names, counts);
        out = PersonNames.replaceTitled(out, counts);
        out = PersonNames.mergeAdjacent(out, counts);
        return new Result(out, counts);
    }

    /**
     * One character per character where possible: compatibility forms outside Latin-1 (full-width {@code ＠} and
     * digits, mathematical digits) become their ASCII form, zero-width characters and soft hyphens are dropped,
     * no-break and other spaces become a space, Unicode dashes a hyphen; inside links, {@code %40}, {@code %20}
     * and {@code +} between words are decoded, as a person reading the link would.
     */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0xA0) {
                sb.append((char) cp);
            } else if (cp == 0x00AD || cp >= 0x200B && cp <= 0x200D || cp == 0x2060 || cp == 0xFEFF) {
                continue;
            } else if (cp == 0x00A0 || cp == 0x202F || cp >= 0x2000 && cp <= 0x200A || cp == 0x3000) {
                sb.append(' ');
            } else if (cp >= 0x2010 && cp <= 0x2015 || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D) {
                sb.append('-');
            } else if (cp >= 0x100) {
                String nfkc = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
                sb.append(nfkc.length() == 1 && nfkc.charAt(0) < 0x80 ? nfkc : Character.toString(cp));
            } else {
                sb.append((char) cp);
            }
        }
        Matcher url = URL.matcher(sb);
        StringBuilder out = new StringBuilder(sb.length());
        while (url.find()) {
            String decoded = URL_PLUS.matcher(URL_SPACE.matcher(URL_AT.matcher(url.group()).replaceAll("@"))
                    .replaceAll(" ")).replaceAll(" ");
            url.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        url.appendTail(out);
        return out.toString();
    }

    /** Replaces every match by the placeholder of the kind {@code kindOf} gives for it; null keeps the match. */
    private static String replace(String text, Pattern pattern, Function<Matcher, Kind> kindOf,
                                  Map<Kind, Integer> counts) {
        return replace(text, pattern, (m, t) -> kindOf.apply(m), counts);
    }

    private static String replace(String text, Pattern pattern, BiFunction<Matcher, String, Kind> kindOf,
                                  Map<Kind, Integer> counts) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            Kind kind = kindOf.apply(m, text);
            if (kind == null) {
                // a rejected candidate ("ligou. empresa 03") may overlap a real one: look again one char later
                from = m.start() + 1;
                continue;
            }
            counts.merge(kind, 1, Integer::sum);
            String match = m.group();
            String lead = match.substring(0, match.length() - match.stripLeading().length());
            sb.append(text, last, m.start()).append(lead).append(kind.placeholder());
            last = m.end();
            from = Math.max(m.end(), m.start() + 1);
        }
        sb.append(text, last, text.length());
        return sb.toString();
    }

    /**
     * Fourteen digits written as a CNPJ is written (bare, {@code 00.000.000/0000-00} or {@code 00000000/0000-00})
     * always are one; in any other spacing, or with letters, only when the check digits say so — so a phone
     * number and the next sentence's digits ("…0000. 03") are not taken for one.
     */
    private static Kind cnpjOrNothing(Matcher m) {
        String value = m.group().replaceAll("[^0-9A-Za-z]", "");
        String base = value.substring(0, 12);
        if (base.chars().noneMatch(Character::isDigit) && !base.equals(base.toUpperCase(Locale.ROOT))
                && m.group().chars().noneMatch(c -> c == '.' || c == '/' || c == '-')) {
            return null;   // a word and a number ("itapetininga 97"), even when the check digits happen to fit
        }
        return CANONICAL_CNPJ.matcher(m.group()).matches() || BrazilianDocuments.isValidCnpj(value) ? Kind.CNPJ : null;
    }

    /**
     * Eleven digits shaped as a CPF: a CPF when the check digits say so or when written 000.000.000-00; eleven
     * bare digits that are not a CPF are left for the phone pattern (a mobile number with its area code).
     */
    private static Kind cpfOrNothing(Matcher m) {
        String digits = m.group().replaceAll("\\D", "");
        return BrazilianDocuments.isValidCpf(digits) || CANONICAL_CPF.matcher(m.group()).matches() ? Kind.CPF : null;
    }

    /** Eight bare digits after "pedido", "NF", "nº"… number an order or an invoice, not a street. */
    private static boolean labelledAsSomethingElse(Matcher m, String text) {
        return m.group().chars().allMatch(Character::isDigit)
                && NOT_A_CEP_LABEL.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
    }

    private static Kind lowerCaseAddressOrNothing(Matcher m) {
        for (String word : m.group(1).trim().split("\\s+")) {
            if (STREET_WORDS_STOP.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return Kind.ADDRESS;
    }

    /** Ten digits or more are a phone; eight or nine only when written with a separator or an area code. */
    private static Kind phoneOrNothing(Matcher m) {
        boolean separated = !m.group().matches("\\d+");
        return digitCount(m) >= 10 || separated && digitCount(m) >= 8 ? Kind.PHONE : null;
    }

    private static int digitCount(Matcher m) {
        return (int) m.group().chars().filter(c -> c >= '0' && c <= '9').count();
    }
}
