package org.rollcall.match;

import java.util.Comparator;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.SpanishPhonetic;
import org.rollcall.text.TextFold;

/**
 * A blocking rule: records that share its key are compared. Written in job files as parts
 * joined by {@code +}, each a field with an optional transform:
 * {@code id-number}, {@code name-pair}, {@code birth-date + surnames:prefix2},
 * {@code given-names:phonetic + surnames:phonetic}, {@code postcode + address:prefix3}.
 *
 * <p>Fields: {@code id-number} (the cédula's digits), {@code birth-date} (yyyyMMdd),
 * {@code given-names} and {@code surnames} (the name parts where the source says which is which),
 * {@code name-pair} (every pair among the name's four rarest tokens, in any order: one key each,
 * so that a missing surname or one typo still leaves a pair in common, while the blocks stay small
 * because common tokens such as José or González are left out when rarer ones exist),
 * {@code name-set} (those three tokens as one key); both may be followed by other parts
 * ({@code name-pair + birth-date}) for large lists; or any mapped field
 * (folded text). Transforms: {@code phonetic} ({@link SpanishPhonetic}), {@code prefixN} (the first
 * N characters), {@code initial}.
 */
public final class BlockingRule {

    /** Every pair among a name's rarest tokens, one key each. */
    public static final String NAME_PAIR = "name-pair";
    /** A name's rarest tokens as one key. */
    public static final String NAME_SET = "name-set";
    /**
     * The blocking fields made of name tokens: pairs blocked on them agree on names by construction,
     * so name comparisons declare these (see {@link Comparison#blockingFields()}).
     */
    public static final Set<String> NAME_FIELDS = Set.of(NAME_PAIR, NAME_SET, Field.GIVEN_NAMES.key(), Field.SURNAMES.key(),
            Field.FULL_NAME.key());

    private static final String WHERE = "matching.blocking";
    private static final String TRANSFORMS = "phonetic, initial or prefix1 to prefix9";

    /** name-pair keys pair up this many of a name's rarest tokens: every pair of an ordinary four-part name. */
    static final int PAIR_TOKENS = 4;
    /** name-set keys are this many of a name's rarest tokens. */
    static final int SET_TOKENS = 3;

    /** One part of a rule: a blocking field ({@link #NAME_PAIR}, {@link #NAME_SET} or a field's key) and its transform, or "". */
    private record Part(String field, String transform) {
    }

    private final String text;
    private final List<Part> parts;

    private BlockingRule(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** @throws IllegalArgumentException naming every unknown field or transform of the rule (see {@link #problems}) */
    public static BlockingRule parse(String text) {
        List<Problem> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.stream().map(Problem::toString).toList()));
        }
        List<Part> parts = new ArrayList<>();
        for (String raw : text.split("\\+")) {
            String p = raw.trim();
            int colon = p.indexOf(':');
            parts.add(colon < 0 ? new Part(p, "") : new Part(p.substring(0, colon), p.substring(colon + 1)));
        }
        return new BlockingRule(text.trim(), parts);
    }

    /** Every problem of a rule's text, one per bad part, each naming the part and the fix; empty when it parses. */
    public static List<Problem> problems(String text) {
        List<Problem> out = new ArrayList<>();
        String[] raw = text.split("\\+");
        for (int i = 0; i < raw.length; i++) {
            String p = raw[i].trim();
            int colon = p.indexOf(':');
            String field = colon < 0 ? p : p.substring(0, colon);
            String transform = colon < 0 ? "" : p.substring(colon + 1);
            if (!isField(field)) {
                out.add(Problem.jobFile(WHERE, "blocking rule '" + text + "': '" + field + "' is not a field",
                        "use id-number, birth-date, given-names, surnames, name-pair, name-set or a mapped field such as postcode"));
            }
            if (!transform.isEmpty() && !transform.equals("phonetic") && !transform.equals("initial") && !transform.matches("prefix[1-9]")) {
                out.add(Problem.jobFile(WHERE, "blocking rule '" + text + "': '" + transform + "' is not a transform", "use " + TRANSFORMS));
            }
            if ((field.equals(NAME_PAIR) || field.equals(NAME_SET)) && (!transform.isEmpty() || i > 0)) {
                out.add(Problem.jobFile(WHERE, "blocking rule '" + text + "': " + field + " comes first and takes no transform",
                        "write it first, alone or followed by other parts: " + field + " + birth-date"));
            }
        }
        return out;
    }

    /** True for the two name keys and every field a source can map. */
    private static boolean isField(String key) {
        return key.equals(NAME_PAIR) || key.equals(NAME_SET) || field(key) != null;
    }

    private static Field field(String key) {
        for (Field f : Field.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    public String text() {
        return text;
    }

    /** The fields the rule's key is made of (name-pair counts as a name field). */
    public List<String> fields() {
        return parts.stream().map(Part::field).toList();
    }

    /** True for rules keyed on the ID number: their keys are never shown in reports. */
    public boolean usesId() {
        return parts.stream().anyMatch(p -> p.field().equals(Field.ID_NUMBER.key()));
    }

    /** True when the keys depend on token frequencies over all records. */
    public boolean needsFrequencies() {
        return parts.get(0).field().equals(NAME_PAIR) || parts.get(0).field().equals(NAME_SET);
    }

    /**
     * The record's keys under this rule: none when a part is missing, several for name-pair.
     *
     * @param frequencies name token → how many records hold it (name-pair only)
     */
    public List<String> keys(PersonRecord r, Map<String, Integer> frequencies) {
        String first = parts.get(0).field();
        List<String> starts = first.equals(NAME_PAIR) ? namePairs(r, frequencies) : first.equals(NAME_SET) ? nameSet(r, frequencies) : List.of("");
        StringBuilder rest = new StringBuilder();
        for (Part p : parts.subList(needsFrequencies() ? 1 : 0, parts.size())) {
            String v = transform(value(r, field(p.field())), p.transform());
            if (v.isEmpty()) {
                return List.of();
            }
            rest.append('|').append(v);
        }
        if (starts.size() == 1) {
            return starts.get(0).isEmpty() && rest.length() == 0 ? List.of() : List.of(starts.get(0) + rest);
        }
        List<String> out = new ArrayList<>(starts.size());
        starts.forEach(k -> out.add(k + rest));
        return out;
    }

    /** The name's three rarest tokens, sorted, as one key: a name written alike, in any order. */
    private static List<String> nameSet(PersonRecord r, Map<String, Integer> frequencies) {
        List<String> rare = rarest(r, frequencies, SET_TOKENS);
        return rare.size() < 2 ? List.of() : List.of(String.join("|", rare.stream().sorted().toList()));
    }

    private static List<String> rarest(PersonRecord r, Map<String, Integer> frequencies, int k) {
        return nameTokens(r).stream()
                .sorted(Comparator.<String>comparingInt(t -> frequencies.getOrDefault(t, 0)).thenComparing(t -> t))
                .limit(k).toList();
    }

    /** Tokens of names used by name-pair: longer than an initial. */
    static List<String> nameTokens(PersonRecord r) {
        return r.name().tokens().stream().filter(t -> t.length() > 1).distinct().toList();
    }

    private static List<String> namePairs(PersonRecord r, Map<String, Integer> frequencies) {
        List<String> tokens = rarest(r, frequencies, PAIR_TOKENS);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int j = i + 1; j < tokens.size(); j++) {
                String a = tokens.get(i);
                String b = tokens.get(j);
                if (!a.equals(b)) {
                    keys.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
                }
            }
        }
        return keys;
    }

    private static String value(PersonRecord r, Field field) {
        return switch (field) {
            case ID_NUMBER -> r.id() == null ? "" : r.id().digits();
            case BIRTH_DATE -> {
                if (r.birthDate() != null) {
                    yield r.birthDate().toString().replace("-", "");
                }
                String digits = r.fields().getOrDefault(Field.BIRTH_DATE, "").replaceAll("[^0-9]", "");
                yield digits.length() == 8 ? digits : "";
            }
            case GIVEN_NAMES -> String.join(" ", r.name().given());
            case SURNAMES -> String.join(" ", r.name().surnames());
            default -> TextFold.fold(r.fields().get(field));
        };
    }

    private static String transform(String v, String t) {
        if (v.isEmpty() || t.isEmpty()) {
            return v;
        }
        if (t.equals("phonetic")) {
            return SpanishPhonetic.key(v);
        }
        if (t.equals("initial")) {
            return v.substring(0, 1);
        }
        int n = Integer.parseInt(t.substring("prefix".length()));
        String s = v.replace(" ", "");
        return s.length() <= n ? s : s.substring(0, n).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text;
    }
}
