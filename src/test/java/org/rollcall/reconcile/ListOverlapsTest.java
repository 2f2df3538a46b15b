package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListOverlapsTest {

    /** 600 people on three independent lists (p 0.5, 0.4, 0.6), half in each of two states; those on no list dropped. */
    private static List<PersonState> people(Map<String, String> stateOf) {
        Random random = new Random(7);
        List<PersonState> out = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            List<String> on = new ArrayList<>();
            if (random.nextDouble() < 0.5) {
                on.add("ngo");
            }
            if (random.nextDouble() < 0.4) {
                on.add("amnistia");
            }
            if (random.nextDouble() < 0.6) {
                on.add("tribunales");
            }
            if (!on.isEmpty()) {
                String id = String.format("P%06d", i);
                out.add(new PersonState(id, "", String.join(",", on), "", ""));
                stateOf.put(id, i % 2 == 0 ? "Miranda" : "Zulia");
            }
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void estimatesPerStratumBesideTheOverallOneWithEachCellsPeople() {
        Map<String, String> stateOf = new HashMap<>();
        List<PersonState> states = people(stateOf);

        Map<String, Object> e = ListOverlaps.estimates(List.of("ngo", "amnistia", "tribunales"), states, List.of(), Map.of("state", stateOf));

        long people = 0;
        for (Object o : (List<?>) e.get("overlap")) {
            Map<String, Object> cell = (Map<String, Object>) o;
            assertThat((List<?>) cell.get("people")).hasSize(((Number) cell.get("count")).intValue());
            people += ((Number) cell.get("count")).longValue();
        }
        assertThat(people).isEqualTo(states.size());
        Map<String, Object> state = (Map<String, Object>) ((Map<String, Object>) e.get("strata")).get("state");
        assertThat(((Map<String, Object>) state.get("strata")).keySet()).containsExactlyInAnyOrder("Miranda", "Zulia");
        double sum = ((Number) ((Map<String, Object>) state.get("sum-of-strata")).get("estimate")).doubleValue();
        double missing = 600 - states.size();
        // the truth of this population: 600 − observed on no list; the strata's sum lands near it
        assertThat(sum).isBetween(missing * 0.6, missing * 1.4);
    }

    @Test
    void reviewPairsMergePeopleTransitivelyInEitherOrder() {
        Map<String, Set<String>> apart = Map.of("A", Set.of("ngo"), "B", Set.of("amnistia"), "C", Set.of("tribunales"), "D", Set.of("ngo"));
        assertThat(ListOverlaps.merged(apart, List.of(new String[] {"A", "B"}, new String[] {"C", "B"}))).hasSize(2)
                .containsValue(Set.of("ngo", "amnistia", "tribunales"));
        assertThat(ListOverlaps.merged(apart, List.of(new String[] {"B", "C"}, new String[] {"B", "A"}))).hasSize(2)
                .containsValue(Set.of("ngo", "amnistia", "tribunales"));
    }
    @Test
    void peopleOnTheSameSourcesShareOneSetThatMergingLeavesAlone() {
        // given three people, two of them on the same two sources
        List<PersonState> states = List.of(new PersonState("A", "", "ngo,amnistia", "", ""), new PersonState("B", "", "tribunales", "", ""),
                new PersonState("C", "", "ngo,amnistia", "", ""));

        // when their membership is read and A is merged with B
        Map<String, Set<String>> apart = ListOverlaps.membership(states);
        Map<String, Set<String>> merged = ListOverlaps.merged(apart, List.<String[]>of(new String[] {"A", "B"}));

        // then A and C share one set, and the merged person has a set of its own: C's stays as it was
        assertThat(apart.get("A")).isSameAs(apart.get("C")).containsExactly("amnistia", "ngo");
        assertThat(merged).hasSize(2).containsValue(Set.of("ngo", "amnistia", "tribunales"));
        assertThat(merged.values()).contains(Set.of("ngo", "amnistia"));
        assertThat(apart.get("C")).containsExactly("amnistia", "ngo");
        assertThat(apart.get("B")).containsExactly("tribunales");
    }
}
