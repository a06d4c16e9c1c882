package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.spi.Journal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recognises roteiro's own mailbox canary (a probe {@code roteiro watch} mails to the support
 * address to prove that intake still works) so intake never opens a ticket for it nor acknowledges
 * it. A canary is recognised by its Message-ID, {@code <roteiro-canary.ID.HMAC@domain>} (also sent as
 * header {@value #HEADER}), signed with HMAC-SHA256 under a key kept in the journal (checkpoint
 * {@value #KEY_CHECKPOINT}, created by the sender): a stranger cannot make intake swallow a real mail
 * by imitating the format. The Message-ID comes with the envelope intake fetches anyway, so
 * recognising costs no extra IMAP round trip.
 *
 * <p>Every recognised canary is recorded under journal topic {@link #topicFor} (key: the canary id)
 * with when intake saw it and whether its threading headers survived (In-Reply-To and References
 * pointing at the signed thread root), which the sender reads to measure the round trip.
 */
public final class CanaryRecognizer {
    /** Header carrying the signed canary id (informative; recognition uses the Message-ID). */
    public static final String HEADER = "X-Roteiro-Canary";
    /** Journal topic prefix of sightings; {@link #topicFor} adds the probe's date. */
    public static final String TOPIC = "canary.seen";
    /** Journal checkpoint holding the hex HMAC key. */
    public static final String KEY_CHECKPOINT = "canary:key";
    /** Id of the thread root every canary answers. */
    public static final String THREAD_ROOT = "thread";

    private static final String PREFIX = "<roteiro-canary.";
    private static final Pattern ID = Pattern.compile("<roteiro-canary\\.([A-Za-z0-9-]{1,64})\\.([0-9a-f]{64})@[^<>\\s]+>");

    private final Journal journal;

    public CanaryRecognizer(Journal journal) {
        this.journal = Objects.requireNonNull(journal, "journal is null");
    }

    /** What intake saw of one canary. */
    public record Sighting(String canaryId, String messageId, Instant seenAt, boolean threadOk) {
        public Sighting {
            Objects.requireNonNull(canaryId, "canaryId is null");
            Objects.requireNonNull(seenAt, "seenAt is null");
        }
    }

    /**
     * The sighting when {@code messageId} is a canary signed with the journal's key; empty for any
     * other mail (without touching the journal unless the id has the canary's shape).
     */
    public Optional<Sighting> recognise(String messageId, String inReplyTo, List<String> references, Instant now) {
        if (messageId == null || !messageId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<byte[]> key = journal.checkpoint(KEY_CHECKPOINT).get().map(HexFormat.of()::parseHex);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = verifiedId(messageId, key.get());
        if (id.isEmpty() || id.get().equals(THREAD_ROOT)) {
            return Optional.empty();
        }
        boolean threadOk = inReplyTo != null && verifiedId(inReplyTo, key.get()).filter(THREAD_ROOT::equals).isPresent()
                && references != null && references.contains(inReplyTo.strip());
        return Optional.of(new Sighting(id.get(), messageId, now, threadOk));
    }

    /** Records a sighting for the sender to find (ignored in dry-run, like every journal record). */
    public void record(Sighting sighting) {
        journal.record(topicFor(sighting.canaryId()), sighting.canaryId(), sighting);
    }

    /**
     * The journal topic of a canary's sighting: {@code canary.seen:<yyyyMMdd>} when the id starts with
     * its date (as the sender makes them), so a reader only reads one day's sightings.
     */
    public static String topicFor(String canaryId) {
        return canaryId.length() >= 8 && canaryId.substring(0, 8).chars().allMatch(Character::isDigit)
                ? TOPIC + ":" + canaryId.substring(0, 8) : TOPIC;
    }

    /** The canary's Message-ID for {@code canaryId}, signed with {@code key}. */
    public static String messageId(String canaryId, byte[] key, String domain) {
        return PREFIX + canaryId + "." + sign(canaryId, key) + "@" + domain + ">";
    }

    /** The journal's canary key, created (32 random bytes) when absent. */
    public static byte[] keyOf(Journal journal) {
        Journal.Checkpoint checkpoint = journal.checkpoint(KEY_CHECKPOINT);
        Optional<String> existing = checkpoint.get();
        if (existing.isPresent()) {
            return HexFormat.of().parseHex(existing.get());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        checkpoint.put(HexFormat.of().formatHex(key));
        return key;
    }

    private static Optional<String> verifiedId(String messageId, byte[] key) {
        Matcher m = ID.matcher(messageId.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        byte[] expected = sign(m.group(1), key).getBytes(StandardCharsets.US_ASCII);
        byte[] given = m.group(2).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String sign(String canaryId, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("roteiro-canary:" + canaryId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
