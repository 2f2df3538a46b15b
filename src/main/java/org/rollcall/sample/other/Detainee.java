package org.rollcall.sample.other;

import java.time.LocalDate;
import java.util.List;

/**
 * A fictional person of the independent lists: who they really are, before any list writes them.
 *
 * @param number the person's number in the truth (1-based)
 * @param sex 'M' or 'F'
 * @param given given names as one string ("José Gregorio", "María de los Ángeles")
 * @param paternal first surname, possibly with a particle ("del Castillo")
 * @param maternal second surname, or null for a person with one surname
 * @param husband a married woman's husband's surname ("Peña" for "… de Peña"), else null
 * @param foreign true for an E- (foreigner's) cédula
 * @param cedula the cédula's digits, 6 to 8
 * @param birth birth date
 * @param detained first detention date
 * @param centre canonical detention centre (see {@link Places#CENTRES})
 * @param state the state (entidad) of the centre
 * @param offences offences charged, 1 to 3
 * @param military true for a member of the armed or security forces
 * @param profession profession or trade
 * @param history later changes, in date order
 */
record Detainee(int number, char sex, String given, String paternal, String maternal, String husband, boolean foreign, String cedula,
        LocalDate birth, LocalDate detained, String centre, String state, List<String> offences, boolean military, String profession,
        List<Event> history) {

    /** True when the history has a release followed by a re-arrest. */
    boolean releasedAndRearrested() {
        boolean released = false;
        for (Event e : history) {
            if (e.kind() == Event.Kind.RELEASED) {
                released = true;
            } else if (released && e.kind() == Event.Kind.REARRESTED) {
                return true;
            }
        }
        return false;
    }

    /** The last re-arrest date, or null. */
    LocalDate rearrested() {
        LocalDate d = null;
        for (Event e : history) {
            if (e.kind() == Event.Kind.REARRESTED) {
                d = e.date();
            }
        }
        return d;
    }

    /** "V-12345678" or "E-619036". */
    String prefixedCedula() {
        return (foreign ? "E-" : "V-") + cedula;
    }
}
