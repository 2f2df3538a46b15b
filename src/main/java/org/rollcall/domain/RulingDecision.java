package org.rollcall.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a court decided on an amnesty request. */
public enum RulingDecision implements Keyed {
    GRANTED("granted"), DENIED("denied"), MILITARY_JURISDICTION("military-jurisdiction"),
    UNDER_REVIEW("under-review"), UNKNOWN("unknown");

    private final String key;

    RulingDecision(String key) {
        this.key = key;
    }

    @JsonValue
    @Override
    public String key() {
        return key;
    }
}
