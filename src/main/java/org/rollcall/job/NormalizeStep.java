package org.rollcall.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rollcall.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    void run(RunContext run, StepContribution contribution, Progress progress) {
        List<SourceRecord> raw = store.load(run.run(), Stages.SOURCE_RECORDS);
        GivenNames given = GivenNames.standard().learnedFrom(raw).withAliases(run.definition().matching().aliases());
        Map<String, RecordNormalizer> normalizers = new LinkedHashMap<>();
        run.definition().sources().forEach(s -> normalizers.put(s.id(), new RecordNormalizer(s, given, Messages.of(run.definition().report().language()))));
        progress.begin("parse", "records", raw.size());
        List<PersonRecord> persons = new ArrayList<>(raw.size());
        // each record is written to the stage's file by a thread of its own while the next is parsed
        try (StageWriting<PersonRecord> out = store.writing(run.run(), Stages.PERSON_RECORDS)) {
            for (SourceRecord r : raw) {
                PersonRecord p = normalizers.get(r.sourceId()).normalize(r);
                persons.add(p);
                out.add(p);
                progress.tick(persons.size());
            }
            progress.end(persons.size());
            normalizers.values().forEach(n -> n.warnings().forEach(LOG::warn));
            store.save(run.run(), Stages.SOURCE_WARNINGS, normalizers.values().stream().flatMap(n -> n.unmapped().stream()).toList());
            // only this step reads the source records: their copy in memory goes before the normalised records' is kept
            store.release(run.run(), Stages.SOURCE_RECORDS);
            store.saved(run.run(), Stages.PERSON_RECORDS, out, persons);
        }
        contribution.incrementWriteCount(persons.size());
    }
}
