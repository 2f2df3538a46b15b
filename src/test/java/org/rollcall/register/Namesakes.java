package org.rollcall.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;
import org.rollcall.text.NationalId;

/**
 * A register kept across nights as the register step keeps it (keys, traits, ids; an earlier key
 * continued under another learns the record's traits), each record its own person, for tests.
 */
final class Namesakes {

    final Map<String, String> ids = new HashMap<>();
    final Map<String, Traits> traits = new HashMap<>();
    private int next;
    IdAssigner.Assignment last;

    /** A record of the list "ngo" at {@code row}. */
    static PersonRecord row(int row, String name, String cedula, String sex, LocalDate born, LocalDate held, String place, String offence) {
        return new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, row, String.valueOf(row), "ngo.xlsx", "Hoja", row, null),
                PersonName.parse(name), cedula == null ? null : NationalId.parse(cedula).orElseThrow(), cedula == null ? "" : cedula, born,
                new Detention(held, place, offence, null, null), Ruling.NONE, List.of(), Map.of(), sex == null ? Map.of() : Map.of("sexo", sex),
                null);
    }

    /** Runs one night on these records (each its own person) and gives each record's person id, in order. */
    List<String> night(PersonRecord... records) {
        List<PersonRecord> list = Arrays.asList(records);
        List<String> keys = RecordKeys.of(list);
        List<Traits> now = list.stream().map(Traits::of).toList();
        RegisterRecords register = RegisterRecords.of(Map.copyOf(ids), Map.copyOf(traits));
        String[] earlier = EarlierKeys.resolve(keys, now, register);
        int[] clusterOf = new int[records.length];
        Arrays.setAll(clusterOf, i -> i);
        last = IdAssigner.assign(clusterOf, records.length, keys, now, register, earlier, () -> String.format("P%06d", ++next));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < records.length; i++) {
            String person = last.personOfCluster()[i];
            ids.put(keys.get(i), person);
            traits.put(keys.get(i), now.get(i));
            if (earlier[i] != null && !earlier[i].equals(keys.get(i))) {
                traits.putIfAbsent(earlier[i], now.get(i));
            }
            out.add(person);
        }
        return out;
    }

    /** Forgets every stored trait: a register written before traits were kept. */
    void writtenBeforeTraits() {
        traits.clear();
    }
}
