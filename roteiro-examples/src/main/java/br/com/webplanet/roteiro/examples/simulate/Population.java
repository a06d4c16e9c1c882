package br.com.webplanet.roteiro.examples.simulate;

import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.MailAddress;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The customers of a simulation, drawn from the seed: companies registered in G3stor, a few people who
 * are not customers, some who go silent when asked something, one whose mailbox is full (our mail to it
 * bounces) and some away from the office for a stretch of days (they answer with an automatic reply).
 */
final class Population {
    private static final String[] COMPANIES = {"Construtora Horizonte", "Lojas Sol Materiais", "Móveis Açaí",
        "Ateliê Jabuticaba", "Arquitetura & Interiores", "Casa Ipê Decorações", "Revestir Pisos", "Marmoraria Serra Azul",
        "Tintas Cerrado", "Madeireira Pau-Brasil", "Iluminação Aurora", "Vidraçaria Cristal", "Cerâmica Tatuapé",
        "Elétrica Farol", "Hidráulica Rio Doce", "Decor Manacá"};
    private static final String[] PEOPLE = {"Carla Menezes", "Roberto Lima", "Maria Souza", "João Araújo",
        "Fernanda Castro", "Paulo Ribeiro", "Luciana Prado", "Márcio Tavares", "Beatriz Nogueira", "André Gomes",
        "Patrícia Dias", "Ricardo Alves", "Juliana Rocha", "Thiago Moreira", "Camila Freitas", "Eduardo Pires"};

    /** One person who writes to support. */
    record Person(String name, MailAddress address, String customerId, boolean silent, boolean mailboxFull,
                  int awayFrom, int awayDays) {
        boolean awayOn(int day) {
            return awayDays > 0 && day >= awayFrom && day < awayFrom + awayDays;
        }

        String firstName() {
            return name.split(" ")[0];
        }
    }

    private final List<Person> people;
    private final List<Customer> customers;

    private Population(List<Person> people, List<Customer> customers) {
        this.people = List.copyOf(people);
        this.customers = List.copyOf(customers);
    }

    /** {@code size} customers (at most 16) plus two people who are not customers. */
    static Population draw(Random random, int size, int days) {
        int n = Math.min(size, COMPANIES.length);
        List<Person> people = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        int full = random.nextInt(n);
        for (int i = 0; i < n; i++) {
            String domain = slug(COMPANIES[i]) + ".com.br";
            String person = PEOPLE[i];
            MailAddress address = MailAddress.of(slug(person.split(" ")[0]) + "@" + domain);
            String id = "C-" + (201 + i);
            boolean away = random.nextInt(3) == 0;
            people.add(new Person(person, address, id, random.nextInt(4) == 0, i == full,
                    away ? 1 + random.nextInt(Math.max(1, days - 1)) : 0, away ? 2 + random.nextInt(3) : 0));
            customers.add(new Customer(id, COMPANIES[i] + " Ltda", String.format(Locale.ROOT, "%08d0001%02d", 10_000_000 + i * 7_919, i),
                    List.of(new Contact(person, address, "+55119876500" + String.format(Locale.ROOT, "%02d", i), null))));
        }
        people.add(new Person("Sérgio Bastos", MailAddress.of("sergio.bastos@provedor-pessoal.com.br"), null,
                false, false, 0, 0));
        people.add(new Person("Helena Vaz", MailAddress.of("helena.vaz@consultoria-vaz.com.br"), null,
                random.nextBoolean(), false, 0, 0));
        return new Population(people, customers);
    }

    List<Person> people() {
        return people;
    }

    List<Customer> customers() {
        return customers;
    }

    Person byAddress(String normalized) {
        return people.stream().filter(p -> p.address().normalized().equals(normalized)).findFirst().orElse(null);
    }

    private static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
