package org.rollcall.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The canonical fields a source's columns are mapped to. */
public enum Field implements Keyed {
    /** The record's own reference in its source (the NGO's row-number column, a case number). */
    RECORD_REF("record-ref"),
    FULL_NAME("full-name"),
    GIVEN_NAMES("given-names"),
    SURNAMES("surnames"),
    ID_NUMBER("id-number"),
    BIRTH_DATE("birth-date"),
    DETENTION_DATE("detention-date"),
    PLACE("place"),
    OFFENCE("offence"),
    CASE_NUMBER("case-number"),
    COURT("court"),
    DECISION("decision"),
    DECISION_DATE("decision-date"),
    /** A ruling's stated reason (the "motivo"), e.g. the article of the law behind a denial; rules can test it. */
    RULING_REASON("ruling-reason"),
    NOTES("notes"),
    STREET_NUMBER("street-number"),
    ADDRESS("address"),
    ADDRESS_2("address-2"),
    LOCALITY("locality"),
    POSTCODE("postcode"),
    REGION("region"),
    /** The person's situation on the list's date (detained, released, house arrest…), mapped by 'statuses'. */
    STATUS("status"),
    RELEASE_DATE("release-date");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    @JsonValue
    @Override
    public String key() {
        return key;
    }

    /** True for fields read as dates. */
    public boolean isDate() {
        return this == BIRTH_DATE || this == DETENTION_DATE || this == DECISION_DATE || this == RELEASE_DATE;
    }
}
