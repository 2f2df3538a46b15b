package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Problem;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;
import org.rollcall.text.Messages;

/** A rule value the data never holds is said when it looks like a slip, never when a law names an offence nobody is charged with. */
class RuleValuesTest {

    private static PersonRecord record(int seq, String military, String offence) {
        return new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, seq, String.valueOf(seq), "ngo.csv", null, seq, null),
                PersonName.parse("Persona " + seq), null, "", null, new Detention(null, "", offence, null, null), Ruling.NONE, List.of(),
                Map.of(), Map.of("military", military), List.of());
    }

    private static final List<PersonRecord> RECORDS = List.of(record(1, "Civil", "instigación pública / resistencia a la autoridad"),
            record(2, "Militar", "traición a la patria"), record(3, "Civil", "asociación para delinquir, instigación pública"));

    private static List<Problem> problems(Condition c) {
        return RuleValues.problems(new CoverageRules(new Condition.OnKind(SourceKind.ANNOUNCEMENT),
                List.of(new CoverageRules.Rule("r", "r", c))), RECORDS, Messages.of("en"));
    }

    @Test
    void aValueNoRecordHoldsATypoAwayFromOneTheyHoldIsSaid() {
        assertThat(problems(new Condition.Attribute("military", List.of("Militr"), List.of()))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'Militr'").contains("Militar"));
        assertThat(problems(new Condition.Attribute("military", List.of("Reservista"), List.of()))).as("no value near: perhaps written ahead")
                .isEmpty();
        assertThat(problems(new Condition.Attribute("military", List.of("militar", "CIVIL"), List.of()))).isEmpty();
    }

    @Test
    void numbersOfARangeNoRecordHoldsAreNoSlip() {
        // an age list 70..99 against ages 74 and 45: 73 is another age, not a typo of 74
        assertThat(RuleValues.nearest("73", Set.of("74", "45"))).isNull();
        assertThat(RuleValues.nearest("Militr", Set.of("Civil", "Militar"))).isEqualTo("Militar");
    }

    @Test
    void anOffenceATypoAwayFromTheRecordsIsSaidAndOneNobodyIsChargedWithIsNot() {
        assertThat(problems(new Condition.Offence(List.of("xresistencia a la autoridad")))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("resistencia a la autoridad"));
        assertThat(problems(new Condition.AllOf(List.of(new Condition.NoRuling(), new Condition.Offence(List.of("resistencia de la autoridad")))))).hasSize(1);
        assertThat(problems(new Condition.Offence(List.of("homicidio calificado", "Instigacion Publica", "resistencia a la autoridad")))).isEmpty();
    }
}
