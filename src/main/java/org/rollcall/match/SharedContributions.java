package org.rollcall.match;

import java.util.List;
import org.rollcall.text.SharedValues;

/**
 * Pairs' explanations with one copy of each equal contribution: most of a pair's contributions are
 * a level's weight, the same for every pair at that level, so a million pairs hold a few dozen of
 * them (and their texts) instead of millions. Contributions that vary pair by pair (rarity) are kept
 * as they are once the limit is reached. Not thread-safe: one per scoring loop.
 */
final class SharedContributions {

    /** Distinct contributions and texts remembered: the level weights come first and stay. */
    private static final int LIMIT = 1 << 12;

    private final SharedValues texts = new SharedValues(LIMIT);
    private final SharedValues parts = new SharedValues(LIMIT);

    /** The same contributions, in order, each the first equal one seen. */
    List<Contribution> of(List<Contribution> contributions) {
        Contribution[] out = new Contribution[contributions.size()];
        for (int i = 0; i < out.length; i++) {
            Contribution c = contributions.get(i);
            out[i] = parts.share(new Contribution(texts.share(c.field()), texts.share(c.level()), c.weight(), c.atRisk()));
        }
        return List.of(out);
    }
}
