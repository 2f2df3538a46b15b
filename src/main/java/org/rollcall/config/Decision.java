package org.rollcall.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a court decided on an amnesty request. */
public enum Decision implements Keyed {
    GRANTED("granted"), DENIED("denied"), MILITARY_JURISDICTION("military-jurisdiction"),
    UNDER_REVIEW("under-review"), UNKNOWN("unknown");

    private final String key;

    Decision(String key) {
        this.key = key;
    }

    @JsonValue
    @Override
    public String key() {
        return key;
    }
}
