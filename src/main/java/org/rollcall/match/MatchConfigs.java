package org.rollcall.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.config.ComparisonDefinition;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;
import org.rollcall.config.LevelParameters;
import org.rollcall.config.MatchSettings;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
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
        for (ComparisonDefinition d : s.comparisons().isEmpty() ? defaults(sources) : s.comparisons()) {
            try {
                Comparison c = comparison(d, aliases);
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
        List<ComparisonDefinition> defs = s.comparisons().isEmpty() ? defaults(sources) : s.comparisons();
        for (ComparisonDefinition d : defs) {
            comparisons.add(comparison(d, aliases));
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

    private static List<ComparisonDefinition> defaults(List<SourceDefinition> sources) {
        Set<Field> mapped = new HashSet<>();
        sources.forEach(s -> mapped.addAll(s.columns().keySet()));
        List<ComparisonDefinition> out = new ArrayList<>();
        boolean anyText = sources.stream().anyMatch(s -> s.format() == SourceFormat.TXT);
        if (anyText || mapped.contains(Field.FULL_NAME) || mapped.contains(Field.GIVEN_NAMES) || mapped.contains(Field.SURNAMES)) {
            out.add(new ComparisonDefinition("name", "person-name", null, null));
        }
        if (anyText || mapped.contains(Field.ID_NUMBER)) {
            out.add(new ComparisonDefinition("id-number", "id", null, null));
        }
        if (mapped.contains(Field.BIRTH_DATE)) {
            out.add(new ComparisonDefinition("birth-date", "date", Field.BIRTH_DATE, null));
        }
        if (mapped.contains(Field.DETENTION_DATE)) {
            out.add(new ComparisonDefinition("detention-date", "date", Field.DETENTION_DATE, null));
        }
        if (mapped.contains(Field.PLACE)) {
            out.add(new ComparisonDefinition("place", "text", Field.PLACE, true));
        }
        if (mapped.contains(Field.REGION)) {
            out.add(new ComparisonDefinition("region", "text", Field.REGION, true));
        }
        if (mapped.contains(Field.OFFENCE)) {
            out.add(new ComparisonDefinition("offence", "token-set", Field.OFFENCE, true));
        }
        return out;
    }

    private static Comparison comparison(ComparisonDefinition d, Map<String, String> aliases) {
        String name = d.effectiveName();
        String method = d.method() == null ? "" : d.method();
        List<Problem> problems = new ArrayList<>();
        Thresholds thresholds = Thresholds.from("matching.comparisons." + name, d.thresholds(), problems);
        if (!problems.isEmpty()) {
            throw new SettingException(problems);
        }
        if (d.thresholds() != null && !Set.of("person-name", "given-name", "surname", "text").contains(method)) {
            throw new SettingException(Problem.jobFile("matching.comparisons." + name + ".thresholds", "method '" + method
                    + "' has no similarity thresholds", "remove them (person-name, given-name, surname and text have)"));
        }
        return switch (method) {
            case "person-name" -> new PersonNameComparison(name, aliases, thresholds);
            case "given-name" -> new NamePartComparison(name, NamePartComparison.Part.GIVEN, aliases, thresholds);
            case "surname" -> new NamePartComparison(name, NamePartComparison.Part.SURNAME, aliases, thresholds);
            case "id" -> new IdComparison(name);
            case "date" -> new DateComparison(name, required(d, Field.BIRTH_DATE));
            case "text" -> new TextComparison(name, required(d, null), Boolean.TRUE.equals(d.termFrequency()), thresholds);
            case "token-set" -> new TokenSetComparison(name, required(d, null), Boolean.TRUE.equals(d.termFrequency()));
            case "code" -> new CodeComparison(name, required(d, null));
            default -> throw new SettingException(Problem.jobFile("matching.comparisons", "'" + d.method() + "' is not a method",
                    "use person-name, given-name, surname, id, date, text, token-set or code"));
        };
    }

    private static Field required(ComparisonDefinition d, Field fallback) {
        if (d.field() != null) {
            return d.field();
        }
        if (fallback != null) {
            return fallback;
        }
        throw new SettingException(Problem.jobFile("matching.comparisons", "method '" + d.method() + "' needs a field", "e.g. field: postcode"));
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
