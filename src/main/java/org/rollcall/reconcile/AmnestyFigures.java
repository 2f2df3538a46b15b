package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.config.ReconcileSettings.Quantifier;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

/**
 * The figures that follow the law's rules: of the NGO's people, who is amnestied (via a list, via
 * a court only) and who is not, by reason; who a court granted yet no announcement lists (known
 * to the NGO or not); unique people listed and duplicate list entries. Each figure's list holds
 * one row per person (or entry), the row's detail naming the deciding rule and its evidence.
 */
final class AmnestyFigures {

    /**
     * A counted figure: its label and the rows behind it.
     */
    record Counted(String label, List<ListRow> rows) {
    }

    private AmnestyFigures() {
    }

    static Map<String, Counted> of(List<Person> people, CoverageRules rules, Messages m, PersonRows personRows) {
        Map<String, Counted> out = new LinkedHashMap<>();
        List<ListRow> amnestied = new ArrayList<>();
        List<ListRow> viaList = new ArrayList<>();
        List<ListRow> viaCourt = new ArrayList<>();
        List<ListRow> viaOther = new ArrayList<>();
        Condition granted = new Condition.Rulings(Quantifier.ANY, Set.of(RulingDecision.GRANTED), List.of(), List.of());
        List<ListRow> not = new ArrayList<>();
        Map<String, List<ListRow>> byReason = new LinkedHashMap<>();
        rules.reasons().forEach(r -> byReason.put(r.id(), new ArrayList<>()));
        for (Person p : people) {
            if (!p.on(SourceKind.NGO_LIST)) {
                continue;
            }
            CoverageRules.Outcome o = rules.decide(p, m);
            ListRow row = personRows.row(p, o.detail(m, p.sex()));
            if (o.amnestied()) {
                amnestied.add(row);
                (p.on(SourceKind.ANNOUNCEMENT) ? viaList : granted.test(p, m) != null ? viaCourt : viaOther).add(row);
            } else {
                not.add(row);
                byReason.get(o.ruleId()).add(row);
            }
        }
        out.put("amnestied", new Counted("NGO people amnestied by the rules (on a list or granted by a court, by default)", amnestied));
        out.put("amnestied-via-list", new Counted("amnestied NGO people on an announcement list", viaList));
        out.put("amnestied-via-court-only", new Counted("amnestied NGO people on no announcement list, granted by a court", viaCourt));
        if (!viaOther.isEmpty() || rules.testsValues()) {
            // a job's own amnestied rule (an age, a period) amnesties people neither a list nor a court names
            out.put("amnestied-via-other-conditions",
                    new Counted("amnestied NGO people on no announcement list and granted by no court (by the job's own amnestied rule)", viaOther));
        }
        out.put("not-amnestied", new Counted("NGO people not amnestied, each with the first reason that holds", not));
        for (CoverageRules.Rule r : rules.reasons()) {
            out.put("not-amnestied-" + r.id(), new Counted("not amnestied: " + r.label(), byReason.get(r.id())));
        }
        grantedNotListed(people, out, m, personRows);
        listedFigures(people, out, m, personRows);
        return out;
    }

    /** People with at least one ruling that granted amnesty, on no announcement list. */
    private static void grantedNotListed(List<Person> people, Map<String, Counted> out, Messages m, PersonRows personRows) {
        List<ListRow> all = new ArrayList<>();
        List<ListRow> known = new ArrayList<>();
        List<ListRow> unknown = new ArrayList<>();
        Condition granted = new Condition.Rulings(Quantifier.ANY,
                Set.of(RulingDecision.GRANTED), List.of(), List.of());
        for (Person p : people) {
            Condition.Evidence e = p.on(SourceKind.ANNOUNCEMENT) ? null : granted.test(p, m);
            if (e != null) {
                ListRow row = personRows.row(p, e.text());
                all.add(row);
                (p.on(SourceKind.NGO_LIST) ? known : unknown).add(row);
            }
        }
        out.put("granted-not-listed", new Counted("people a court granted amnesty (any ruling) who are on no announcement list", all));
        out.put("granted-not-listed-known-to-ngo", new Counted("of those, people on the NGO list", known));
        out.put("granted-not-listed-unknown-to-ngo", new Counted("of those, people the NGO does not list", unknown));
    }

    /** Unique people on the announcement lists, and the entries that repeat one of them. */
    private static void listedFigures(List<Person> people, Map<String, Counted> out, Messages m, PersonRows personRows) {
        List<ListRow> unique = new ArrayList<>();
        List<ListRow> duplicates = new ArrayList<>();
        for (Person p : people) {
            List<PersonRecord> entries = p.recordsOf(SourceKind.ANNOUNCEMENT);
            if (entries.isEmpty()) {
                continue;
            }
            unique.add(personRows.row(p, entries.size() == 1 ? "" : m.format("detail.entries", String.valueOf(entries.size()))));
            entries.subList(1, entries.size()).forEach(r -> duplicates.add(Reconciler.recordRow(p, r,
                    m.format("detail.repeats", Reconciler.ref(entries.get(0), m)), m)));
        }
        out.put("listed-people", new Counted("unique people named in the announcements", unique));
        out.put("listed-duplicate-entries", new Counted("announcement entries that repeat a person already named", duplicates));
    }
}
