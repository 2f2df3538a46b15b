package org.rollcall.config;

import java.util.List;

/**
 * Fixed m and/or u probabilities of one comparison, one per level, closest agreement first.
 * Fitted values are written with each run (model.json) and can be copied here.
 */
public record LevelParameters(List<Double> m, List<Double> u) {
}
