package org.rollcall.match;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.rollcall.normalize.PersonRecord;

/**
 * Proposes candidate pairs without comparing all pairs: the union of the pairs that share a key
 * under any of the rules. Keys are hashed to 40 bits and packed with the record index into one
 * long, so blocking a million records sorts a few primitive arrays and allocates no per-key
 * collections; cost grows with the records and the block sizes, not with all pairs. A block
 * larger than the limit is skipped and reported.
 */
public final class Blocker {

    static final int INDEX_BITS = 24;
    /** The largest number of records the packing allows. */
    public static final int MAX_RECORDS = 1 << INDEX_BITS;

    /**
     * Candidate pairs and what produced them.
     *
     * @param pairs candidate pairs as {@code a * n + b} with {@code a < b}, sorted, distinct
     * @param rules for each pair, a bit per rule that proposed it (bit i = rule i)
     * @param pairsByRule rule → pairs it proposed (a pair may come from several rules)
     * @param skippedBlocks blocks larger than the limit, as "rule: N records"
     */
    public record Result(long[] pairs, int[] rules, Map<String, Long> pairsByRule, List<String> skippedBlocks) {
    }

    /** At most this many rules, so that a rule's index fits beside the pair in one long. */
    public static final int MAX_RULES = 31;
    private static final int RULE_BITS = 5;

    private Blocker() {
    }

    public static Result block(List<PersonRecord> records, List<BlockingRule> rules, int maxBlockSize) {
        int n = records.size();
        if (n >= MAX_RECORDS) {
            throw new IllegalArgumentException("blocking takes at most " + (MAX_RECORDS - 1) + " records, got " + n);
        }
        if (rules.size() > MAX_RULES) {
            throw new IllegalArgumentException("at most " + MAX_RULES + " blocking rules, got " + rules.size());
        }
        LongList all = new LongList();
        Map<String, Integer> frequencies = rules.stream().anyMatch(BlockingRule::needsFrequencies) ? tokenFrequencies(records) : Map.of();
        Map<String, Long> byRule = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            BlockingRule rule = rules.get(r);
            long[] sorted = packed(records, rule, frequencies);
            long before = all.size();
            int start = 0;
            while (start < sorted.length) {
                long block = sorted[start] >>> INDEX_BITS;
                int end = start + 1;
                while (end < sorted.length && sorted[end] >>> INDEX_BITS == block) {
                    end++;
                }
                int size = end - start;
                if (size > maxBlockSize) {
                    skipped.add(rule.text() + ": a block of " + size + " records");
                } else {
                    for (int x = start; x < end; x++) {
                        int a = (int) (sorted[x] & (MAX_RECORDS - 1));
                        for (int y = x + 1; y < end; y++) {
                            int b = (int) (sorted[y] & (MAX_RECORDS - 1));
                            if (a != b) {
                                all.add(((a < b ? (long) a * n + b : (long) b * n + a) << RULE_BITS) | r);
                            }
                        }
                    }
                }
                start = end;
            }
            byRule.put(rule.text(), all.size() - before);
        }
        long[] sorted = all.toSortedArray();
        int w = 0;
        int[] masks = new int[sorted.length];
        for (long code : sorted) {
            long pair = code >>> RULE_BITS;
            int bit = 1 << (int) (code & ((1 << RULE_BITS) - 1));
            if (w > 0 && sorted[w - 1] == pair) {
                masks[w - 1] |= bit;
            } else {
                sorted[w] = pair;
                masks[w] = bit;
                w++;
            }
        }
        return new Result(Arrays.copyOf(sorted, w), Arrays.copyOf(masks, w), byRule, skipped);
    }

    /** Records keyed at a time by one core: the keys of a record are its own work (its name's rarest words, its fields). */
    private static final int KEY_CHUNK = 1 << 14;

    /**
     * Each record's keys under the rule, hashed and packed with the record's index, sorted. The records are keyed on
     * every core, a chunk at a time; the packed values are sorted whole, so the result does not depend on which chunk
     * was keyed first.
     */
    private static long[] packed(List<PersonRecord> records, BlockingRule rule, Map<String, Integer> frequencies) {
        int n = records.size();
        LongList[] chunks = new LongList[(n + KEY_CHUNK - 1) / KEY_CHUNK];
        IntStream.range(0, chunks.length).parallel().forEach(c -> {
            LongList packed = new LongList();
            for (int i = c * KEY_CHUNK, end = Math.min(n, i + KEY_CHUNK); i < end; i++) {
                for (String key : rule.keys(records.get(i), frequencies)) {
                    packed.add((hash40(key) << INDEX_BITS) | i);
                }
            }
            chunks[c] = packed;
        });
        LongList all = new LongList();
        for (LongList chunk : chunks) {
            all.addAll(chunk);
        }
        return all.toSortedArray();
    }

    private static Map<String, Integer> tokenFrequencies(List<PersonRecord> records) {
        Map<String, Integer> counts = new HashMap<>();
        for (PersonRecord r : records) {
            for (String t : BlockingRule.nameTokens(r)) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** FNV-1a, 64 bits folded to 40. */
    static long hash40(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return (h ^ (h >>> 40)) & ((1L << 40) - 1);
    }

    /** A growable array of longs. */
    static final class LongList {
        private long[] data = new long[1024];
        private int size;

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        void addAll(LongList other) {
            if (size + other.size > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + other.size));
            }
            System.arraycopy(other.data, 0, data, size, other.size);
            size += other.size;
        }

        long[] toSortedArray() {
            long[] out = Arrays.copyOf(data, size);
            Arrays.parallelSort(out);
            return out;
        }
    }
}
