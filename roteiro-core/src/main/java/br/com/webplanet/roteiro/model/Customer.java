package br.com.webplanet.roteiro.model;

import java.util.List;

/**
 * A customer of Web Planet (a company), with its contacts and, when G3stor has one, its support contract
 * ({@code contract} null otherwise).
 */
public record Customer(String id, String name, String document, List<Contact> contacts, ServiceContract contract) {
    public Customer {
        Checks.requireText(id, "customer id");
        Checks.requireText(name, "customer name");
        contacts = Checks.copy(contacts);
    }

    /** A customer without a support contract on record. */
    public Customer(String id, String name, String document, List<Contact> contacts) {
        this(id, name, document, contacts, null);
    }

    public Customer withContract(ServiceContract value) {
        return new Customer(id, name, document, contacts, value);
    }

    public CustomerRef ref() {
        MailAddress first = contacts.stream().map(Contact::email).filter(e -> e != null).findFirst().orElse(null);
        return new CustomerRef(id, name, first);
    }
}
