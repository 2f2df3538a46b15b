package org.rollcall.normalize;

import java.time.LocalDate;
import org.rollcall.domain.RulingDecision;

/**
 * A court's ruling as a record of court rulings states it (other records carry {@link #NONE}).
 *
 * @param caseNumber court case number
 * @param court the court
 * @param decision the court's decision, {@code null} for records that are not rulings
 * @param rawDecision the decision as written
 * @param decisionDate the date of the ruling, or {@code null}
 */
public record Ruling(String caseNumber, String court, RulingDecision decision, String rawDecision, LocalDate decisionDate) {

    /** No ruling: the record is not a court's. */
    public static final Ruling NONE = new Ruling("", "", null, "", null);
}
