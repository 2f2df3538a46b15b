package org.rollcall.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StrataAndSensitivityTest {

    static final EstimationSettings SETTINGS = EstimationSettings.defaults().withBootstrapReplicates(0);

    /** People p{prefix}{i} on the lists of their cell, from counts by mask for A, B, C. */
    static void addPeople(Map<String, Set<String>> membership, Map<String, String> strata, String stratum, long[] counts) {
        for (int mask = 1; mask < counts.length; mask++) {
            for (int i = 0; i < counts[mask]; i++) {
                Set<String> lists = new TreeSet<>();
                for (int j = 0; j < 3; j++) {
                    if ((mask & (1 << j)) != 0) {
                        lists.add(Simulated.ABC.get(j));
                    }
                }
                String id = stratum + "-" + mask + "-" + i;
                membership.put(id, lists);
                strata.put(id, stratum);
            }
        }
    }

    @Test
    void strataAreEstimatedSeparatelyAndSummedBesideTheOverall() {
        // given two states with different capture rates
        Map<String, Set<String>> membership = new LinkedHashMap<>();
        Map<String, String> strata = new HashMap<>();
        addPeople(membership, strata, "Lara", new long[] {0, 200, 150, 60, 180, 70, 50, 25});
        addPeople(membership, strata, "Zulia", new long[] {0, 100, 90, 20, 80, 15, 18, 4});

        // when
        Strata.StratifiedEstimates s = Strata.estimate(Simulated.ABC, membership, strata, SETTINGS);

        // then
        assertEquals(List.of("Lara", "Zulia"), List.copyOf(s.byStratum().keySet()));
        double sum = s.byStratum().values().stream().mapToDouble(e -> e.peopleOnNoList().estimate()).sum();
        assertTrue(s.sumOfStrata().estimable());
        assertEquals(sum, s.sumOfStrata().estimate(), 1e-9);
        assertEquals(s.overall().observed(), s.sumOfStrata().observed());
        assertTrue(s.overall().peopleOnNoList().estimable());
    }

    @Test
    void aSmallStratumSaysItIsNotEstimableAndSoDoesTheSum() {
        Map<String, Set<String>> membership = new LinkedHashMap<>();
        Map<String, String> strata = new HashMap<>();
        addPeople(membership, strata, "Lara", new long[] {0, 200, 150, 60, 180, 70, 50, 25});
        addPeople(membership, strata, "Apure", new long[] {0, 5, 4, 1, 3, 0, 1, 0});
        membership.put("nobody-knows-where", Set.of("A", "B"));

        Strata.StratifiedEstimates s = Strata.estimate(Simulated.ABC, membership, strata, SETTINGS);

        Estimate apure = s.byStratum().get("Apure").peopleOnNoList();
        assertFalse(apure.estimable());
        assertEquals("not estimable: only 14 people observed in this stratum (at least 30 needed)", apure.reason());
        assertTrue(s.byStratum().containsKey(Strata.UNKNOWN));
        assertFalse(s.sumOfStrata().estimable());
        assertTrue(s.sumOfStrata().reason().contains("stratum '"), s.sumOfStrata().reason());
    }

    @Test
    void keepingUncertainPairsApartRaisesTheEstimate() {
        // given: linked, 20 people on A and B; apart, each is two people, one on A only, one on B only
        Map<String, Set<String>> linked = new LinkedHashMap<>();
        addPeople(linked, new HashMap<>(), "x", new long[] {0, 200, 150, 60, 180, 70, 50, 25});
        Map<String, Set<String>> apart = new LinkedHashMap<>(linked);
        for (int i = 0; i < 20; i++) {
            apart.remove("x-3-" + i);
            apart.put("x-3-" + i + "a", Set.of("A"));
            apart.put("x-3-" + i + "b", Set.of("B"));
        }

        // when
        LinkageSensitivity s = LinkageSensitivity.compare(Simulated.ABC, linked, apart, SETTINGS);

        // then: fewer overlaps, more people unseen
        assertEquals(s.allLinked().observed() + 20, s.allApart().observed());
        assertTrue(s.shift() > 0, "shift " + s.shift());
        assertEquals(s.allApart().peopleOnNoList().estimate() - s.allLinked().peopleOnNoList().estimate(), s.shift(), 1e-9);
    }
}
