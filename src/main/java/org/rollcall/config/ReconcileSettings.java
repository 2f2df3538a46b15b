package org.rollcall.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.rollcall.domain.Field;
import org.rollcall.domain.Keyed;
import org.rollcall.domain.RulingDecision;

/**
 * How the reconciliation decides who is amnestied and, in order, why the others are not: the
 * law's rules as data. Without {@code amnestied} a person is amnestied when on any announcement
 * list or granted amnesty by any court; without {@code reasons} the reasons are those of a common
 * amnesty (military jurisdiction, each exclusion, denied, under review, no ruling). Checked by
 * {@link ReconcileRulesCheck}.
 *
 * @param exclusions offences the amnesty excludes (the older form of a reason: an offence that
 *     matches, unless a court is still reviewing the request); not together with {@code reasons}
 * @param amnestied who counts as amnestied, or {@code null} for the default
 * @param reasons the reasons for the others, in order: the first that holds decides; empty for the defaults
 */
public record ReconcileSettings(List<Exclusion> exclusions, Condition amnestied, List<Reason> reasons) {

    public static final ReconcileSettings DEFAULTS = new ReconcileSettings(null, null, null);

    public ReconcileSettings {
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Settings with exclusions only (the older form). */
    public ReconcileSettings(List<Exclusion> exclusions) {
        this(exclusions, null, null);
    }

    /**
     * An offence the amnesty excludes.
     *
     * @param name what the report calls it
     * @param offences texts that identify it in an offence or ruling (case and accents ignored, any part of the text)
     */
    public record Exclusion(String name, List<String> offences) {

        public Exclusion {
            offences = offences == null ? List.of() : List.copyOf(offences);
        }
    }

    /**
     * A reason a person is not amnestied.
     *
     * @param id names the figure {@code not-amnestied-<id>} ({@code [a-z0-9-]+})
     * @param label what it means, for people
     * @param when the condition; absent only with {@code otherwise}
     * @param otherwise true for a last reason that holds for everyone left
     */
    public record Reason(String id, String label, Condition when, Boolean otherwise) {

        public boolean isOtherwise() {
            return Boolean.TRUE.equals(otherwise);
        }
    }

    /**
     * A condition on a person, as written: exactly one of its keys is set.
     *
     * @param allOf holds when every one holds
     * @param anyOf holds when at least one holds
     * @param not holds when this one does not
     * @param ruling a test of the person's court rulings
     * @param noRuling {@code true}: the person has no court ruling
     * @param offence the offence text of any of the person's records contains one of these (folded, whole words)
     * @param onList the person is on one of these sources (source ids)
     * @param attribute a test of a mapped attribute of any of the person's records
     * @param date a test of a date of the person's records (a mapped date field, or an attribute holding dates)
     * @param age a test of the person's age on a date, from the birth dates of their records
     */
    public record Condition(
            @JsonProperty("all-of") List<Condition> allOf,
            @JsonProperty("any-of") List<Condition> anyOf,
            Condition not,
            RulingTest ruling,
            @JsonProperty("no-ruling") Boolean noRuling,
            List<String> offence,
            @JsonProperty("on-list") List<String> onList,
            AttributeTest attribute,
            DateTest date,
            AgeTest age) {

        /** How many of the keys are set: a valid condition has exactly one. */
        public int keysSet() {
            int n = 0;
            for (Object o : new Object[] {allOf, anyOf, not, ruling, noRuling, offence, onList, attribute, date, age}) {
                n += o == null ? 0 : 1;
            }
            return n;
        }
    }

    /**
     * A test of a person's court rulings: which rulings (any, the latest, all), and what each must
     * say; every key given must hold for the same ruling.
     *
     * @param rulings the quantifier (default any)
     * @param decision the ruling's decision is one of these
     * @param reason the ruling's stated reason (column ruling-reason) contains one of these (folded, whole words)
     * @param offence the ruling's offence contains one of these (folded, whole words)
     */
    public record RulingTest(Quantifier rulings, List<RulingDecision> decision, List<String> reason, List<String> offence) {

        public RulingTest {
            rulings = rulings == null ? Quantifier.ANY : rulings;
            // a value the loader could not read is null here; the loader has already named it, a second error would only confuse
            decision = decision == null ? List.of() : decision.stream().filter(Objects::nonNull).toList();
            reason = reason == null ? List.of() : reason.stream().filter(Objects::nonNull).toList();
            offence = offence == null ? List.of() : offence.stream().filter(Objects::nonNull).toList();
        }
    }

    /** Which of a person's rulings a ruling test looks at. */
    public enum Quantifier implements Keyed {
        /** At least one ruling. */
        ANY("any"),
        /** The latest ruling (by decision date, then position in its file). */
        LATEST("latest"),
        /** Every ruling, and at least one. */
        ALL("all");

        private final String key;

        Quantifier(String key) {
            this.key = key;
        }

        @JsonValue
        @Override
        public String key() {
            return key;
        }
    }

    /**
     * A test of a mapped attribute (a source's {@code attributes:}) on any of the person's records:
     * exactly one of {@code is}, {@code contains}, or the numeric bounds (one or two, for an
     * attribute whose values are numbers: "70", "70 años", "70,5").
     *
     * @param name the attribute's name
     * @param is the value equals one of these (case and accents ignored)
     * @param contains the value contains one of these (case and accents ignored, whole words)
     * @param atLeast the value is a number ≥ this (as written in the job file; checked by the loader)
     * @param atMost the value is a number ≤ this
     * @param lessThan the value is a number &lt; this
     * @param greaterThan the value is a number &gt; this
     */
    public record AttributeTest(String name, @JsonProperty("is") List<String> is, List<String> contains,
            @JsonProperty("at-least") String atLeast, @JsonProperty("at-most") String atMost,
            @JsonProperty("less-than") String lessThan, @JsonProperty("greater-than") String greaterThan) {

        public AttributeTest {
            is = is == null ? List.of() : List.copyOf(is);
            contains = contains == null ? List.of() : List.copyOf(contains);
        }

        /** True when a numeric bound is given. */
        public boolean numeric() {
            return atLeast != null || atMost != null || lessThan != null || greaterThan != null;
        }
    }

    /**
     * A test of a date of the person's records: it lies between {@code from} and {@code to}, both
     * inclusive, either left out for an open end. Exactly one of {@code field} and {@code attribute}.
     *
     * @param field a mapped date field: birth-date, detention-date, release-date or decision-date
     * @param attribute an attribute whose values are dates
     * @param from the first date in the period (yyyy-MM-dd, as written; checked by the loader), or {@code null}
     * @param to the last date in the period, or {@code null}
     */
    public record DateTest(Field field, String attribute, String from, String to) {
    }

    /**
     * A test of the person's age in whole years on a date, from the birth dates of their records:
     * one or two bounds, and the date.
     *
     * @param on the date the age is taken on (yyyy-MM-dd), required: the law's date, never the run's
     */
    public record AgeTest(@JsonProperty("at-least") String atLeast, @JsonProperty("at-most") String atMost,
            @JsonProperty("less-than") String lessThan, @JsonProperty("greater-than") String greaterThan, String on) {
    }
}
