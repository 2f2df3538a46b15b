package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.PersonRecord;

class PersonTest {

    @Test
    void aPersonIsOnTheKindsOfSourceItsRecordsComeFromAndOnNoOther() {
        // given an NGO row, an announcement entry and a ruling, in that order
        Person p = People.person().ngo("").listed().ruling(RulingDecision.DENIED, "2026-01-02", "").build();

        // when / then
        assertThat(p.on(SourceKind.NGO_LIST)).isTrue();
        assertThat(p.on(SourceKind.ANNOUNCEMENT)).isTrue();
        assertThat(p.on(SourceKind.COURT_RULINGS)).isTrue();
        assertThat(p.on(SourceKind.PERSON_LIST)).isFalse();
    }

    @Test
    void recordsOfAKindAreThatKindsRecordsInInputOrder() {
        // given two NGO rows around a ruling
        Person p = People.person().ngo("a").ruling(RulingDecision.GRANTED, "2026-01-02", "").ngo("b").build();

        // when
        List<PersonRecord> ngo = p.recordsOf(SourceKind.NGO_LIST);

        // then
        assertThat(ngo).extracting(PersonRecord::offence).containsExactly("a", "b");
        assertThat(p.recordsOf(SourceKind.COURT_RULINGS)).hasSize(1);
        assertThat(p.recordsOf(SourceKind.ANNOUNCEMENT)).isEmpty();
    }

    @Test
    void recordsOfTheOnlyKindAreAllTheRecords() {
        // given a person on the NGO list only
        Person p = People.person().ngo("a").ngo("b").build();

        // when / then
        assertThat(p.recordsOf(SourceKind.NGO_LIST)).isEqualTo(p.records());
        assertThat(p.on(SourceKind.COURT_RULINGS)).isFalse();
    }

    @Test
    void twoPeopleWithTheSameIdAndRecordsAreEqual() {
        // given the same records twice
        People records = People.person().ngo("a").listed();

        // when / then
        assertThat(records.build()).isEqualTo(records.build()).hasSameHashCodeAs(records.build());
        assertThat(records.build()).isNotEqualTo(new Person("P0002", records.build().records()));
    }
}
