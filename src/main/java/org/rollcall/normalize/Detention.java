package org.rollcall.normalize;

import java.time.LocalDate;
import org.rollcall.domain.Status;

/**
 * What a list says of a person's detention.
 *
 * @param detentionDate date of detention, or {@code null}
 * @param place state or facility as written
 * @param offence the offence as written
 * @param status the situation the list states, or {@code null} when it has no status column
 * @param releaseDate the date of release the list states, or {@code null}
 */
public record Detention(LocalDate detentionDate, String place, String offence, Status status, LocalDate releaseDate) {

    /** A list that says nothing of the detention. */
    public static final Detention NONE = new Detention(null, "", "", null, null);
}
