package org.rollcall.sample.other;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the independent lists say, before it is written in a layout: who is on which list,
 * each record's slips, and every ruling. The truth is computed from this, never from the files'
 * parsing.
 *
 * @param people every person, NGO people first ({@code ngoSize} of them)
 * @param ngoRows the NGO list's rows in file order; a row without a person is unusable (rejected)
 * @param entries the announcement's entries in list order (a person may appear twice)
 * @param rulings court rulings in file order
 * @param announced the figure the announcement states
 * @param snapshot the date the NGO list describes
 */
record World(List<Detainee> people, List<NgoRow> ngoRows, List<Entry> entries, List<Ruling> rulings, int announced, LocalDate snapshot) {

    /**
     * How one record writes its person: the slips a volunteer or a clerk makes.
     *
     * @param noCedula the record has no cédula
     * @param cedulaSlip two adjacent digits of the cédula swapped
     * @param typo one letter of the first given name changed
     * @param initial the first given name written as its initial ("Y. Alberto")
     * @param shortName only the first given name and the first surname ("Julio González")
     * @param alias the first given name written in another spelling (Jhonny → Jonny)
     * @param married a married woman written with her husband's surname ("… del Castillo de Peña")
     * @param noMaternal the second surname left out
     * @param pick a random number for the writer's choices of case, accents and cédula form
     */
    record Look(boolean noCedula, boolean cedulaSlip, boolean typo, boolean initial, boolean shortName, boolean alias, boolean married,
            boolean noMaternal, int pick) {
    }

    /**
     * A row of the NGO list.
     *
     * @param person the person, or null for a row nothing identifies (rejected on reading)
     * @param detained the detention date this row states
     * @param centre the canonical centre this row states
     * @param rearrestRow true for a second row written after a re-arrest
     * @param look how the row writes the person
     */
    record NgoRow(Detainee person, LocalDate detained, String centre, boolean rearrestRow, Look look) {
    }

    /** An entry of the announcement's list. */
    record Entry(Detainee person, Look look) {
    }

    /**
     * A court ruling on one defendant.
     *
     * @param decision canonical: granted, denied, military-jurisdiction, under-review
     * @param motive the reason as the court writes it ("" when none)
     * @param motiveKind for a denial: "9.2", "9.4" or "other"; else null
     */
    record Ruling(Detainee person, String caseNumber, String court, String decision, String motive, String motiveKind, LocalDate date,
            Look look) {
    }
}
