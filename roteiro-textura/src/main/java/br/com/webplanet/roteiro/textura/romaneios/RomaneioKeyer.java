package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.KeyedRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.Messages;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keys the romaneios of one run, one at a time: each valid one once through the journal
 * ({@code rom:<issuer>/<number>/<series>}, reconciled against G3stor after a crash), every other
 * one as a human task with its reason.
 */
final class RomaneioKeyer {
    static final String KIND = "textura.romaneio.key";
    /** Journal topic: romaneio key → fingerprint of the content keyed under it. */
    static final String KEYED_TOPIC = "textura.romaneios-keyed";
    /**
     * Journal topic: document subject → the task subjects raised about it when it was last read
     * through, so that a later read (or the document's absence) closes the ones whose cause went away.
     */
    static final String TASKS_TOPIC = "textura.romaneios-tasks";
    /** Between a document's subject and what the task is about inside it (a romaneio). */
    static final String INSIDE = " › ";

    private final RomaneioBook book;
    private final RomaneioValidator validator;
    private final URI wikiLink;
    private final StepContext context;
    private final StepResult.Builder result;
    private final Set<RomaneioKey> seen = new HashSet<>();
    private final Map<String, String> fingerprints;
    private final Map<String, String[]> earlierTasks;
    private final java.util.Set<String> raisedInDocument = new java.util.LinkedHashSet<>();
    private RomaneioSource document;

    RomaneioKeyer(RomaneioBook book, RomaneioValidator validator, URI wikiLink, StepContext context,
                  StepResult.Builder result) {
        this.book = book;
        this.validator = validator;
        this.wikiLink = wikiLink;
        this.context = context;
        this.result = result;
        this.fingerprints = new java.util.HashMap<>(context.journal().records(KEYED_TOPIC, String.class));
        this.earlierTasks = new java.util.HashMap<>(context.journal().records(TASKS_TOPIC, String[].class));
    }

    /** The tasks raised from now on are about {@code source}, which this run looks at again. */
    void startDocument(RomaneioSource source) {
        document = source;
        raisedInDocument.clear();
        result.reexamined(source.subject());
    }

    /**
     * The current document is done with. When it was {@code readThrough} (every romaneio in it looked
     * at), the tasks raised about it in earlier runs were all re-examined — one about a romaneio that is
     * no longer in it closes; the subjects raised now are remembered for the next read.
     */
    void endDocument(boolean readThrough) {
        String subject = document.subject();
        java.util.Set<String> remember = new java.util.LinkedHashSet<>(raisedInDocument);
        String[] earlier = earlierTasks.getOrDefault(subject, new String[0]);
        if (readThrough) {
            for (String s : earlier) {
                result.reexamined(s);
            }
        } else {
            remember.addAll(List.of(earlier));
        }
        remember(subject, remember);
        document = null;
    }

    /**
     * Documents with tasks from earlier runs that are gone from where they were found (see
     * {@link RomaneioSources#gone}): their tasks lost their cause.
     */
    void closeGone(RomaneioSources sources) {
        for (Map.Entry<String, String[]> e : Map.copyOf(earlierTasks).entrySet()) {
            if (sources.gone(e.getKey())) {
                result.reexamined(e.getKey());
                for (String s : e.getValue()) {
                    result.reexamined(s);
                }
                remember(e.getKey(), java.util.Set.of());
            }
        }
    }

    private void remember(String subject, java.util.Set<String> subjects) {
        if (context.dryRun()) {
            return;
        }
        String[] earlier = earlierTasks.get(subject);
        if (subjects.isEmpty()) {
            if (earlier != null) {
                context.journal().forget(TASKS_TOPIC, subject);
                earlierTasks.remove(subject);
            }
        } else if (earlier == null || !java.util.Set.of(earlier).equals(subjects)) {
            String[] now = subjects.toArray(String[]::new);
            context.journal().record(TASKS_TOPIC, subject, now);
            earlierTasks.put(subject, now);
        }
    }

    /** Keys one romaneio, or says why not; true when it is keyed (now or by an earlier run). */
    boolean handle(ParsedRomaneio parsed) {
        context.progress().advance(1);
        result.reexamined(subject(parsed));
        try {
            return keyOrExplain(parsed);
        } catch (RuntimeException e) {
            result.itemFailed();
            return task("romaneios.task.failed", parsed, reason(e));
        }
    }

    private boolean keyOrExplain(ParsedRomaneio parsed) {
        if (!parsed.valid()) {
            return task("romaneios.task.invalid", parsed, join(parsed.problems()));
        }
        Romaneio romaneio = parsed.romaneio();
        RomaneioKey key = romaneio.key();
        String journalKey = "rom:" + key.asKey();
        Journal journal = context.journal();
        Journal.EffectState state = journal.state(journalKey);
        String fingerprint = RomaneioFingerprint.of(romaneio);
        if (state == Journal.EffectState.DONE) {     // keyed by roteiro, maybe earlier in this very run
            String keyedAs = fingerprints.get(key.asKey());
            if (keyedAs != null && !keyedAs.equals(fingerprint)) {
                return task("romaneios.task.alreadyKeyed", parsed, Messages.localized("romaneios.keyedDifferently", key.asKey()));
            }
            result.increment("alreadyKeyed");
            return true;
        }
        if (!seen.add(key)) {                          // an earlier copy in this run could not be keyed
            return task("romaneios.task.invalid", parsed, Messages.localized("romaneios.repeated", key.asKey()));
        }
        if (state == Journal.EffectState.ABSENT && book.find(key).isPresent()) {
            return task("romaneios.task.alreadyKeyed", parsed, Messages.localized("romaneios.alreadyKeyed", key.asKey()));
        }
        List<Localized> problems = new ArrayList<>(validator.problems(romaneio));
        if (romaneio.customer() != null && !book.customerKnown(romaneio.customer())) {
            String name = romaneio.customerName() == null ? "" : " " + romaneio.customerName();
            problems.add(Messages.localized("romaneios.unknownCustomer", romaneio.customer() + name));
        }
        if (!problems.isEmpty()) {
            return task("romaneios.task.invalid", parsed, join(problems));
        }
        String description = Messages.text(context.locale(), "romaneios.action.key", key.asKey(), romaneio.customer(),
                romaneio.items().size());
        if (context.dryRun()) {
            result.action(ActionRecord.planned(KIND, key.asKey(), description, journalKey));
            return false;
        }
        KeyedRomaneio keyed = journal.once(journalKey, KeyedRomaneio.class, () -> book.find(key),
                () -> book.key(romaneio, journalKey));
        journal.record(KEYED_TOPIC, key.asKey(), fingerprint);
        fingerprints.put(key.asKey(), fingerprint);
        result.action(ActionRecord.done(KIND, keyed.id(), description, journalKey)).increment("keyed");
        return true;
    }

    private boolean task(String titleKey, ParsedRomaneio parsed, Localized reason) {
        String key = parsed.lines().isEmpty() ? "romaneios.task.target"
                : parsed.lines().contains("-") ? "romaneios.task.targetLines" : "romaneios.task.targetLine";
        String target = Messages.text(context.locale(), key, parsed.label(), parsed.source(), parsed.lines());
        return raise(HumanTask.about(subject(parsed), Messages.text(context.locale(), titleKey), target,
                reason.in(context.locale()), wikiLink));
    }

    /** What a task about one romaneio of the current document is keyed by: the document and the romaneio's key or label. */
    private String subject(ParsedRomaneio parsed) {
        String romaneio = parsed.valid() ? parsed.key().asKey()
                : "?".equals(parsed.label()) ? "?" + parsed.lines() : parsed.label();
        return (document == null ? parsed.source() : document.subject()) + INSIDE + romaneio;
    }

    /** A document that failed for a reason other than its content: a task, and the step needs attention. */
    void failed(String target, RuntimeException e) {
        result.itemFailed();
        task("romaneios.task.failed", target, reason(e));
    }

    /** A document that could not be read (a parser broke on it): a task, and the step needs attention. */
    void unreadable(String target, Localized reason) {
        result.itemFailed();
        task("romaneios.task.unreadable", target, reason);
    }

    /** An exception's message as a task reason: the same text in both languages (it comes from elsewhere). */
    static Localized reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        return Localized.of(message, message);
    }

    /**
     * Adds a human task about the current document as a whole; always false (the document is not done).
     * A mail attachment's task names its hand-off record: discarding the task forgets the document.
     */
    boolean task(String titleKey, String target, Localized reason) {
        HumanTask task = HumanTask.about(document == null ? target : document.subject(),
                Messages.text(context.locale(), titleKey), target, reason.in(context.locale()), wikiLink);
        if (document != null && document.kind() == RomaneioSource.Kind.MAIL) {
            task = task.withHandoff(Handoffs.ROMANEIO_INBOX, document.id());
        }
        return raise(task);
    }

    private boolean raise(HumanTask task) {
        result.increment("attention").humanTask(task);
        raisedInDocument.add(task.subject());
        return false;
    }

    private static Localized join(List<Localized> problems) {
        return Localized.of(problems.stream().map(Localized::ptBR).collect(Collectors.joining("; ")),
                problems.stream().map(Localized::en).collect(Collectors.joining("; ")));
    }
}
