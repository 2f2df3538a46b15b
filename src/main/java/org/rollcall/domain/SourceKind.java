package org.rollcall.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a source is, which decides how its records count in the reconciliation. */
public enum SourceKind implements Keyed {
    /** A civil-society list of people held, one row per detainee (duplicates happen). */
    NGO_LIST("ngo-list"),
    /** A government announcement: a stated figure, sometimes a numbered list of names. */
    ANNOUNCEMENT("announcement"),
    /** Court rulings, one row per case and defendant. */
    COURT_RULINGS("court-rulings"),
    /** Any other list of people (a benchmark file, a partner's register): linked, counted, not reconciled. */
    PERSON_LIST("person-list");

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
