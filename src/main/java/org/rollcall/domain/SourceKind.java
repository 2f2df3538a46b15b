package org.rollcall.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** What a source is, which decides how its records count in the reconciliation. */
public enum SourceKind implements Keyed {
    /** A civil-society list of people held, one row per detainee (duplicates happen). */
    NGO_LIST("ngo-list"),
    /** A government announcement: a stated figure, sometimes a numbered list of names. */
    ANNOUNCEMENT("announcement"),
    /** Court rulings, one row per case and defendant. */
    COURT_RULINGS("court-rulings"),
    /** Any other list of people (a benchmark file, a partner's register): linked, counted, not reconciled. */
    PERSON_LIST("person-list"),
    /**
     * Never a job file's kind: an entry of an announcement's list that the announcement itself says
     * is not an amnesty ("medida cautelar, sin que constituya amnistía"). Its person is named by the
     * government — linked and counted among the people — but not listed as amnestied.
     */
    OTHER_MEASURE("other-measure"),
    /**
     * Never a job file's kind: a person a correction communiqué takes off an announcement's list
     * ("se excluye de la lista al ciudadano …", "queda sin efecto … respecto de …"). Linked like any
     * record, so that the entry it withdraws is found by name and cédula; never listed itself.
     */
    WITHDRAWAL("withdrawal"),
    /**
     * Never a job file's kind: the person as a correction writes an entry anew ("donde dice X, debe
     * decir Y": Y). Linked like any record; the entry it corrects stays the listed one when both are
     * one person.
     */
    CORRECTION("correction"),
    /**
     * Never read from a file: an announcement's entry that a later correction withdrew (or wrote
     * anew as another person), as the reconciliation marks it. Shown in the person's timeline,
     * never listed.
     */
    WITHDRAWN("withdrawn");

    /** The kinds a job file's source may have. */
    public static List<SourceKind> ofSources() {
        return List.of(NGO_LIST, ANNOUNCEMENT, COURT_RULINGS, PERSON_LIST);
    }

    private final String key;

    SourceKind(String key) {
        this.key = key;
    }

    @JsonValue
    @Override
    public String key() {
        return key;
    }
}
