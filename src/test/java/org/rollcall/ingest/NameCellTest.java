package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rollcall.text.Messages;

/** A name cell holding a note, a date or stray digits is no person; names of every usual shape still are. */
class NameCellTest {

    private static final Messages ES = Messages.of("es");

    @Test
    void aNoteTypedInTheNameColumnIsNotAName() {
        assertThat(NameCell.notAName("Actualizado por Carmen Rosa Parra el 20/11/2026", ES)).startsWith("la columna del nombre tiene una nota");
        assertThat(NameCell.notAName("Nota: faltan datos de Lara", ES)).startsWith("la columna del nombre tiene una nota");
        assertThat(NameCell.notAName("Última actualización: noviembre", ES)).isNotNull();
        assertThat(NameCell.notAName("Fuente: familiares", ES)).isNotNull();
    }

    @Test
    void aDateOrStrayDigitsInTheNameCellAreNotAName() {
        assertThat(NameCell.notAName("20/11/2026", ES)).startsWith("la columna del nombre tiene una fecha");
        assertThat(NameCell.notAName("Pedro Pérez 3-nov-2025", ES)).startsWith("la columna del nombre tiene una fecha");
        assertThat(NameCell.notAName("Pedro Pérez 20 de noviembre de 2026", ES)).startsWith("la columna del nombre tiene una fecha");
        assertThat(NameCell.notAName("2026-11-20", ES)).isNotNull();
        assertThat(NameCell.notAName("123", ES)).startsWith("la columna del nombre tiene cifras");
        assertThat(NameCell.notAName("María López 45", ES)).isNotNull();
    }

    @Test
    void namesOfEveryUsualShapeStillRead() {
        for (String name : new String[] {"Gerardo Guevara Álvarez", "GUEVARA ÁLVAREZ, Gerardo", "Luis Alberto Pérez II",
                "Juan Carlos Díaz Rojas III", "Pedro Díaz (alias El Gocho)", "María de los Ángeles Díaz de Pérez", "José Pérez 2do",
                "Ana Rosa Núñez V-12.345.678", "JOSE L. DIAZ LOPEZ", "O'Connor Ruiz, Patricia", "Luis Martínez C.I. 8601646",
                "Noel Ortiz", "Fuentes Rivas, Ana", "Lastenia Mora", "FUENTE MORALES, José", "Last, John", "Nota Ruiz, Elena",
                "GIL HERRERA, Marta 1ra", "DE LA FUENTE, Ana 2da", "Revisado Pérez, Luis", "Luis Pérez 1era"}) {
            assertThat(NameCell.notAName(name, ES)).as(name).isNull();
        }
        assertThat(NameCell.notAName("  ", ES)).isNull();
    }
}
