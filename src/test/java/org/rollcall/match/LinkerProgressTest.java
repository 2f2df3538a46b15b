package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.ProgressListener;
import org.rollcall.normalize.PersonRecord;

/** The matcher tells a listener each of its phases, in order, with ticks inside and one closing call each. */
class LinkerProgressTest {

    /** Writes down every call: "begin compare pairs 120", "tick 64", "end 120". */
    private static final class Recording implements ProgressListener {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void begin(String phase, String unit, long total) {
            calls.add("begin " + phase + " " + unit + " " + total);
        }

        @Override
        public void tick(long done) {
            calls.add("tick " + done);
        }

        @Override
        public void end(long count) {
            calls.add("end " + count);
        }
    }

    private static List<PersonRecord> people() {
        List<PersonRecord> records = new ArrayList<>();
        String[] given = {"José", "Luis", "Ana", "María", "Pedro", "Carmen"};
        String[] surnames = {"Pérez", "González", "Rodríguez", "Salas", "Rivas", "Mora", "Díaz"};
        int n = 0;
        for (String g : given) {
            for (String p : surnames) {
                for (String m : surnames) {
                    if (!p.equals(m)) {
                        records.add(Records.person(g + " " + p + " " + m, "V-" + (10_000_000 + n++)));
                    }
                }
            }
        }
        return records;
    }

    @Test
    void everyPhaseBeginsOnceAndEndsOnceInOrderWithTicksInside() {
        // given records and a listener
        List<PersonRecord> records = people();
        Recording listener = new Recording();
        // when they are matched, the model fitted on them
        Linker.Result result = new Linker(Rules.CONFIG).withProgress(listener).match(records);
        // then the phases come in pipeline order, each closed once before the next begins
        List<String> phases = listener.calls.stream().filter(c -> c.startsWith("begin ")).map(c -> c.split(" ")[1]).toList();
        assertThat(phases).containsExactly("prepare", "blocking", "compare", "fit", "score", "cluster");
        String open = null;
        for (String call : listener.calls) {
            if (call.startsWith("begin ")) {
                assertThat(open).as("a phase begins while another is open: " + listener.calls).isNull();
                open = call;
            } else if (call.startsWith("end ")) {
                assertThat(open).as("an end without a phase: " + listener.calls).isNotNull();
                open = null;
            } else {
                assertThat(open).as("a tick outside a phase").isNotNull();
            }
        }
        assertThat(open).isNull();
        // and the closing counts are the run's own figures
        long pairs = result.linkage().candidatePairs();
        assertThat(listener.calls).contains("begin compare pairs " + pairs, "end " + records.size(), "end " + result.linkage().clusters(),
                "end " + result.model().fit().sessions().size());
        assertThat(listener.calls).anyMatch(c -> c.startsWith("tick "));
    }

    @Test
    void withAGivenModelFittingIsAPhaseOfNoSessions() {
        Recording listener = new Recording();
        new Linker(Rules.CONFIG).withProgress(listener).match(people(), Rules.MODEL);
        int fit = listener.calls.indexOf("begin fit EM sessions 0");
        assertThat(fit).isNotNegative();
        assertThat(listener.calls.get(fit + 1)).isEqualTo("end 0");
    }

    @Test
    void withoutAListenerNothingIsToldAndTheResultIsTheSame() {
        List<PersonRecord> records = people();
        Linkage quiet = new Linker(Rules.CONFIG).match(records, Rules.MODEL).linkage();
        Linkage heard = new Linker(Rules.CONFIG).withProgress(new Recording()).match(records, Rules.MODEL).linkage();
        assertThat(heard.clusterOf()).containsExactly(quiet.clusterOf());
    }
}
