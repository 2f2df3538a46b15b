package org.rollcall.normalize;

import java.time.LocalDate;

/**
 * A status event read from a list's notes: "Excarcelado el 23/01/2025" is a release on that date.
 *
 * @param date when, or {@code null} when the text could not be read (then {@code problem} says why)
 * @param what released, re-arrested, house-arrest or conditional-release, also when its date cannot be read
 * @param text the part of the notes it was read from, as written
 * @param problem why it could not be read, or {@code null}
 */
public record NoteEvent(LocalDate date, String what, String text, String problem) {

    public boolean readable() {
        return problem == null;
    }
}
