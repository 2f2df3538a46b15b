package org.rollcall.match;

import java.util.List;
import java.util.Map;

/**
 * The matcher's decision for a run: which person each record belongs to, and what blocking did.
 *
 * @param clusterOf cluster index (0 to clusters - 1) of each input record, in input order
 * @param clusters the number of clusters (people)
 * @param candidatePairs distinct pairs compared
 * @param pairsByRule blocking rule → pairs it proposed
 * @param skippedBlocks blocks larger than max-block-size, not compared within
 * @param millis where the linker's time went: phase → milliseconds, in order
 */
public record Linkage(int[] clusterOf, int clusters, long candidatePairs, Map<String, Long> pairsByRule,
        List<String> skippedBlocks, Map<String, Long> millis) {
}
