package org.rollcall.estimate;

/**
 * What the estimator does, validated on construction. Meant to be bound from the job file.
 *
 * @param confidence interval coverage, 0.5 &lt; confidence &lt; 1; 0.95 by default
 * @param selection which criterion picks the headline model: AIC (default) or BIC; both are always reported
 * @param maxModels with k lists there are 2^(k(k−1)/2) pairwise models; up to this many are all
 *     fitted (64: every model for 3 and 4 lists), beyond it a forward stepwise search by AIC runs
 * @param minStratumPeople a stratum with fewer people observed is not estimated
 * @param minStratumOverlap a stratum with fewer people on two or more lists is not estimated
 * @param bootstrapReplicates replicates of the latent-class bootstrap interval (0 skips the latent-class model)
 * @param seed seed of every random draw (bootstrap), so a run is reproducible
 */
public record EstimationSettings(double confidence, Criterion selection, int maxModels, int minStratumPeople,
        int minStratumOverlap, int bootstrapReplicates, long seed) {

    /** Model-selection criterion. */
    public enum Criterion { AIC, BIC }

    public EstimationSettings {
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0.5 and 1, got " + confidence);
        }
        if (selection == null) {
            throw new IllegalArgumentException("selection must be AIC or BIC");
        }
        if (maxModels < 1) {
            throw new IllegalArgumentException("max-models must be at least 1, got " + maxModels);
        }
        if (minStratumPeople < 0 || minStratumOverlap < 0) {
            throw new IllegalArgumentException("stratum minimums must be ≥ 0, got " + minStratumPeople + " and " + minStratumOverlap);
        }
        if (bootstrapReplicates < 0) {
            throw new IllegalArgumentException("bootstrap replicates must be ≥ 0, got " + bootstrapReplicates);
        }
    }

    /** 95 %, AIC, 64 models, strata of at least 30 people with 10 on two or more lists, 200 replicates, seed 16. */
    public static EstimationSettings defaults() {
        return new EstimationSettings(0.95, Criterion.AIC, 64, 30, 10, 200, 16L);
    }

    public EstimationSettings withBootstrapReplicates(int replicates) {
        return new EstimationSettings(confidence, selection, maxModels, minStratumPeople, minStratumOverlap, replicates, seed);
    }

    public EstimationSettings withSeed(long newSeed) {
        return new EstimationSettings(confidence, selection, maxModels, minStratumPeople, minStratumOverlap, bootstrapReplicates, newSeed);
    }

    public EstimationSettings withSelection(Criterion criterion) {
        return new EstimationSettings(confidence, criterion, maxModels, minStratumPeople, minStratumOverlap, bootstrapReplicates, seed);
    }
}
