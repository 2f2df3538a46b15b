package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.PersonRecord;

/** Clustering under the constraints: links strongest first, no chaining across a conflict, in any input order. */
class ClustererTest {

    private static ScoredPair link(int a, int b, double weight) {
        return new ScoredPair(Math.min(a, b), Math.max(a, b), weight, MatchModel.probability(weight), Outcome.MATCH, List.of(), null);
    }

    /** Clusters the records in the given order and again reversed; both must group alike. */
    private static Clusterer.Result both(List<PersonRecord> records, List<ScoredPair> pairs, Constraints c, AnalystLinks links) {
        Clusterer.Result forward = Clusterer.cluster(records, new String[records.size()], pairs, c, links);
        int n = records.size();
        List<PersonRecord> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        List<ScoredPair> flipped = pairs.stream().map(p -> new ScoredPair(Math.min(n - 1 - p.a(), n - 1 - p.b()), Math.max(n - 1 - p.a(), n - 1 - p.b()),
                p.weight(), p.probability(), p.outcome(), List.of(), p.note())).toList();
        List<int[]> must = links.mustLink().stream().map(p -> new int[] {n - 1 - p[0], n - 1 - p[1]}).toList();
        List<int[]> cannot = links.cannotLink().stream().map(p -> new int[] {n - 1 - p[0], n - 1 - p[1]}).toList();
        Clusterer.Result backward = Clusterer.cluster(reversed, new String[n], flipped, c, new AnalystLinks(must, cannot));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(backward.clusterOf()[n - 1 - i] == backward.clusterOf()[n - 1 - j])
                        .as("records %d and %d grouped alike in either order", i, j)
                        .isEqualTo(forward.clusterOf()[i] == forward.clusterOf()[j]);
            }
        }
        return forward;
    }

    @Test
    void aRecordWithoutCedulaDoesNotChainTwoCedulasTogether() {
        List<PersonRecord> records = List.of(Records.person("José Pérez", "V-12345678"), Records.person("José Pérez", null),
                Records.person("José Pérez", "V-20987654"));
        Clusterer.Result r = both(records, List.of(link(0, 1, 9), link(1, 2, 7)), Constraints.DEFAULTS, AnalystLinks.NONE);
        assertThat(r.clusterOf()[1]).as("joined to the stronger link").isEqualTo(r.clusterOf()[0]);
        assertThat(r.clusterOf()[2]).isNotEqualTo(r.clusterOf()[0]);
        assertThat(r.refused()).singleElement().satisfies(p -> assertThat(p.outcome()).isEqualTo(Outcome.REVIEW));
    }

    @Test
    void linksWithoutConflictChainIntoOnePerson() {
        List<PersonRecord> records = List.of(Records.person("José Pérez", "V-12345678"), Records.person("José Pérez", null),
                Records.person("J. Pérez", null));
        Clusterer.Result r = both(records, List.of(link(0, 1, 9), link(1, 2, 7)), Constraints.DEFAULTS, AnalystLinks.NONE);
        assertThat(r.clusters()).isEqualTo(1);
        assertThat(r.refused()).isEmpty();
    }

    @Test
    void onlyMatchPairsLink() {
        List<PersonRecord> records = List.of(Records.person("José Pérez", null), Records.person("José Pérez", null));
        ScoredPair review = link(0, 1, 1).withOutcome(Outcome.REVIEW, "uncertain");
        Clusterer.Result r = both(records, List.of(review), Constraints.DEFAULTS, AnalystLinks.NONE);
        assertThat(r.clusters()).isEqualTo(2);
    }

    @Test
    void aListWithoutDuplicatesHoldsOneRecordPerPerson() {
        List<PersonRecord> records = List.of(Records.inList("amnistia", "José Pérez", null), Records.inList("ngo", "José Pérez", null),
                Records.inList("amnistia", "José Pérez", null));
        Clusterer.Result r = both(records, List.of(link(0, 1, 9), link(1, 2, 8)), new Constraints(true, true, Set.of("amnistia")),
                AnalystLinks.NONE);
        assertThat(r.clusterOf()[0]).isNotEqualTo(r.clusterOf()[2]);
    }

    @Test
    void analystsSamePersonOnTwoCedulasLetsAThirdRecordBearingEitherJoinInEitherOrder() {
        // given records 0 and 2 share a cédula, record 1 bears another, and an analyst joined 0 and 1
        List<PersonRecord> records = List.of(Records.person("Gerardo Guevara", "V-15245248"), Records.person("Gerardo Guevara", "V-9123456"),
                Records.person("Gerardo Guevara", "V-15245248"));
        AnalystLinks same = new AnalystLinks(List.<int[]>of(new int[] {0, 1}), List.of());
        // when the model links 0 and 2
        Constraints accepting = Constraints.DEFAULTS.accepting(AcceptedConflicts.of(records, new String[3], same));
        Clusterer.Result r = both(records, List.of(link(0, 2, 20)), accepting, same);
        // then one person, and nothing refused
        assertThat(r.clusters()).isEqualTo(1);
        assertThat(r.refused()).isEmpty();
        // while a third cédula is still kept out
        List<PersonRecord> third = List.of(records.get(0), records.get(1), Records.person("Gerardo Guevara", "V-20987654"));
        Constraints alsoAccepting = Constraints.DEFAULTS.accepting(AcceptedConflicts.of(third, new String[3], same));
        assertThat(both(third, List.of(link(0, 2, 20)), alsoAccepting, same).clusters()).isEqualTo(2);
    }

    @Test
    void analystsSamePersonJoinsDespiteDifferentCedulas() {
        List<PersonRecord> records = List.of(Records.person("José Pérez", "V-12345678"), Records.person("José Pérez", "V-20987654"));
        Clusterer.Result r = both(records, List.of(), Constraints.DEFAULTS, new AnalystLinks(List.<int[]>of(new int[] {0, 1}), List.of()));
        assertThat(r.clusters()).isEqualTo(1);
    }

    @Test
    void analystsDifferentPeopleAreNeverJoinedEvenThroughAThirdRecord() {
        List<PersonRecord> records = List.of(Records.person("José Pérez", null), Records.person("José Pérez", null),
                Records.person("José Pérez", null));
        Clusterer.Result r = both(records, List.of(link(0, 1, 9), link(1, 2, 8)), Constraints.DEFAULTS,
                new AnalystLinks(List.of(), List.<int[]>of(new int[] {0, 2})));
        assertThat(r.clusterOf()[0]).isNotEqualTo(r.clusterOf()[2]);
        assertThat(r.clusterOf()[1]).isEqualTo(r.clusterOf()[0]);
    }
}
