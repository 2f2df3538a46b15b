package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What changed since the previous run: new people, people who vanished from a list, status changes. */
public final class Changes {

    private Changes() {
    }

    /**
     * @param newPeople people not seen in the previous run
     * @param vanished people who left a list they were on (one row per person and list)
     * @param statusChanged people whose status changed
     * @param merged people of the previous run found to be the same as another: their id merged into that one's
     */
    public record Result(List<ListRow> newPeople, List<ListRow> vanished, List<ListRow> statusChanged, List<ListRow> merged) {
    }

    /**
     * @param previous each person's state in the previous run
     * @param current each person's state in this run
     * @param mergedInto ids merged in this run into another person's id (a merge, not someone leaving a list)
     */
    public static Result between(List<PersonState> previous, List<PersonState> current, Map<String, String> mergedInto) {
        Map<String, PersonState> nowById = new HashMap<>();
        current.forEach(p -> nowById.put(p.personId(), p));
        List<ListRow> merged = new ArrayList<>();
        Map<String, PersonState> before = new HashMap<>();
        previous.forEach(p -> before.put(p.personId(), p));
        List<ListRow> added = new ArrayList<>();
        List<ListRow> vanished = new ArrayList<>();
        List<ListRow> changed = new ArrayList<>();
        Set<String> now = new HashSet<>();
        for (PersonState p : current) {
            now.add(p.personId());
            PersonState b = before.get(p.personId());
            String rows = p.sourceRows();
            if (b == null) {
                added.add(new ListRow(p.personId(), p.name(), "", rows, "new: " + p.status()));
                continue;
            }
            for (String s : sources(b)) {
                if (!sources(p).contains(s)) {
                    vanished.add(new ListRow(p.personId(), p.name(), "", rows, "no longer on " + s + "; now: " + p.status()));
                }
            }
            if (!b.status().equals(p.status())) {
                changed.add(new ListRow(p.personId(), p.name(), "", rows, b.status() + " → " + p.status()));
            }
        }
        for (PersonState b : previous) {
            String into = mergedInto.get(b.personId());
            if (!now.contains(b.personId()) && into != null) {
                PersonState p = nowById.get(into);
                merged.add(new ListRow(b.personId(), b.name(), "", p == null ? "" : p.sourceRows(), "merged into " + into
                        + (p == null ? "" : " (" + p.name() + ")") + ": the same person; was on " + b.sources() + " (" + b.status() + ")"));
            } else if (!now.contains(b.personId())) {
                vanished.add(new ListRow(b.personId(), b.name(), "", "", "on no list any more; was on " + b.sources() + " (" + b.status() + ")"));
            }
        }
        return new Result(added, vanished, changed, merged);
    }

    private static Set<String> sources(PersonState p) {
        return p.sources().isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(p.sources().split(",")));
    }
}
