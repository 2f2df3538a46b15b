package org.rollcall.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.config.ComparisonDefinition;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;
import org.rollcall.text.TextFold;

/**
 * The comparisons of a job: built from the job file's definitions, each checked, or chosen from
 * the columns its sources map when it defines none.
 */
final class Comparisons {

    private static final Set<String> NAME_METHODS = Set.of("person-name", "given-name", "surname", "id");
    private static final Set<String> THRESHOLD_METHODS = Set.of("person-name", "given-name", "surname", "text");

    /** Attribute names read as a sex column when no comparison is defined (folded, hyphens as spaces). */
    private static final Set<String> SEX_NAMES = SexComparison.NAMES;

    /** Words of an attribute's name that make it a detention centre when no comparison is defined. */
    private static final Set<String> CENTRE_WORDS = Set.of("centre", "center", "centro", "reclusion", "prison", "carcel", "penitenciaria",
            "facility");

    private Comparisons() {
    }

    /**
     * One comparison per mapped field that carries evidence (see docs/job-file.md, "Default
     * comparisons"), and one per attribute whose name says it is a sex ({@code sex}, {@code sexo},
     * {@code gender}) or a detention centre ({@code centre}, {@code centro}, {@code prison}, …).
     */
    static List<ComparisonDefinition> defaults(List<SourceDefinition> sources) {
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
        Set<String> names = new HashSet<>(out.stream().map(ComparisonDefinition::effectiveName).toList());
        for (String a : attributes(sources)) {
            List<String> words = List.of(TextFold.fold(a.replace('-', ' ')).split(" "));
            ComparisonDefinition d = SEX_NAMES.contains(String.join(" ", words)) ? ComparisonDefinition.ofAttribute("sex", a, null)
                    : AgeComparison.isAgeColumn(a) ? ComparisonDefinition.ofAttribute("age", a, null)
                    : words.stream().anyMatch(CENTRE_WORDS::contains) ? ComparisonDefinition.ofAttribute("place", a, true) : null;
            if (d != null && names.add(d.effectiveName())) {
                out.add(d);
            }
        }
        return out;
    }

    /** Every attribute name the sources declare, in source order. */
    static Set<String> attributes(List<SourceDefinition> sources) {
        Set<String> out = new LinkedHashSet<>();
        sources.forEach(s -> out.addAll(s.attributes().keySet()));
        return out;
    }

    /** @throws SettingException naming the key, the value and the fix */
    static Comparison of(ComparisonDefinition d, Map<String, String> aliases, Set<String> attributes) {
        String name = d.effectiveName();
        String key = "matching.comparisons." + name;
        String method = d.method() == null ? "" : d.method();
        List<Problem> problems = new ArrayList<>();
        Thresholds thresholds = Thresholds.from(key, d.thresholds(), problems);
        if (d.thresholds() != null && !THRESHOLD_METHODS.contains(method)) {
            problems.add(Problem.jobFile(key + ".thresholds", "method '" + method + "' has no similarity thresholds",
                    "remove them (person-name, given-name, surname and text have)"));
        }
        if (!d.variants().isEmpty() && !"place".equals(method)) {
            problems.add(Problem.jobFile(key + ".variants", "method '" + method + "' takes no variants", "use method: place, or remove them"));
        }
        if (d.field() != null && d.attribute() != null) {
            problems.add(Problem.jobFile(key, "both field '" + d.field().key() + "' and attribute '" + d.attribute() + "' given",
                    "compare one of them: remove field or attribute"));
        }
        if (d.attribute() != null && NAME_METHODS.contains(method)) {
            problems.add(Problem.jobFile(key + ".attribute", "method '" + method + "' compares names or cédulas, not an attribute",
                    "use date, text, token-set, code, place, sex or age for attribute '" + d.attribute() + "'"));
        } else if (d.attribute() != null && !attributes.contains(d.attribute())) {
            problems.add(Problem.jobFile(key + ".attribute", "no source declares attribute '" + d.attribute() + "'",
                    attributes.isEmpty() ? "declare it under a source's attributes: (name: column)" : "attributes declared: " + attributes));
        }
        if ("sex".equals(method) && d.attribute() == null) {
            problems.add(Problem.jobFile(key, "method 'sex' reads an attribute column", "e.g. attribute: sex, with sex: Sexo under a source's attributes:"));
        }
        if ("age".equals(method) && d.attribute() == null) {
            problems.add(Problem.jobFile(key, "method 'age' reads an attribute column", "e.g. attribute: age, with age: Edad under a source's attributes:"));
        }
        if (!problems.isEmpty()) {
            throw new SettingException(problems);
        }
        return switch (method) {
            case "person-name" -> new PersonNameComparison(name, aliases, thresholds);
            case "given-name" -> new NamePartComparison(name, NamePartComparison.Part.GIVEN, aliases, thresholds);
            case "surname" -> new NamePartComparison(name, NamePartComparison.Part.SURNAME, aliases, thresholds);
            case "id" -> new IdComparison(name);
            case "date" -> new DateComparison(name, value(d, Field.BIRTH_DATE));
            case "text" -> new TextComparison(name, value(d, null), Boolean.TRUE.equals(d.termFrequency()), thresholds);
            case "token-set" -> new TokenSetComparison(name, value(d, null), Boolean.TRUE.equals(d.termFrequency()));
            case "code" -> new CodeComparison(name, value(d, null));
            case "place" -> new PlaceComparison(name, value(d, null), Boolean.TRUE.equals(d.termFrequency()), PlaceComparison.variants(d.variants()));
            case "sex" -> new SexComparison(name, value(d, null));
            case "age" -> new AgeComparison(name, value(d, null));
            default -> throw new SettingException(Problem.jobFile("matching.comparisons", "'" + d.method() + "' is not a method",
                    "use person-name, given-name, surname, id, date, text, token-set, code, place, sex or age"));
        };
    }

    private static RecordValue value(ComparisonDefinition d, Field fallback) {
        if (d.attribute() != null) {
            return RecordValue.attribute(d.attribute());
        }
        if (d.field() != null) {
            return RecordValue.of(d.field());
        }
        if (fallback != null) {
            return RecordValue.of(fallback);
        }
        throw new SettingException(Problem.jobFile("matching.comparisons." + d.effectiveName(), "method '" + d.method()
                + "' needs a field or an attribute", "e.g. field: postcode, or attribute: centre"));
    }
}
