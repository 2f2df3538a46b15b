package org.rollcall.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.normalize.PersonRecord;

/**
 * Proposes candidate pairs without comparing all pairs. Two rules, OR-ed: the same cédula
 * digits; a shared pair of name tokens (any order, so "PEREZ GONZALEZ, JOSE" and "José Pérez"
 * share {@code jose|perez}, and a missing surname or one typo still leaves a pair in common).
 * A block larger than the limit is skipped and counted.
 */
public final class Blocker {

    /** Name tokens beyond this many are not used for keys. */
    static final int MAX_TOKENS = 6;

    /**
     * Candidate pairs and what produced them.
     *
     * @param pairs candidate pairs as {@code a * n + b} with {@code a < b}
     * @param pairsByRule rule name → pairs it proposed (a pair may come from both rules)
     * @param skippedBlocks keys whose block was larger than the limit
     */
    public record Result(long[] pairs, Map<String, Long> pairsByRule, List<String> skippedBlocks) {
    }

    private Blocker() {
    }

    public static Result block(List<PersonRecord> records, int maxBlockSize) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (String key : keys(records.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        long n = records.size();
        Set<Long> pairs = new HashSet<>();
        Map<String, Long> byRule = new LinkedHashMap<>();
        byRule.put("id", 0L);
        byRule.put("name-pair", 0L);
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : blocks.entrySet()) {
            List<Integer> members = e.getValue();
            if (members.size() < 2) {
                continue;
            }
            if (members.size() > maxBlockSize) {
                skipped.add(e.getKey() + " (" + members.size() + " records)");
                continue;
            }
            String rule = e.getKey().startsWith("i:") ? "id" : "name-pair";
            long added = 0;
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = Math.min(members.get(x), members.get(y));
                    int b = Math.max(members.get(x), members.get(y));
                    if (a != b) {
                        pairs.add(a * n + b);
                        added++;
                    }
                }
            }
            byRule.merge(rule, added, Long::sum);
        }
        long[] out = pairs.stream().mapToLong(Long::longValue).sorted().toArray();
        skipped.sort(null);
        return new Result(out, byRule, skipped);
    }

    static Set<String> keys(PersonRecord r) {
        Set<String> keys = new HashSet<>();
        if (r.id() != null) {
            keys.add("i:" + r.id().digits());
        }
        List<String> tokens = r.name().tokens().stream().filter(t -> t.length() > 1).limit(MAX_TOKENS).toList();
        for (int i = 0; i < tokens.size(); i++) {
            for (int j = i + 1; j < tokens.size(); j++) {
                String a = tokens.get(i);
                String b = tokens.get(j);
                if (!a.equals(b)) {
                    keys.add("n:" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a));
                }
            }
        }
        return keys;
    }
}
