package br.com.webplanet.roteiro.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How a {@link Journal} turns a caller's key (effect key, record key, checkpoint name, topic) into the key it
 * stores: a key up to {@link #MAX_LENGTH} characters is stored as given; a longer one (a 1,200-character
 * Message-ID from a hostile mail) becomes a readable prefix followed by the SHA-256 of the whole key, so no key
 * ever fails for its length and two different long keys never meet. Every journal applies the same rule, so
 * {@link Journal#records} hands back the stored form of a long record key.
 */
public final class JournalKeys {
    /** Longest key stored as given; the journal tables hold 1,000 characters. */
    public static final int MAX_LENGTH = 1000;
    /** Longest topic stored as given; the journal table holds 200 characters. */
    public static final int MAX_TOPIC_LENGTH = 200;
    /** Characters of a long key kept in front of its hash, so a person reading the journal still sees what it is. */
    static final int READABLE_PREFIX = 100;
    private static final String HASH_MARK = "…sha256:";

    private JournalKeys() {}

    /** The key a journal stores for {@code key}. */
    public static String stored(String key) {
        return stored(key, MAX_LENGTH);
    }

    /** The topic a journal stores for {@code topic}. */
    public static String storedTopic(String topic) {
        return stored(topic, MAX_TOPIC_LENGTH);
    }

    private static String stored(String key, int max) {
        Objects.requireNonNull(key, "journal key is null");
        if (key.length() <= max) {
            return key;
        }
        int end = READABLE_PREFIX;
        if (Character.isHighSurrogate(key.charAt(end - 1))) {
            end--;   // never cut a character in two
        }
        return key.substring(0, end) + HASH_MARK + sha256(key);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
