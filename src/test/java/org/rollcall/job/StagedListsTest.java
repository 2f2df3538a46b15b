package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each list's rows are a stage of their own, under a name the stage table takes. */
class StagedListsTest {

    @Test
    void aListsStageIsNamedAfterItsKey() {
        assertThat(StagedLists.stage("people")).isEqualTo("list-people");
    }

    @Test
    void aKeyTooLongForTheStageTableIsCutAndHashedSoTwoLongKeysStayApart() {
        // given two coverage reasons a job file named at length, alike in their first 40 characters
        String a = "not-amnestied-armed-actions-against-sovereignty-with-foreign-involvement";
        String b = "not-amnestied-armed-actions-against-sovereignty-without-foreign-involvement";
        // then
        assertThat(StagedLists.stage(a)).hasSizeLessThanOrEqualTo(StagedLists.MAX_STAGE_NAME).startsWith("list-not-amnestied-")
                .isEqualTo(StagedLists.stage(a)).isNotEqualTo(StagedLists.stage(b));
        assertThat(StagedLists.stage(b)).hasSizeLessThanOrEqualTo(StagedLists.MAX_STAGE_NAME);
    }
}
