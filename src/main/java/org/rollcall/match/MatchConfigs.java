package org.rollcall.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.config.ComparisonDefinition;
import org.rollcall.domain.Problem;
import org.rollcall.config.LevelParameters;
import org.rollcall.config.MatchSettings;
import org.rollcall.config.SourceDefinition;
import org.rollcall.normalize.PersonName;

/** Builds the linker's configuration from a job's settings, checking what the loader cannot. */
public final class MatchConfigs {

    /** Seed of the random pair sampling: runs on the same inputs are reproducible. */
    public static final long SEED = 20_261_123L;

    private MatchConfigs() {
    }

    /**
     * Every problem of a job's matching settings, each naming the key, the value and the fix; empty
     * when {@link #from} will succeed. Each comparison, blocking rule and parameter is checked on
     * its own, so one bad entry does not hide another.
     */
    public static List<Problem> problems(MatchSettings s, List<SourceDefinition> sources) {
        List<Problem> out = new ArrayList<>();
        Map<String, String> aliases = aliases(s.aliases());
        List<Comparison> comparisons = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> attributes = Comparisons.attributes(sources);
        for (ComparisonDefinition d : s.comparisons().isEmpty() ? Comparisons.defaults(sources) : s.comparisons()) {
            try {
                Comparison c = Comparisons.of(d, aliases, attributes);
                if (!names.add(c.name())) {
                    out.add(Problem.jobFile("matching.comparisons", "two comparisons are named '" + c.name() + "'", "give one a name:"));
                }
                comparisons.add(c);
            } catch (SettingException e) {
                out.addAll(e.problems());
            }
        }
        for (String rule : s.blocking()) {
            out.addAll(BlockingRule.problems(rule));
        }
        s.parameters().forEach((name, p) -> {
            Comparison c = comparisons.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (c == null) {
                out.add(Problem.jobFile("matching.parameters." + name, "no comparison has that name",
                        "comparisons: " + comparisons.stream().map(Comparison::name).toList()));
                return;
            }
            try {
                if (p.m() != null) {
                    probabilities("matching.parameters." + name + ".m", p.m(), c);
                }
                if (p.u() != null) {
                    probabilities("matching.parameters." + name + ".u", p.u(), c);
                }
            } catch (SettingException e) {
                out.addAll(e.problems());
            }
        });
        if (s.lambda() != null && (s.lambda() <= 0 || s.lambda() >= 1)) {
            out.add(Problem.jobFile("matching.lambda", s.lambda() + " must be between 0 and 1 (exclusive)", ""));
        }
        if (s.termFrequencyWeight() < 0 || s.termFrequencyWeight() > 1) {
            out.add(Problem.jobFile("matching.term-frequency-weight", s.termFrequencyWeight() + " must be from 0 to 1", ""));
        }
        return out;
    }

    /** @throws IllegalArgumentException naming the key, the value and the fix (every problem: see {@link #problems}) */
    public static MatchConfig from(MatchSettings s, List<SourceDefinition> sources) {
        List<Problem> problems = problems(s, sources);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.stream().map(Problem::toString).toList()));
        }
        Map<String, String> aliases = aliases(s.aliases());
        List<Comparison> comparisons = new ArrayList<>();
        List<ComparisonDefinition> defs = s.comparisons().isEmpty() ? Comparisons.defaults(sources) : s.comparisons();
        for (ComparisonDefinition d : defs) {
            comparisons.add(Comparisons.of(d, aliases, Comparisons.attributes(sources)));
        }
        List<BlockingRule> rules = s.blocking().stream().map(BlockingRule::parse).toList();
        Map<String, double[]> m = new HashMap<>();
        Map<String, double[]> u = new HashMap<>();
        s.parameters().forEach((name, p) -> {
            Comparison c = comparisons.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            if (p.m() != null) {
                m.put(name, probabilities("matching.parameters." + name + ".m", p.m(), c));
            }
            if (p.u() != null) {
                u.put(name, probabilities("matching.parameters." + name + ".u", p.u(), c));
            }
        });
        MatchSettings.ConstraintSettings cs = s.constraints();
        Constraints constraints = new Constraints(cs.differentIds(), cs.differentBirthDates(), new HashSet<>(cs.oneRecordPerSource()));
        return new MatchConfig(comparisons, rules, s.maxBlockSize(), constraints, new ModelTrainer.Overrides(s.lambda(), m, u),
                s.matchThreshold(), s.reviewThreshold(), s.termFrequencyWeight(), s.decisiveMargin(), s.randomPairs(), SEED);
    }

    private static double[] probabilities(String key, List<Double> values, Comparison c) {
        if (values.size() != c.levels().size()) {
            throw new SettingException(Problem.jobFile(key, values.size() + " values given, the comparison has " + c.levels().size()
                    + " levels " + c.labels(), "give one value per level"));
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            double v = values.get(i);
            if (!(v > 0 && v < 1)) {
                throw new SettingException(Problem.jobFile(key, v + " is not a probability between 0 and 1 (exclusive)", ""));
            }
            out[i] = v;
        }
        return out;
    }

    /** Folded token → the first token of its alias group. */
    static Map<String, String> aliases(List<List<String>> groups) {
        Map<String, String> out = new HashMap<>();
        for (List<String> g : groups) {
            List<String> folded = g.stream().map(PersonName::tokensOf).filter(t -> !t.isEmpty()).map(t -> String.join(" ", t)).toList();
            folded.forEach(t -> out.put(t, folded.get(0)));
        }
        return out;
    }
}
