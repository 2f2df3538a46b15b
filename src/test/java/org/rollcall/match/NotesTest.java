package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rollcall.text.Messages;

class NotesTest {

    @Test
    void everyNoteHasItsWordsInSpanishAndEnglish() {
        Messages es = Messages.of("es");
        Messages en = Messages.of("en");
        for (String note : Notes.ALL) {
            assertThat(es.phrase("note", note)).as(note).isNotEqualTo(note).doesNotContain(" the ", " and ");
            assertThat(en.phrase("note", note)).as(note).isEqualTo(note);
        }
    }

    @Test
    void notesJoinedOneAfterAnotherAreEachInTheLanguage() {
        String joined = Notes.JOINED + "; " + Notes.AMBIGUOUS;
        assertThat(Messages.of("es").phrase("note", joined)).startsWith("en una misma persona a través de otros registros; ambiguo: ");
    }
}
