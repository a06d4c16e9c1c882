package br.com.webplanet.roteiro.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generates ticket texts holding Brazilian personal data written the ways customers write it — separators, spaces,
 * case, obfuscated e-mails, inside links and signatures — mixed with ordinary ticket sentences, and checks that
 * none of it survives redaction while the ordinary sentences survive untouched. 10,000 texts per run (about two
 * seconds); raise {@code tries} locally to search longer.
 */
class PersonalDataRedactionPropertyTest {
    private static final PersonalDataRedactor REDACTOR = new PersonalDataRedactor();

    /** Ordinary ticket text with ids, versions, dates, times and amounts: must come out exactly as it went in. */
    private static final List<String> ORDINARY = List.of(
            "Chamado G3-1234 aberto em 28/11/2026 às 10:30.",
            "Erro na versão 2.3.1 desde ontem.",
            "Valor R$ 1.234,56 no boleto.",
            "Pedido 4471 com NF 123456.",
            "Passos: abrir Financeiro > Boletos > Emitir.",
            "O sistema trava ao gerar o relatório.",
            "Reunião às 14h30, sala 2.",
            "Obrigado pela atenção!",
            "Segue em anexo o print da tela.",
            "Desde 2026-11-28 o total sai 12,5% menor.");

    private static final List<String> STREETS = List.of("Paulista", "Augusta", "das Flores", "Sete de Setembro",
            "Barão de Itapetininga", "XV de Novembro", "Consolação", "Brigadeiro Faria Lima", "Tiradentes",
            "Santos Dumont");
    private static final List<String> SURNAMES = List.of("Fernandes", "Oliveira", "Albuquerque", "Nascimento",
            "Cavalcanti", "Rodrigues", "Figueiredo", "Medeiros", "Gonçalves", "Araújo");
    private static final List<String> FIRST_NAMES = List.of("Maria", "João", "Ana", "Luiz", "Francisca", "Antônio",
            "Conceição", "Raimunda", "Sebastião", "Jéssica");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s.\\-/()+]{0,3}\\d)*");

    /** A piece of personal data as written, and the words (folded) that must not survive it. */
    record Pii(String written, List<String> words, List<String> names) {
        Pii(String written, List<String> words) {
            this(written, words, List.of());
        }
    }

    /** One generated text: its pieces, in order, each either ordinary text or personal data. */
    record Sample(List<Object> pieces, String separator) {
        String text() {
            List<String> parts = new ArrayList<>();
            for (Object piece : pieces) {
                parts.add(piece instanceof Pii p ? p.written() : (String) piece);
            }
            return String.join(separator, parts);
        }

        List<String> names() {
            return pieces.stream().filter(Pii.class::isInstance).flatMap(p -> ((Pii) p).names().stream()).toList();
        }

        @Override
        public String toString() {
            return text().replace("\n", "⏎");
        }
    }

    @Property(tries = 10_000)
    void noPersonalDataSurvivesAndOrdinaryTextIsKept(@ForAll("texts") Sample sample) {
        PersonalDataRedactor.Result result = REDACTOR.redact(sample.text(), sample.names());
        String out = result.text();

        String rest = out;
        for (Object piece : sample.pieces()) {
            if (piece instanceof String ordinary) {
                assertThat(out).as("ordinary text kept").contains(ordinary);
                rest = rest.replace(ordinary, "\u0000");
            }
        }
        Matcher digits = DIGIT_RUN.matcher(rest);
        while (digits.find()) {
            assertThat(digits.group().replaceAll("\\D", "")).as("digits left in %s", out).hasSizeLessThan(4);
        }
        String folded = PersonNames.fold(rest);
        String collapsed = rest.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        for (Object piece : sample.pieces()) {
            if (piece instanceof Pii pii) {
                for (String word : pii.words()) {
                    String w = PersonNames.fold(word);
                    assertThat(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])")
                            .matcher(folded).find()).as("'%s' left in %s", word, out).isFalse();
                    if (word.matches("[0-9A-Z]{8,}")) {
                        assertThat(collapsed).as("'%s' left in %s", word, out).doesNotContain(word);
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<Sample> texts() {
        Arbitrary<Object> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.of(ORDINARY).map(Object.class::cast)),
                net.jqwik.api.Tuple.of(5, Arbitraries.oneOf(cpf(), cnpj(), phone(), cep(), email(), address(),
                        titledName(), signature()).map(Object.class::cast)));
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(". ", "\n", " - ", "\n\n", "; "))
                .as(Sample::new);
    }

    private static Arbitrary<String> digits(int n) {
        long bound = (long) Math.pow(10, n);
        return Arbitraries.longs().between(0, bound - 1).map(v -> varied(String.format("%0" + n + "d", v)));
    }

    private static Arbitrary<String> cased(Arbitrary<String> s) {
        return Combinators.combine(s, Arbitraries.of(0, 1, 2)).as((v, c) -> c == 0 ? v
                : c == 1 ? v.toLowerCase(Locale.ROOT) : v.toUpperCase(Locale.ROOT));
    }

    Arbitrary<Pii> cpf() {
        Arbitrary<String> number = digits(9).map(base -> base + cpfDigits(base));
        List<Function<String, String>> styles = List.of(
                d -> d, d -> fmt(d, "%s.%s.%s-%s", 3, 3, 3, 2), d -> fmt(d, "%s%s%s-%s", 3, 3, 3, 2),
                d -> fmt(d, "%s %s %s %s", 3, 3, 3, 2), d -> fmt(d, "%s.%s.%s.%s", 3, 3, 3, 2),
                d -> fmt(d, "%s-%s-%s-%s", 3, 3, 3, 2), d -> fmt(d, "%s.%s.%s %s", 3, 3, 3, 2),
                d -> fmt(d, "%s %s %s-%s", 3, 3, 3, 2));
        Arbitrary<String> context = cased(Arbitraries.of("CPF %s", "meu cpf é %s.", "cpf: %s", "(CPF %s)", "%s",
                "https://portal.exemplo.com.br/cadastro?cpf=%s&ok=1", "CPF nº %s"));
        return Combinators.combine(number, Arbitraries.of(styles), context)
                .as((n, style, ctx) -> new Pii(fill(ctx, style.apply(n)), List.of()));
    }

    Arbitrary<Pii> cnpj() {
        Arbitrary<String> numeric = Combinators.combine(digits(8), Arbitraries.of("0001", "0002", "0017"))
                .as(String::concat);
        Arbitrary<String> alphanumeric = Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z')
                .ofLength(12).map(s -> s.chars().anyMatch(Character::isLetter) ? s : s.substring(0, 3) + "K" + s.substring(4))
                .map(PersonalDataRedactionPropertyTest::varied);
        Arbitrary<String> number = Arbitraries.oneOf(numeric, alphanumeric).map(base -> base + cnpjDigits(base));
        List<Function<String, String>> styles = List.of(
                d -> d, d -> fmt(d, "%s.%s.%s/%s-%s", 2, 3, 3, 4, 2), d -> fmt(d, "%s%s%s/%s-%s", 2, 3, 3, 4, 2),
                d -> fmt(d, "%s %s %s %s %s", 2, 3, 3, 4, 2), d -> fmt(d, "%s.%s.%s / %s-%s", 2, 3, 3, 4, 2),
                d -> fmt(d, "%s.%s.%s/%s-%s", 2, 3, 3, 4, 2).toLowerCase(Locale.ROOT),
                d -> fmt(d, "%s %s %s/%s %s", 2, 3, 3, 4, 2), d -> fmt(d, "%s.%s.%s.%s-%s", 2, 3, 3, 4, 2));
        Arbitrary<String> context = cased(Arbitraries.of("CNPJ %s", "cnpj: %s", "empresa %s", "%s", "CNPJ nº %s."));
        return Combinators.combine(number, Arbitraries.of(styles), context)
                .as((n, style, ctx) -> new Pii(fill(ctx, style.apply(n)), List.of(n.substring(0, 8))));
    }

    Arbitrary<Pii> phone() {
        Arbitrary<String> area = Arbitraries.integers().between(11, 99).filter(a -> a % 10 != 0).map(String::valueOf);
        Arbitrary<String> mobile = Combinators.combine(Arbitraries.of("6", "7", "8", "9"), digits(7))
                .as((a, b) -> "9" + a + b);
        Arbitrary<String> landline = Combinators.combine(Arbitraries.of("2", "3", "4", "5"), digits(7))
                .as(String::concat);
        List<Function<String[], String>> styles = List.of(
                p -> "(" + p[0] + ") " + dash(p[1]), p -> p[0] + " " + split(p[1], " "),
                p -> "+55 " + p[0] + " " + dash(p[1]), p -> "+55(" + p[0] + ")" + p[1], p -> p[0] + p[1],
                p -> "(0" + p[0] + ") " + dash(p[1]), p -> p[0] + "." + split(p[1], "."),
                p -> p[0] + " " + p[1].substring(0, 4) + " " + p[1].substring(4), p -> dash(p[1]),
                p -> "https://wa.me/55" + p[0] + p[1], p -> "https://api.whatsapp.com/send?phone=55" + p[0] + p[1],
                p -> "+55 " + p[0] + " " + split(p[1], " "), p -> p[0] + "-" + split(p[1], "-"));
        Arbitrary<String> context = cased(Arbitraries.of("tel %s", "Telefone: %s", "celular/whats %s", "%s",
                "liga no %s por favor", "WhatsApp %s."));
        return Combinators.combine(area, Arbitraries.oneOf(mobile, landline), Arbitraries.of(styles), context)
                .as((a, n, style, ctx) -> new Pii(fill(ctx, style.apply(new String[] {a, n})), List.of()));
    }

    Arbitrary<Pii> cep() {
        Arbitrary<String> number = digits(8);
        List<Function<String, String>> labelled = List.of(d -> fmt(d, "%s%s-%s", 2, 3, 3),
                d -> fmt(d, "%s.%s-%s", 2, 3, 3), d -> d, d -> fmt(d, "%s%s %s", 2, 3, 3),
                d -> fmt(d, "%s.%s%s", 2, 3, 3));
        List<Function<String, String>> bare = List.of(d -> fmt(d, "%s%s-%s", 2, 3, 3),
                d -> fmt(d, "%s.%s-%s", 2, 3, 3), d -> d);
        Arbitrary<Pii> withLabel = Combinators.combine(number, Arbitraries.of(labelled),
                        cased(Arbitraries.of("CEP %s", "cep: %s", "CEP:%s", "(CEP %s)")))
                .as((n, style, ctx) -> new Pii(fill(ctx, style.apply(n)), List.of()));
        Arbitrary<Pii> withoutLabel = Combinators.combine(number, Arbitraries.of(bare),
                        Arbitraries.of("entrega no %s", "%s", "São Paulo - SP, %s", "endereço postal %s."))
                .as((n, style, ctx) -> new Pii(ctx.replace("%s", style.apply(n)), List.of()));
        return Arbitraries.oneOf(withLabel, withoutLabel);
    }

    Arbitrary<Pii> email() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(5).ofMaxLength(9);
        Arbitrary<String> local = Arbitraries.oneOf(word, Combinators.combine(word, word).as((a, b) -> a + "." + b),
                Combinators.combine(word, digits(2)).as((a, b) -> a + "_" + b));
        Arbitrary<String> tld = Arbitraries.of("com", "com.br", "net", "org.br", "adv.br");
        List<Function<String[], String>> styles = List.of(
                p -> p[0] + "@" + p[1] + "." + p[2], p -> p[0] + " @ " + p[1] + "." + p[2],
                p -> p[0] + " [at] " + p[1] + "." + p[2], p -> p[0] + "(at)" + p[1] + "." + p[2],
                p -> p[0] + " arroba " + p[1] + " ponto " + p[2].replace(".", " ponto "),
                p -> p[0] + "＠" + p[1] + "." + p[2], p -> p[0] + " [at] " + p[1] + " [dot] " + p[2].replace(".", " [dot] "),
                p -> (p[0] + "@" + p[1] + "." + p[2]).toUpperCase(Locale.ROOT), p -> "mailto:" + p[0] + "@" + p[1] + "." + p[2],
                p -> p[0] + " {at} " + p[1] + "." + p[2], p -> p[0] + "@ " + p[1] + "." + p[2]);
        Arbitrary<String> context = Arbitraries.of("e-mail: %s", "escreva para %s.", "%s", "<%s>", "Email %s");
        return Combinators.combine(local, word, tld, Arbitraries.of(styles), context).as((l, d, t, style, ctx) -> {
            List<String> words = new ArrayList<>(List.of(l.split("[._]")));
            words.removeIf(w -> w.length() < 5);
            words.add(d);
            return new Pii(ctx.replace("%s", style.apply(new String[] {l, d, t})), words);
        });
    }

    Arbitrary<Pii> address() {
        Arbitrary<String> type = Arbitraries.of("Rua", "rua", "RUA", "R.", "Av", "Av.", "av.", "Avenida", "avenida",
                "Travessa", "Alameda", "Al.", "Estrada", "Praça", "praça", "Rodovia", "AV.");
        Arbitrary<String> number = Arbitraries.integers().between(1, 9999).map(String::valueOf);
        Arbitrary<String> sep = Arbitraries.of(" ", ", ", ", nº ", " n. ", ", n° ", ",");
        Arbitrary<Integer> caseStyle = Arbitraries.of(0, 1, 2);
        Arbitrary<String> context = Arbitraries.of("fica na %s", "endereço: %s.", "%s", "entregar na %s amanhã",
                "https://maps.google.com/?q=%S");
        return Combinators.combine(type, Arbitraries.of(STREETS), number, sep, caseStyle, context)
                .as((t, street, n, s, c, ctx) -> {
                    String name = c == 1 ? street.toLowerCase(Locale.ROOT)
                            : c == 2 ? street.toUpperCase(Locale.ROOT) : street;
                    String written = t + " " + name + s + n;
                    String text = ctx.contains("%S") ? ctx.replace("%S", written.replaceAll(",\\s*", " ").replace(" ", "+"))
                            : ctx.replace("%s", written);
                    List<String> words = new ArrayList<>(List.of(street.split(" ")));
                    words.removeIf(w -> w.length() < 4);
                    return new Pii(text, words);
                });
    }

    Arbitrary<Pii> titledName() {
        Arbitrary<String> abbreviated = Arbitraries.of("Sr.", "sr.", "SR", "Sra.", "sra", "Dr.", "dra.", "Prof.",
                "Sr", "SRA.");
        Arbitrary<Pii> anyCase = Combinators.combine(abbreviated, Arbitraries.of(SURNAMES), Arbitraries.of(0, 1, 2),
                        Arbitraries.of("falei com o %s hoje", "%s pediu o boleto", "Att, %s", "(%s)"))
                .as((t, s, c, ctx) -> new Pii(ctx.replace("%s", t + " " + (c == 1 ? s.toLowerCase(Locale.ROOT)
                        : c == 2 ? s.toUpperCase(Locale.ROOT) : s)), List.of(s)));
        Arbitrary<Pii> full = Combinators.combine(Arbitraries.of("Dona", "dona", "Seu", "Senhor", "senhora"),
                        Arbitraries.of(FIRST_NAMES), Arbitraries.of("a %s ligou", "falar com %s amanhã", "%s aprovou"))
                .as((t, s, ctx) -> new Pii(ctx.replace("%s", t + " " + s), List.of(s)));
        return Arbitraries.oneOf(anyCase, full);
    }

    /** A signature block: the contact's name is one the ticket gives (as G3stor does), the rest must be found. */
    Arbitrary<Pii> signature() {
        return Combinators.combine(Arbitraries.of(FIRST_NAMES), Arbitraries.of(SURNAMES), phone(), email(),
                        Arbitraries.of("Att,", "--", "Abraços,", "Atenciosamente"), Arbitraries.of(0, 1))
                .as((first, last, phone, mail, greeting, upper) -> {
                    String name = first + " " + last;
                    String shown = upper == 1 ? name.toUpperCase(Locale.ROOT) : name;
                    String text = greeting + "\n" + shown + "\nFinanceiro | Loja\n" + phone.written() + "\n"
                            + mail.written();
                    List<String> words = new ArrayList<>(List.of(first, last));
                    words.addAll(mail.words());
                    return new Pii(text, words, List.of(name));
                });
    }

    /** Real numbers are not all one digit ("00000000" is no one's CEP): vary a run that has too few distinct. */
    private static String varied(String s) {
        if (s.length() < 4 || s.chars().distinct().count() > 2) {
            return s;
        }
        char[] c = s.toCharArray();
        c[1] = (char) ('0' + (Character.getNumericValue(c[1]) + 3) % 10);
        c[2] = (char) ('0' + (Character.getNumericValue(c[2]) + 7) % 10);
        return new String(c);
    }

    private static String fill(String context, String value) {
        return context.replace("%s", value).replace("%S", value);
    }

    private static String fmt(String d, String format, int... sizes) {
        Object[] parts = new Object[sizes.length];
        int at = 0;
        for (int i = 0; i < sizes.length; i++) {
            parts[i] = d.substring(at, at + sizes[i]);
            at += sizes[i];
        }
        return String.format(format, parts);
    }

    private static String dash(String local) {
        return split(local, "-");
    }

    private static String split(String local, String sep) {
        return local.substring(0, local.length() - 4) + sep + local.substring(local.length() - 4);
    }

    static String cpfDigits(String base) {
        int[] d = new int[11];
        for (int i = 0; i < 9; i++) {
            d[i] = base.charAt(i) - '0';
        }
        for (int length = 9; length <= 10; length++) {
            int sum = 0;
            for (int i = 0; i < length; i++) {
                sum += d[i] * (length + 1 - i);
            }
            int r = sum % 11;
            d[length] = r < 2 ? 0 : 11 - r;
        }
        return "" + d[9] + d[10];
    }

    /** The Receita Federal's rule, written again here apart from the code under test: ASCII − 48, weights 2..9. */
    static String cnpjDigits(String base) {
        StringBuilder s = new StringBuilder(base);
        for (int round = 0; round < 2; round++) {
            int sum = 0;
            for (int i = s.length() - 1, weight = 2; i >= 0; i--, weight = weight == 9 ? 2 : weight + 1) {
                sum += (s.charAt(i) - '0') * weight;
            }
            int r = sum % 11;
            s.append(r < 2 ? 0 : 11 - r);
        }
        return s.substring(12);
    }
}
