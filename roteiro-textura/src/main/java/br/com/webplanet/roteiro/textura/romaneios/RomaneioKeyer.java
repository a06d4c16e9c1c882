package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.ActionRecord;
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

    private final RomaneioBook book;
    private final RomaneioValidator validator;
    private final URI wikiLink;
    private final StepContext context;
    private final StepResult.Builder result;
    private final Set<RomaneioKey> seen = new HashSet<>();
    private final Map<String, String> fingerprints;

    RomaneioKeyer(RomaneioBook book, RomaneioValidator validator, URI wikiLink, StepContext context,
                  StepResult.Builder result) {
        this.book = book;
        this.validator = validator;
        this.wikiLink = wikiLink;
        this.context = context;
        this.result = result;
        this.fingerprints = new java.util.HashMap<>(context.journal().records(KEYED_TOPIC, String.class));
    }

    /** Keys one romaneio, or says why not; true when it is keyed (now or by an earlier run). */
    boolean handle(ParsedRomaneio parsed) {
        context.progress().advance(1);
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
        return task(titleKey, target, reason);
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

    /** Adds a human task; always false (the document is not done). */
    boolean task(String titleKey, String target, Localized reason) {
        result.increment("attention").humanTask(new HumanTask(Messages.text(context.locale(), titleKey), target,
                reason.in(context.locale()), wikiLink));
        return false;
    }

    private static Localized join(List<Localized> problems) {
        return Localized.of(problems.stream().map(Localized::ptBR).collect(Collectors.joining("; ")),
                problems.stream().map(Localized::en).collect(Collectors.joining("; ")));
    }
}
