package org.rollcall.sample.other;

import java.time.LocalDate;

/**
 * One dated change in a detainee's situation, as the NGO's notes tell it.
 *
 * @param kind what happened
 * @param date when
 */
record Event(Kind kind, LocalDate date) {

    enum Kind { RELEASED, REARRESTED, HOUSE_ARREST, CONDITIONAL_RELEASE }
}
