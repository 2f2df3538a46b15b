package org.rollcall.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * A fictional person of the sample, with the truth about them.
 *
 * @param number the person's number in the sample's truth (1-based)
 * @param given given names, properly accented ("José", "Gregorio")
 * @param paternal first surname
 * @param maternal second surname, or {@code null}
 * @param letter cédula letter, V or E
 * @param digits cédula digits
 * @param detained date of detention
 * @param state where held
 * @param offence the offence charged
 */
record SamplePerson(int number, List<String> given, String paternal, String maternal, char letter, String digits,
        LocalDate detained, String state, String offence) {

    String givenText() {
        return String.join(" ", given);
    }

    String surnameText() {
        return maternal == null ? paternal : paternal + " " + maternal;
    }
}
