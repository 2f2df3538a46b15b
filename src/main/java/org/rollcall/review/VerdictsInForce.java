package org.rollcall.review;

import org.rollcall.text.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.match.AnalystLinks;

/**
 * Which stored decisions apply to this run's records: the latest decision on each pair, when both
 * its records are still here and it does not contradict other decisions (A = B, B = C, A ≠ C:
 * none of them is applied, all are reported: nothing is guessed).
 */
public final class VerdictsInForce {

    /**
     * A stored decision.
     *
     * @param seq order of import: a later one supersedes an earlier one on the same pair
     */
    public record StoredVerdict(long seq, String pairId, String keyA, String keyB, Verdict verdict, String reviewer, String comment,
            String file, int row, long importedRun) {
    }

    /**
     * @param decisions the decisions to apply, by record index
     * @param applied the decisions applied (the audit trail)
     * @param notApplied decisions not applied, each with the reason
     */
    public record Result(AnalystLinks decisions, List<StoredVerdict> applied, List<Map.Entry<StoredVerdict, String>> notApplied) {
    }

    private VerdictsInForce() {
    }

    public static Result resolve(List<StoredVerdict> stored, List<String> recordKeys) {
        return resolve(stored, recordKeys, Messages.of("en"));
    }

    /** As above, with the reasons of decisions not applied in the language of {@code messages}. */
    public static Result resolve(List<StoredVerdict> stored, List<String> recordKeys, Messages messages) {
        return resolve(stored, recordKeys, new String[recordKeys.size()], messages);
    }

    /**
     * As above, a decision on a record's earlier key following the record (its key changed since: a namesake
     * joined or left its base, see {@code EarlierKeys}).
     *
     * @param earlierKeys each record's earlier key ({@code null}: none, or its own)
     */
    public static Result resolve(List<StoredVerdict> stored, List<String> recordKeys, String[] earlierKeys, Messages messages) {
        Map<String, StoredVerdict> latest = new LinkedHashMap<>();
        for (StoredVerdict s : stored) {
            StoredVerdict before = latest.get(s.pairId());
            if (before == null || s.seq() > before.seq()) {
                latest.put(s.pairId(), s);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < recordKeys.size(); i++) {
            index.putIfAbsent(recordKeys.get(i), i);
        }
        for (int i = 0; i < earlierKeys.length; i++) {
            if (earlierKeys[i] != null) {
                index.putIfAbsent(earlierKeys[i], i);
            }
        }
        List<Map.Entry<StoredVerdict, String>> notApplied = new ArrayList<>();
        List<StoredVerdict> usable = new ArrayList<>();
        for (StoredVerdict s : latest.values()) {
            if (!index.containsKey(s.keyA()) || !index.containsKey(s.keyB())) {
                notApplied.add(Map.entry(s, messages.format("verdict.record-gone", !index.containsKey(s.keyA()) ? s.keyA() : s.keyB())));
            } else if (s.verdict() != Verdict.UNSURE) {
                usable.add(s);
            }
        }
        int[] parent = new int[recordKeys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (StoredVerdict s : usable) {
            if (s.verdict() == Verdict.SAME) {
                union(parent, index.get(s.keyA()), index.get(s.keyB()));
            }
        }
        List<Integer> contradictedGroups = new ArrayList<>();
        for (StoredVerdict s : usable) {
            if (s.verdict() == Verdict.DIFFERENT && find(parent, index.get(s.keyA())) == find(parent, index.get(s.keyB()))) {
                contradictedGroups.add(find(parent, index.get(s.keyA())));
            }
        }
        List<int[]> same = new ArrayList<>();
        List<int[]> different = new ArrayList<>();
        List<StoredVerdict> applied = new ArrayList<>();
        for (StoredVerdict s : usable) {
            int a = index.get(s.keyA());
            int b = index.get(s.keyB());
            if (contradictedGroups.contains(find(parent, a)) || contradictedGroups.contains(find(parent, b))) {
                notApplied.add(Map.entry(s, messages.format("verdict.contradicts")));
                continue;
            }
            (s.verdict() == Verdict.SAME ? same : different).add(new int[] {a, b});
            applied.add(s);
        }
        for (StoredVerdict s : latest.values()) {
            if (s.verdict() == Verdict.UNSURE && index.containsKey(s.keyA()) && index.containsKey(s.keyB())) {
                applied.add(s);
            }
        }
        return new Result(new AnalystLinks(same, different), applied, notApplied);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
