package org.rollcall.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rollcall.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.rollcall.ingest.SourceRecord;
import org.rollcall.normalize.GivenNames;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.RecordNormalizer;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.stereotype.Component;

/** Parses names, cédulas, dates and decisions: one person record per source record, in order. */
@Component
class NormalizeStep extends RunStep {

    private static final Logger LOG = LoggerFactory.getLogger(NormalizeStep.class);

    NormalizeStep(StageStore store, RunDefinitions definitions) {
        super(store, definitions);
    }

    @Override
    String name() {
        return "normalize";
    }

    @Override
    void run(RunContext run, StepContribution contribution, Progress progress) throws Exception {
        List<SourceRecord> raw = store.load(run.run(), Stages.SOURCE_RECORDS);
        GivenNames given = GivenNames.standard().learnedFrom(raw).withAliases(run.definition().matching().aliases());
        progress.begin("parse", "records", raw.size());
        // the records in parts parsed side by side, each part by normalizers of its own; then the parts' tallies in order
        int parts = raw.size() < MIN_PART * 2 ? 1 : InOrder.THREADS;
        AtomicLong parsed = new AtomicLong();
        List<Callable<Part>> pieces = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            List<SourceRecord> part = raw.subList((int) ((long) raw.size() * k / parts), (int) ((long) raw.size() * (k + 1) / parts));
            pieces.add(() -> parse(run, given, part, parsed, progress));
        }
        List<Part> done = InOrder.run("normalize", pieces);
        Map<String, RecordNormalizer> normalizers = done.get(0).normalizers();
        List<PersonRecord> persons = new ArrayList<>(raw.size());
        for (Part part : done) {
            persons.addAll(part.persons());
            if (part != done.get(0)) {
                part.normalizers().forEach((source, later) -> normalizers.get(source).absorb(later));
            }
        }
        progress.end(persons.size());
        normalizers.values().forEach(n -> n.warnings().forEach(LOG::warn));
        store.save(run.run(), Stages.SOURCE_WARNINGS, normalizers.values().stream().flatMap(n -> n.unmapped().stream()).toList());
        // only this step reads the source records: their copy in memory goes before the normalised records' is kept
        store.release(run.run(), Stages.SOURCE_RECORDS);
        store.save(run.run(), Stages.PERSON_RECORDS, persons);
        contribution.incrementWriteCount(persons.size());
    }

    /** Fewest records a part parsed on a thread of its own holds: a small job is parsed on one. */
    static final int MIN_PART = 500;

    /** A part of the records parsed, in order, and the normalizers that parsed it (with their tallies). */
    private record Part(List<PersonRecord> persons, Map<String, RecordNormalizer> normalizers) {
    }

    private static Part parse(RunContext run, GivenNames given, List<SourceRecord> part, AtomicLong parsed, Progress progress) {
        Map<String, RecordNormalizer> normalizers = new LinkedHashMap<>();
        run.definition().sources().forEach(s -> normalizers.put(s.id(), new RecordNormalizer(s, given, Messages.of(run.definition().report().language()))));
        List<PersonRecord> persons = new ArrayList<>(part.size());
        for (SourceRecord r : part) {
            persons.add(normalizers.get(r.sourceId()).normalize(r));
            if ((persons.size() & 0x3FF) == 0) {
                progress.tick(parsed.addAndGet(0x400));
            }
        }
        return new Part(persons, normalizers);
    }
}
