package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Validated;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Which folders intake reads and what it does with processed mail.
 *
 * @param folders          folders read, in order (default {@code INBOX})
 * @param archiveFolder    processed mail is moved here (default {@code Arquivo}); written empty
 *                         ({@code archive-folder: ""}) it stays in place and gets the {@code processedFlag}
 *                         keyword instead
 * @param processedFlag    IMAP keyword set on processed mail in flag mode
 * @param quarantineFolder mail that cannot be read is moved here (created when missing)
 * @param fetchChunk       messages fetched per bulk FETCH
 * @param ourAddresses     our own addresses: never acknowledged, never opened as tickets
 * @param ourDomains       our own domains (same rule as {@code ourAddresses})
 * @param handoffMaxBytes  largest romaneio/spreadsheet attachment handed to Textura through the journal;
 *                         larger ones become a human task
 * @param reopenWindow     a customer's mail on a ticket concluded at most this long ago reopens it (back to em
 *                         análise); later, or on a cancelled ticket, it opens a new ticket linked to the old one
 *                         (YAML {@code reopen-window}, default 30 days); {@code 0d} switches reopening off: every
 *                         answer on a concluído ticket opens a new linked ticket
 * @param maxAttempts      a message whose processing failed this many runs goes to quarantine with its reason
 *                         and the checkpoint moves past it (YAML {@code max-attempts}, default 3)
 * @param priorityRules    sender/domain/keyword rules raising urgency or impact of new requests
 *                         (YAML {@code priority-rules})
 * @param writeEvery       decided mail is archived (or flagged) in one command per this many messages and at
 *                         the end of each folder (YAML {@code write-every}, default 2000); the UID checkpoint
 *                         moves only after that command, so a crash re-reads at most this many decided mails
 *                         (nothing is done twice)
 */
public record IntakeConfig(@Default("[INBOX]") List<String> folders, @Default("Arquivo") Optional<String> archiveFolder,
                           @Default("roteiro-processado") String processedFlag,
                           @Default("Quarentena") String quarantineFolder,
                           @Default("500") int fetchChunk,
                           List<String> ourAddresses, List<String> ourDomains,
                           @Default("15728640") long handoffMaxBytes,
                           @Default("30d") Duration reopenWindow,
                           @Default("3") int maxAttempts,
                           List<PriorityRule> priorityRules,
                           @Default("2000") int writeEvery) {
    public IntakeConfig {
        folders = folders == null || folders.isEmpty() ? List.of("INBOX") : List.copyOf(folders);
        // One default for the file and for Java (it used to be flag mode from a file, Arquivo from defaults()).
        archiveFolder = archiveFolder == null ? Optional.of(DEFAULT_ARCHIVE) : archiveFolder.filter(s -> !s.isBlank());
        processedFlag = processedFlag == null || processedFlag.isBlank() ? "roteiro-processado" : processedFlag;
        if (!isKeyword(processedFlag)) {
            throw new IllegalArgumentException(Validated.inEnglish()
                    ? "mail.intake.processed-flag must be an IMAP keyword (printable ASCII, no space, no ( ) { % * \" \\ ]), was «"
                            + processedFlag + "»"
                    : "mail.intake.processed-flag precisa ser uma palavra-chave IMAP (ASCII visível, sem espaço, sem ( ) { % * \" \\ ]); "
                            + "está «" + processedFlag + "»");
        }
        quarantineFolder = quarantineFolder == null || quarantineFolder.isBlank() ? "Quarentena" : quarantineFolder;
        if (fetchChunk <= 0) {
            fetchChunk = 500;
        }
        ourAddresses = ourAddresses == null ? List.of() : List.copyOf(ourAddresses);
        ourDomains = ourDomains == null ? List.of() : List.copyOf(ourDomains);
        if (handoffMaxBytes <= 0) {
            handoffMaxBytes = 15L * 1024 * 1024;
        }
        reopenWindow = reopenWindow == null ? Duration.ofDays(30) : reopenWindow;
        if (reopenWindow.isNegative()) {
            throw new IllegalArgumentException(Validated.inEnglish()
                    ? "mail.intake.reopen-window must not be negative, was " + reopenWindow
                    : "mail.intake.reopen-window não pode ser negativo (está " + reopenWindow + ")");
        }
        if (maxAttempts <= 0) {
            maxAttempts = 3;
        }
        priorityRules = priorityRules == null ? List.of() : List.copyOf(priorityRules);
        if (writeEvery <= 0) {
            writeEvery = 2000;
        }
    }

    /** The settings before {@code write-every} existed (decided mail written every 2000 messages). */
    public IntakeConfig(List<String> folders, Optional<String> archiveFolder, String processedFlag,
                        String quarantineFolder, int fetchChunk, List<String> ourAddresses, List<String> ourDomains,
                        long handoffMaxBytes, Duration reopenWindow, int maxAttempts, List<PriorityRule> priorityRules) {
        this(folders, archiveFolder, processedFlag, quarantineFolder, fetchChunk, ourAddresses, ourDomains,
                handoffMaxBytes, reopenWindow, maxAttempts, priorityRules, 0);
    }

    /**
     * Whether a customer's mail on a ticket concluded {@code sinceConcluded} ago reopens it: within the window,
     * never when the window is zero (reopening switched off).
     */
    public boolean reopens(Duration sinceConcluded) {
        return !reopenWindow.isZero() && sinceConcluded.compareTo(reopenWindow) <= 0;
    }

    /** The settings before reopening, attempts and priority rules existed (their defaults apply). */
    public IntakeConfig(List<String> folders, Optional<String> archiveFolder, String processedFlag,
                        String quarantineFolder, int fetchChunk, List<String> ourAddresses, List<String> ourDomains,
                        long handoffMaxBytes) {
        this(folders, archiveFolder, processedFlag, quarantineFolder, fetchChunk, ourAddresses, ourDomains,
                handoffMaxBytes, null, 0, null);
    }

    /** The archive folder when the file names none. */
    public static final String DEFAULT_ARCHIVE = "Arquivo";

    /** INBOX, archive to {@code Arquivo}, quarantine to {@code Quarentena}. */
    public static IntakeConfig defaults() {
        return new IntakeConfig(null, null, null, null, 0, null, null, 0);
    }

    public IntakeConfig withReopenWindow(Duration value) {
        return new IntakeConfig(folders, archiveFolder, processedFlag, quarantineFolder, fetchChunk, ourAddresses,
                ourDomains, handoffMaxBytes, value, maxAttempts, priorityRules, writeEvery);
    }

    public IntakeConfig withMaxAttempts(int value) {
        return new IntakeConfig(folders, archiveFolder, processedFlag, quarantineFolder, fetchChunk, ourAddresses,
                ourDomains, handoffMaxBytes, reopenWindow, value, priorityRules, writeEvery);
    }

    public IntakeConfig withPriorityRules(List<PriorityRule> value) {
        return new IntakeConfig(folders, archiveFolder, processedFlag, quarantineFolder, fetchChunk, ourAddresses,
                ourDomains, handoffMaxBytes, reopenWindow, maxAttempts, value, writeEvery);
    }

    public IntakeConfig withArchive(Optional<String> folder) {
        return new IntakeConfig(folders, folder, processedFlag, quarantineFolder, fetchChunk, ourAddresses, ourDomains,
                handoffMaxBytes, reopenWindow, maxAttempts, priorityRules, writeEvery);
    }

    public IntakeConfig withFolders(List<String> newFolders) {
        return new IntakeConfig(newFolders, archiveFolder, processedFlag, quarantineFolder, fetchChunk, ourAddresses,
                ourDomains, handoffMaxBytes, reopenWindow, maxAttempts, priorityRules, writeEvery);
    }

    public IntakeConfig withOwn(List<String> addresses, List<String> domains) {
        return new IntakeConfig(folders, archiveFolder, processedFlag, quarantineFolder, fetchChunk, addresses,
                domains, handoffMaxBytes, reopenWindow, maxAttempts, priorityRules, writeEvery);
    }

    public IntakeConfig withWriteEvery(int messages) {
        return new IntakeConfig(folders, archiveFolder, processedFlag, quarantineFolder, fetchChunk, ourAddresses,
                ourDomains, handoffMaxBytes, reopenWindow, maxAttempts, priorityRules, messages);
    }

    public IntakeConfig withFetchChunk(int size) {
        return new IntakeConfig(folders, archiveFolder, processedFlag, quarantineFolder, size, ourAddresses,
                ourDomains, handoffMaxBytes, reopenWindow, maxAttempts, priorityRules, writeEvery);
    }

    /** An IMAP keyword (RFC 3501 {@code flag-keyword = atom}): printable ASCII without atom-specials. */
    static boolean isKeyword(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || "(){%*\"\\]".indexOf(c) >= 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
