package org.rollcall.job;

import java.util.List;
import org.rollcall.match.Linkage;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.register.EarlierKeys;
import org.rollcall.register.IdAssigner;
import org.rollcall.register.RecordKeys;
import org.rollcall.register.RegisterRecords;
import org.rollcall.register.Traits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.stereotype.Component;

/**
 * Gives this run's people the register's stable ids: a person keeps an id across runs as long as
 * their records do (see {@link IdAssigner} for merges and splits).
 */
@Component
class RegisterStep extends RunStep {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterStep.class);

    private final RegisterStore register;

    RegisterStep(StageStore store, RunDefinitions definitions, RegisterStore register) {
        super(store, definitions);
        this.register = register;
    }

    @Override
    String name() {
        return "register";
    }

    @Override
    void run(RunContext run, StepContribution contribution, Progress progress) {
        String job = run.definition().name();
        List<PersonRecord> persons = store.load(run.run(), Stages.PERSON_RECORDS);
        Linkage linkage = store.loadOne(run.run(), Stages.LINKAGE);
        List<String> keys = RecordKeys.of(persons);
        long[] next = {register.lastNumber(job)};
        List<Traits> traits = persons.stream().map(Traits::of).toList();
        progress.begin("read register", "records", 0);
        RegisterRecords previous = register.register(job);
        progress.end(previous.personOf().size());
        progress.begin("assign ids", "people", linkage.clusters());
        String[] earlier = EarlierKeys.resolve(keys, traits, previous);
        IdAssigner.Assignment a = IdAssigner.assign(linkage.clusterOf(), linkage.clusters(), keys, traits, previous, earlier,
                () -> String.format("P%06d", ++next[0]));
        progress.end(a.personOfCluster().length);
        progress.begin("store", "records", keys.size());
        register.save(job, run.run(), keys, traits, earlier, linkage.clusterOf(), a, previous.personOf().keySet(), progress);
        progress.end(keys.size());
        store.saveOne(run.run(), Stages.PERSON_IDS, a.personOfCluster());
        store.saveOne(run.run(), Stages.MERGED_INTO, a.mergedInto());
        store.saveOne(run.run(), Stages.SPLIT_FROM, a.splitFrom());
        store.saveOne(run.run(), Stages.CORRECTED, a.corrected());
        LOG.info("register: {} people, {} new, {} merges, {} splits, {} kept through a corrected record", a.personOfCluster().length,
                a.created().size(), a.merges().size(), a.splits().size(), a.corrected().size());
    }
}
