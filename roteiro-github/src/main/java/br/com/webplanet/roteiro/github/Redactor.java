package br.com.webplanet.roteiro.github;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes Brazilian personal data from text before it leaves for GitHub: the names given (customer and contact
 * names, matched whole and word by word, ignoring accents and case), e-mail addresses, CNPJ, CPF, phone numbers,
 * CEP and street addresses. Each is replaced by a placeholder ({@code [nome]}, {@code [e-mail]}…); the result
 * counts what was removed per kind, never the values.
 */
public final class Redactor {
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

    private static final String NOT_ALNUM_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_ALNUM_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern CNPJ = Pattern.compile(
            "(?<!\\d)(\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}|\\d{14})(?!\\d)");
    private static final Pattern CPF_FORMATTED = Pattern.compile("(?<!\\d)\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}(?!\\d)");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![\\d.-])\\d{11}(?![\\d])");
    private static final Pattern CEP = Pattern.compile(
            "(?i:CEP)[:\\s]*\\d{5}-?\\d{3}(?!\\d)|(?<![\\d.-])\\d{5}-\\d{3}(?![\\d-])");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}])(?i:rua|r\\.|avenida|av\\.|travessa|tv\\.|alameda|al\\.|rodovia|rod\\.|estrada|praça|largo)"
                    + "(?:\\s+(?:d[aeo]s?\\s+)?[\\p{Lu}\\d][\\p{L}\\d'.º°ª-]*)+"
                    + "(?:,?\\s*(?:n[º°o.]*\\s*)?\\d+[A-Za-z]?(?![\\d]))?");
    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+55[\\s.-]?)?(?:\\(\\d{2}\\)|(?<![\\d.])\\d{2})?[\\s.-]?9?\\d{4}[\\s.-]?\\d{4}(?![\\d])"
                    + "|\\+55[\\s.-]?\\d{10,11}(?!\\d)");
    /** A title followed by capitalised words names a person we were not told about ("Sr. Fernandes"). */
    private static final Pattern TITLED_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:Sr|Sra|Srta|Dr|Dra|Prof|Profa|Eng)\\.?\\s+|(?<![\\p{L}])(?:Dona|Seu|Senhor|Senhora)\\s+");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "\\p{Lu}[\\p{L}'-]*(?:\\s+(?:d[aeo]s?\\s+)?\\p{Lu}[\\p{L}'-]*)*");
    private static final Pattern ADJACENT_NAMES = Pattern.compile(
            "\\[nome](?:\\s+(?:(?i:d[aeo]s?|e)\\s+)?\\[nome])+");
    private static final Set<String> NAME_STOPWORDS = Set.of("da", "de", "do", "das", "dos", "e", "ltda", "me", "sa",
            "s/a", "eireli", "cia", "epp", "mei");

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
        String out = replace(text, EMAIL, Kind.EMAIL, counts);
        out = replace(out, CNPJ, Kind.CNPJ, counts);
        out = replace(out, CPF_FORMATTED, Kind.CPF, counts);
        // eleven bare digits are a CPF when the check digits say so, otherwise a mobile number
        out = replace(out, ELEVEN_DIGITS, digits -> isValidCpf(digits) ? Kind.CPF : Kind.PHONE, counts);
        out = replace(out, CEP, Kind.CEP, counts);
        out = replace(out, ADDRESS, Kind.ADDRESS, counts);
        out = replacePhones(out, counts);
        out = replaceNames(out, names, counts);
        out = replaceTitledNames(out, counts);
        out = mergeAdjacentNames(out, counts);
        return new Result(out, counts);
    }

    private static String replace(String text, Pattern pattern, Kind kind, Map<Kind, Integer> counts) {
        return replace(text, pattern, match -> kind, counts);
    }

    /** Replaces every match by the placeholder of the kind {@code kindOf} gives for it. */
    private static String replace(String text, Pattern pattern, Function<String, Kind> kindOf,
                                  Map<Kind, Integer> counts) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Kind kind = kindOf.apply(m.group());
            counts.merge(kind, 1, Integer::sum);
            m.appendReplacement(sb, Matcher.quoteReplacement(kind.placeholder()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String replacePhones(String text, Map<Kind, Integer> counts) {
        Matcher m = PHONE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            boolean separated = !m.group().matches("\\d+");
            // bare 8–9 digit runs are too often order or invoice numbers; need a separator or an area code
            if (digits.length() >= 10 || separated && digits.length() >= 8) {
                counts.merge(Kind.PHONE, 1, Integer::sum);
                String lead = m.group().startsWith(" ") ? " " : "";
                m.appendReplacement(sb, Matcher.quoteReplacement(lead + Kind.PHONE.placeholder()));
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String replaceNames(String text, Collection<String> names, Map<Kind, Integer> counts) {
        List<String> variants = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            variants.add(fold(name.trim()));
            // people are also called by one of their names alone ("a Maria", "Sr. Souza"); over-redacting a
            // company's word ("Pão") is the price of never posting a person's name
            for (String word : fold(name).split("[\\s,.()/-]+")) {
                if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)
                        && !NAME_STOPWORDS.contains(word)) {
                    variants.add(word);
                }
            }
        }
        variants.sort((a, b) -> b.length() - a.length());   // whole names before their words
        String out = text;
        for (String variant : variants) {
            String folded = fold(out);
            Pattern p = Pattern.compile(NOT_ALNUM_BEFORE + Pattern.quote(variant).replace(" ", "\\E\\s+\\Q")
                    + NOT_ALNUM_AFTER);
            Matcher m = p.matcher(folded);
            StringBuilder sb = new StringBuilder();
            int last = 0;
            while (m.find()) {
                counts.merge(Kind.NAME, 1, Integer::sum);
                sb.append(out, last, m.start()).append(Kind.NAME.placeholder());
                last = m.end();
            }
            sb.append(out.substring(last));
            out = sb.toString();
        }
        return out;
    }

    /** "[nome] [nome] da [nome]" was one person's name, word by word: one placeholder, counted once. */
    private static String mergeAdjacentNames(String text, Map<Kind, Integer> counts) {
        Matcher m = ADJACENT_NAMES.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int words = m.group().split("\\[nome]", -1).length - 1;
            counts.merge(Kind.NAME, 1 - words, Integer::sum);
            m.appendReplacement(sb, Matcher.quoteReplacement(Kind.NAME.placeholder()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String replaceTitledNames(String text, Map<Kind, Integer> counts) {
        Matcher title = TITLED_NAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (title.find(last)) {
            Matcher name = CAPITALISED_WORDS.matcher(text).region(title.end(), text.length());
            if (name.lookingAt()) {
                counts.merge(Kind.NAME, 1, Integer::sum);
                sb.append(text, last, title.end()).append(Kind.NAME.placeholder());
                last = name.end();
            } else {
                sb.append(text, last, title.end());
                last = title.end();
            }
        }
        sb.append(text.substring(last));
        return sb.toString();
    }

    /**
     * Lower case without accents, exactly one char per char of {@code s}, so a match in the folded text has the
     * same position in the original.
     */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.isEmpty() ? c : d.charAt(0);
            if (Character.getType(base) == Character.NON_SPACING_MARK) {
                base = ' ';
            }
            sb.append(Character.toLowerCase(base));
        }
        return sb.toString();
    }

    static boolean isValidCpf(String digits) {
        if (digits.length() != 11 || digits.chars().distinct().count() == 1) {
            return false;
        }
        int[] d = digits.chars().map(ch -> ch - '0').toArray();
        return checkDigit(d, 9) == d[9] && checkDigit(d, 10) == d[10];
    }

    private static int checkDigit(int[] d, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += d[i] * (length + 1 - i);
        }
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }
}
