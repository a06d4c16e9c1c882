package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.github.PersonalDataRedactor.Kind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names part of {@link PersonalDataRedactor}: the names G3stor gives (whole and word by word, ignoring accents
 * and case), people named after a title, and one placeholder for a name redacted word by word.
 */
final class PersonNames {
    /** A title followed by a name ("Sr. Fernandes", "sr. fernandes", "Dona Cida"). */
    private static final Pattern ABBREVIATED_TITLE = Pattern.compile(
            "(?<![\\p{L}])(?i:sr|sra|srta|dr|dra|prof|profa|eng)(?:\\.\\s*|\\s+)");
    private static final Pattern WORD_TITLE = Pattern.compile("(?<![\\p{L}])(?i:dona|seu|senhor|senhora)\\s+");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "\\p{Lu}[\\p{L}'-]*(?:[ \\t]+(?:d[aeo]s?[ \\t]+)?\\p{Lu}[\\p{L}'-]*){0,4}(?![\\p{L}\\p{N}])");
    private static final Pattern ANY_CASE_NAME = Pattern.compile(
            "\\p{L}[\\p{L}'-]+(?:[ \\t]+d[aeo]s?[ \\t]+\\p{L}[\\p{L}'-]+)?(?![\\p{L}\\p{N}])");
    private static final Set<String> NOT_A_NAME = Set.of("e", "é", "que", "não", "nao", "já", "ja", "foi", "vai",
            "pode", "disse", "pediu", "ligou", "está", "esta", "estava", "também", "tambem", "me", "nos", "lhe",
            "o", "a", "os", "as", "de", "da", "do", "em", "no", "na", "com", "para", "por", "se", "ou", "mas",
            "responsável", "responsavel", "gerente", "diretor", "diretora", "dono", "dona");
    private static final Pattern ADJACENT_NAMES = Pattern.compile(
            "\\[nome](?:\\s+(?:(?i:d[aeo]s?|e)\\s+)?\\[nome])+");
    private static final Set<String> NAME_STOPWORDS = Set.of("da", "de", "do", "das", "dos", "e", "ltda", "me", "sa",
            "s/a", "eireli", "cia", "epp", "mei");

    private PersonNames() {}

    static String replaceGiven(String text, Collection<String> names, Map<Kind, Integer> counts) {
        List<String> variants = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            variants.add(fold(PersonalDataRedactor.normalise(name).trim()));
            // people are also called by one of their names alone ("a Maria", "Sr. Souza"); over-redacting a
            // company's word ("Pão") is the price of never posting a person's name
            for (String word : fold(PersonalDataRedactor.normalise(name)).split("[\\s,.()/-]+")) {
                if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)
                        && !NAME_STOPWORDS.contains(word)) {
                    variants.add(word);
                }
            }
        }
        if (variants.isEmpty()) {
            return text;
        }
        // one pass, longest first at each place: a whole name before its words
        variants.sort((x, y) -> y.length() - x.length());
        StringBuilder alternatives = new StringBuilder();
        for (String variant : new LinkedHashSet<>(variants)) {
            alternatives.append(alternatives.isEmpty() ? "" : "|")
                    .append(Pattern.quote(variant).replace(" ", "\\E\\s+\\Q"));
        }
        Matcher m = Pattern.compile(PersonalDataRedactor.NOT_ALNUM_BEFORE + "(?:" + alternatives + ")" + PersonalDataRedactor.NOT_ALNUM_AFTER).matcher(fold(text));
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            counts.merge(Kind.NAME, 1, Integer::sum);
            sb.append(text, last, m.start()).append(Kind.NAME.placeholder());
            last = m.end();
        }
        return sb.append(text, last, text.length()).toString();
    }

    /** "[nome] [nome] da [nome]" was one person's name, word by word: one placeholder, counted once. */
    static String mergeAdjacent(String text, Map<Kind, Integer> counts) {
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

    /**
     * A person named after a title we were not told about: after an abbreviated title ("Sr.", "dra") the next
     * word in any case (customers write "sr. fernandes"); after a title in full ("Dona", "seu") only capitalised
     * words, since "seu pedido" is not a person.
     */
    static String replaceTitled(String text, Map<Kind, Integer> counts) {
        String out = replaceAfterTitle(text, ABBREVIATED_TITLE, true, counts);
        return replaceAfterTitle(out, WORD_TITLE, false, counts);
    }

    private static String replaceAfterTitle(String text, Pattern titles, boolean anyCase, Map<Kind, Integer> counts) {
        Matcher title = titles.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (last < text.length() && title.find(last)) {
            Matcher name = CAPITALISED_WORDS.matcher(text).region(title.end(), text.length());
            boolean found = name.lookingAt();
            if (!found && anyCase) {
                name = ANY_CASE_NAME.matcher(text).region(title.end(), text.length());
                found = name.lookingAt() && !NOT_A_NAME.contains(name.group().split("\\s+")[0]
                        .toLowerCase(Locale.ROOT));
            }
            if (found) {
                counts.merge(Kind.NAME, 1, Integer::sum);
                sb.append(text, last, title.end()).append(Kind.NAME.placeholder());
                last = name.end();
            } else {
                sb.append(text, last, title.end());
                last = title.end();
            }
        }
        sb.append(text.substring(Math.min(last, text.length())));
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
            sb.append(c < FOLDED.length ? FOLDED[c] : foldChar(c));
        }
        return sb.toString();
    }

    /** {@link #fold} of the Latin characters, computed once: folding is most of the cost of matching names. */
    private static final char[] FOLDED = new char[0x250];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldChar(c);
        }
    }

    private static char foldChar(char c) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.isEmpty() ? c : d.charAt(0);
        if (Character.getType(base) == Character.NON_SPACING_MARK) {
            base = ' ';
        }
        return Character.toLowerCase(base);
    }
}
