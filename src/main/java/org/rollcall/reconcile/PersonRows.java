package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rollcall.text.Messages;

/**
 * A person's row as every list shows it (id, name, cédula, source rows, latest date), built once
 * per person and shared by every list the person is on: a person is on ten or more lists, and at
 * a million records building the source-row text and the timeline again for each list held
 * several copies of the same text (the reconciliation did not fit in 2 GiB). A row with a detail
 * shares the parts of the person's row; a row without one is the person's row itself.
 */
final class PersonRows {

    private final Messages msg;
    private final Map<Person, ListRow> rows = new IdentityHashMap<>();

    PersonRows(Messages msg) {
        this.msg = msg;
    }

    /**
     * Builds the rows of these people at once, on both cores: each is the work of its own person (its source rows'
     * text, its timeline's latest date), and a million records' people took seconds one after the other.
     */
    void prepare(List<Person> people) {
        ListRow[] built = people.parallelStream().map(this::build).toArray(ListRow[]::new);
        for (int i = 0; i < built.length; i++) {
            rows.putIfAbsent(people.get(i), built[i]);
        }
    }

    /**
     * The person's row with this detail ({@code ""} for none). Safe from several threads once every person asked for
     * is {@link #prepare prepared} (the map is then only read).
     */
    ListRow row(Person p, String detail) {
        ListRow known = rows.get(p);
        ListRow base = known != null ? known : rows.computeIfAbsent(p, this::build);
        return detail == null || detail.isEmpty() ? base
                : new ListRow(base.entityId(), base.name(), base.idNumber(), base.sourceRows(), detail, base.date());
    }

    /** The latest dated event of the person's timeline, or {@code null}. */
    LocalDate latest(Person p) {
        return row(p, "").date();
    }

    private ListRow build(Person p) {
        return new ListRow(p.entityId(), p.name(), p.idText(),
                p.records().stream().map(r -> Reconciler.ref(r, msg)).collect(Collectors.joining("; ")), "", Timeline.latest(p));
    }
}
