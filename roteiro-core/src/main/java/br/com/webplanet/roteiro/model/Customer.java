package br.com.webplanet.roteiro.model;

import java.util.List;

/** A customer of Web Planet (a company), with its contacts. */
public record Customer(String id, String name, String document, List<Contact> contacts) {
    public Customer {
        Checks.requireText(id, "customer id");
        Checks.requireText(name, "customer name");
        contacts = Checks.copy(contacts);
    }

    public CustomerRef ref() {
        MailAddress first = contacts.stream().map(Contact::email).filter(e -> e != null).findFirst().orElse(null);
        return new CustomerRef(id, name, first);
    }
}
