package br.com.webplanet.roteiro.examples.simulate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code roteiro.yaml} of a simulation, as a tree: every module pointed at the simulated servers. */
final class SimulationConfig {
    static final String MAIL_PASSWORD_ENV = "ROTEIRO_SIM_MAIL_PASSWORD";
    static final String G3STOR_TOKEN_ENV = "ROTEIRO_SIM_G3STOR_TOKEN";
    static final String GITHUB_TOKEN_ENV = "ROTEIRO_SIM_GITHUB_TOKEN";

    private SimulationConfig() {}

    static Map<String, Object> tree(Path dir, int imapPort, int smtpPort, String g3storUrl, String githubUrl,
                                    LocalDate holiday, Map<String, Object> overrides) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("roteiro", map("journal-url", "jdbc:h2:file:" + journalFile(dir)));
        root.put("report", map("dir", dir.resolve("relatorios").toAbsolutePath().toString()));
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("imap", server(imapPort));
        mail.put("smtp", server(smtpPort));
        mail.put("from", CustomerMails.SUPPORT);
        mail.put("from-name", "Suporte Web Planet");
        mail.put("intake", map("archive-folder", "Arquivo", "our-domains", List.of("webplanet.com.br")));
        root.put("mail", mail);
        Map<String, Object> g3 = new LinkedHashMap<>();
        g3.put("base-url", g3storUrl);
        g3.put("token", "${ENV:" + G3STOR_TOKEN_ENV + "}");
        g3.put("calendar", map("extra-holidays", map(holiday.toString(), "Recesso da equipe (simulação)")));
        root.put("g3stor", g3);
        root.put("github", map("endpoint", githubUrl, "token", "${ENV:" + GITHUB_TOKEN_ENV + "}",
                "repository", LocalGitHub.REPOSITORY));
        root.put("textura", map("architects", map("mail-attachments", true),
                "romaneios", map("mail-attachments", true, "g3stor-pending", true)));
        overrides.forEach((path, value) -> put(root, path, value));
        return root;
    }

    /** The H2 journal's base path (H2 adds {@code .mv.db}). */
    static Path journalFile(Path dir) {
        return dir.resolve("journal").resolve("roteiro").toAbsolutePath();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
        }
        at.put(parts[parts.length - 1], value);
    }

    private static Map<String, Object> server(int port) {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("host", "127.0.0.1");
        server.put("port", port);
        server.put("user", "suporte");
        server.put("password", "${ENV:" + MAIL_PASSWORD_ENV + "}");
        server.put("tls", false);
        return server;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
