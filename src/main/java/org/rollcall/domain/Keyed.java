package org.rollcall.domain;

/** An enum value with the spelling job files use for it. */
public interface Keyed {

    /** The spelling in job files and reports, e.g. {@code ngo-list}. */
    String key();
}
