package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.register.RecordKeys;
import org.rollcall.text.Messages;

/** What changed since the previous run: new people, people who vanished from a list, status changes. */
public final class Changes {

    private Changes() {
    }

    /**
     * @param newPeople people not seen in the previous run
     * @param vanished people who left a list they were on (one row per person and list)
     * @param statusChanged people whose status changed
     * @param merged people of the previous run found to be the same as another: their id merged into that one's
     * @param corrected people who kept their id through a record the list corrected (a cédula added, a name's typo fixed)
     * @param notCompared people of the earlier run on a source that could not be read (a file-level problem) in
     *     this run or in that one: neither counted as leaving a list nor as changing status, for nothing is known
     * @param split people of this run made of records an earlier person held (the matching now tells them apart): not new,
     *     and the person they split from did not leave the lists their records are on
     */
    public record Result(List<ListRow> newPeople, List<ListRow> vanished, List<ListRow> statusChanged, List<ListRow> merged,
            List<ListRow> corrected, int notCompared, List<ListRow> split) {

        public Result(List<ListRow> newPeople, List<ListRow> vanished, List<ListRow> statusChanged, List<ListRow> merged) {
            this(newPeople, vanished, statusChanged, merged, List.of(), 0, List.of());
        }
    }

    /**
     * @param previous each person's state in the previous run
     * @param current each person's state in this run
     * @param mergedInto ids merged in this run into another person's id (a merge, not someone leaving a list)
     */
    public static Result between(List<PersonState> previous, List<PersonState> current, Map<String, String> mergedInto) {
        return between(previous, current, mergedInto, Messages.of("en"));
    }

    /** As above, each row's description in the language of {@code m} (the stored statuses rendered in it too). */
    public static Result between(List<PersonState> previous, List<PersonState> current, Map<String, String> mergedInto, Messages m) {
        return between(previous, current, mergedInto, Map.of(), Set.of(), m);
    }

    /**
     * As above, with the people whose corrected record kept their id, and the sources that could not be read.
     *
     * @param corrected person id → the key of the earlier record a record of this run corrects (see {@code RecordKeys})
     * @param unread sources with a file-level problem in this run or in the earlier one: a person the earlier run
     *     had on one of them is not compared (what became of them is not known), neither left a list nor changed
     */
    public static Result between(List<PersonState> previous, List<PersonState> current, Map<String, String> mergedInto,
            Map<String, String> corrected, Set<String> unread, Messages m) {
        return between(previous, current, mergedInto, corrected, Map.of(), unread, m);
    }

    /**
     * As above, with the people split off an earlier person in this run.
     *
     * @param splitFrom each id created in this run for records an earlier person held → that person's id
     */
    public static Result between(List<PersonState> previous, List<PersonState> current, Map<String, String> mergedInto,
            Map<String, String> corrected, Map<String, String> splitFrom, Set<String> unread, Messages m) {
        Map<String, PersonState> nowById = new HashMap<>();
        current.forEach(p -> nowById.put(p.personId(), p));
        List<ListRow> merged = new ArrayList<>();
        Map<String, PersonState> before = new HashMap<>();
        previous.forEach(p -> before.put(p.personId(), p));
        List<ListRow> added = new ArrayList<>();
        List<ListRow> vanished = new ArrayList<>();
        List<ListRow> changed = new ArrayList<>();
        List<ListRow> fixed = new ArrayList<>();
        List<ListRow> split = new ArrayList<>();
        // the lists each earlier person's split-off parts are on: the person did not leave those, the records moved
        Map<String, Set<String>> splitOn = new HashMap<>();
        for (PersonState p : current) {
            String from = splitFrom.get(p.personId());
            if (from != null && !before.containsKey(p.personId())) {
                splitOn.computeIfAbsent(from, k -> new HashSet<>()).addAll(sources(p));
            }
        }
        Set<String> unknown = new HashSet<>();
        previous.stream().filter(b -> !unread.isEmpty() && sources(b).stream().anyMatch(unread::contains)).forEach(b -> unknown.add(b.personId()));
        Set<String> now = new HashSet<>();
        for (PersonState p : current) {
            now.add(p.personId());
            PersonState b = before.get(p.personId());
            String rows = p.sourceRows();
            String key = corrected.get(p.personId());
            if (key != null) {
                fixed.add(new ListRow(p.personId(), p.name(), p.idText(), rows, correction(key, p, m)));
            }
            String from = splitFrom.get(p.personId());
            if (b == null && from != null && before.containsKey(from)) {
                PersonState earlier = before.get(from);
                split.add(new ListRow(p.personId(), p.name(), p.idText(), rows, m.format("change.split", from, earlier.name(), status(p.status(), m))));
                continue;
            }
            if (b == null) {
                added.add(new ListRow(p.personId(), p.name(), p.idText(), rows, m.format("change.new", status(p.status(), m))));
                continue;
            }
            if (unknown.contains(p.personId())) {
                continue;
            }
            for (String s : sources(b)) {
                if (!sources(p).contains(s) && !splitOn.getOrDefault(p.personId(), Set.of()).contains(s)) {
                    vanished.add(new ListRow(p.personId(), p.name(), p.idText(), rows, m.format("change.left-list", s, status(p.status(), m))));
                }
            }
            if (changed(b.status(), p.status())) {
                changed.add(new ListRow(p.personId(), p.name(), p.idText(), rows, m.format("change.status", status(b.status(), m), status(p.status(), m))));
            }
        }
        for (PersonState b : previous) {
            String into = mergedInto.get(b.personId());
            if (!now.contains(b.personId()) && into != null) {
                PersonState p = nowById.get(into);
                merged.add(new ListRow(b.personId(), b.name(), p == null ? "" : p.idText(), p == null ? "" : p.sourceRows(), p == null
                        ? m.format("change.merged", into, b.sources(), status(b.status(), m))
                        : m.format("change.merged-named", into, p.name(), b.sources(), status(b.status(), m))));
            } else if (!now.contains(b.personId()) && !unknown.contains(b.personId()) && !splitOn.containsKey(b.personId())) {
                vanished.add(new ListRow(b.personId(), b.name(), "", "", m.format("change.no-list", b.sources(), status(b.status(), m))));
            }
        }
        return new Result(added, vanished, changed, merged, fixed, unknown.size(), split);
    }

    /** What a corrected record was: "the same person, corrected on ngo: was "de leon arraiz omira" (without cédula); now: …". */
    private static String correction(String key, PersonState p, Messages m) {
        String[] parts = RecordKeys.parts(key);
        if (parts == null) {
            return m.format("change.corrected", "", key, "", status(p.status(), m));
        }
        String id = parts[2].isEmpty() ? m.get("change.no-id") : m.format("change.id", parts[2]);
        return m.format("change.corrected", parts[0], parts[1], id, status(p.status(), m));
    }

    /**
     * A person's stored status (kept in English in the database, so that runs compare alike: an NGO
     * person's "amnestied: court", "not amnestied: outside-period" as the job's rules decide; others'
     * "on the amnesty list; court: granted", "court: denied", "listed only in tribunales"; the older
     * "not covered: no-ruling") in the language of {@code m}; a status of another form as stored.
     */
    static String status(String stored, Messages m) {
        int ngo = stored.indexOf(NGO_STATUS);
        if (ngo >= 0) {
            String key = stored.substring(ngo + NGO_STATUS.length());
            key = key.endsWith(REARRESTED) ? key.substring(0, key.length() - REARRESTED.length()) : key;
            return status(stored.substring(0, ngo), m) + "; " + m.format("state.ngo", ngoWord(key, m));
        }
        int court = stored.indexOf(COURT_STATUS);
        if (court >= 0 && ngoPlace(stored)) {
            String key = stored.substring(court + COURT_STATUS.length());
            return status(stored.substring(0, court), m) + (key.equals(NO_RULING) ? "" : "; " + m.format("state.court", decision(key, m)));
        }
        Matcher x;
        if (stored.startsWith(AMNESTIED)) {
            String via = stored.substring(AMNESTIED.length());
            return m.get(via.equals("list") ? "state.amnestied-list" : via.equals("court") ? "state.amnestied-court" : "state.amnestied-other");
        } else if (stored.startsWith(NOT_AMNESTIED)) {
            String reason = stored.substring(NOT_AMNESTIED.length());
            return m.format("state.not-amnestied", m.has("reason." + reason) ? m.get("reason." + reason) : reason);
        } else if (stored.equals(ON_LIST)) {
            return m.get("state.on-list");
        } else if ((x = ON_LIST_COURT.matcher(stored)).matches()) {
            return m.format("state.on-list-court", decision(x.group(1), m));
        } else if ((x = NOT_COVERED.matcher(stored)).matches()) {
            String key = "reason." + x.group(1);
            return m.format("state.not-covered", m.has(key) ? m.get(key) : x.group(1));
        } else if ((x = COURT.matcher(stored)).matches()) {
            return m.format("state.court", decision(x.group(1), m));
        } else if ((x = LISTED_ONLY.matcher(stored)).matches()) {
            return m.format("state.listed-only", x.group(1));
        }
        return stored;
    }

    /** Between a stored status and where the NGO says the person is now: "not covered: no-ruling; ngo: released". */
    static final String NGO_STATUS = "; ngo: ";

    /** Between an NGO person's place and the deciding court decision: "amnestied: list; court: denied; ngo: detained". */
    static final String COURT_STATUS = "; court: ";

    /** After where the NGO says the person is: an earlier run saw the person released and the next one detained again. */
    public static final String REARRESTED = "; re-arrested";

    /** The court decision of an NGO person no court has ruled on. */
    static final String NO_RULING = "none";

    /** Where the NGO says a person is (a status key: released, house-arrest …) in the report's language. */
    static String ngoWord(String key, Messages m) {
        return key == null ? "" : m.has("event." + key) ? m.get("event." + key) : key;
    }

    /**
     * Person id → where the NGO said the person was in a run's stored states (its status key, followed by
     * {@link #REARRESTED} when a run saw the person re-arrested), for those the NGO lists.
     */
    public static Map<String, String> ngoStatuses(List<PersonState> states) {
        Map<String, String> out = new HashMap<>();
        for (PersonState s : states) {
            int at = s.status().indexOf(NGO_STATUS);
            if (at >= 0) {
                out.put(s.personId(), s.status().substring(at + NGO_STATUS.length()));
            }
        }
        return out;
    }

    /**
     * True when a person's status changed: what the reconciliation says of them, or where the NGO
     * says they are now. A status stored before the NGO's word was kept (no "; ngo: ") is compared
     * without it, so that the first run after an upgrade does not report every person as changed.
     */
    static boolean changed(String before, String now) {
        boolean hadNgo = before.contains(NGO_STATUS);
        String nowCompared = hadNgo || !now.contains(NGO_STATUS) ? now : now.substring(0, now.indexOf(NGO_STATUS));
        if (ngoPlace(before) && !before.contains(COURT_STATUS)) {
            nowCompared = withoutCourt(nowCompared); // stored before the court's decision was kept with an NGO person's place
        }
        if (ngoPlace(nowCompared) && (before.startsWith(ON_LIST) || before.startsWith("not covered: "))) {
            // stored before NGO people's places followed the job's rules: only where the NGO says they are can be compared
            return !ngoWord(before).equals(ngoWord(nowCompared));
        }
        return !before.equals(nowCompared);
    }

    /** An NGO person's place as the job's rules decide it: "amnestied: list", "not amnestied: no-ruling". */
    static final String AMNESTIED = "amnestied: ";
    static final String NOT_AMNESTIED = "not amnestied: ";

    private static String withoutCourt(String status) {
        int court = status.indexOf(COURT_STATUS);
        if (court < 0 || !ngoPlace(status)) {
            return status;
        }
        int ngo = status.indexOf(NGO_STATUS);
        return status.substring(0, court) + (ngo > court ? status.substring(ngo) : "");
    }

    private static boolean ngoPlace(String status) {
        return status.startsWith(AMNESTIED) || status.startsWith(NOT_AMNESTIED);
    }

    private static String ngoWord(String status) {
        int at = status.indexOf(NGO_STATUS);
        return at < 0 ? "" : status.substring(at);
    }

    private static final String ON_LIST = "on the amnesty list";
    private static final Pattern ON_LIST_COURT = Pattern.compile("on the amnesty list; court: (.+)");
    private static final Pattern NOT_COVERED = Pattern.compile("not covered: (.+)");
    private static final Pattern COURT = Pattern.compile("court: (.+)");
    private static final Pattern LISTED_ONLY = Pattern.compile("listed only in (.+)");

    private static String decision(String key, Messages m) {
        return m.has("decision." + key) ? m.get("decision." + key) : key;
    }

    private static Set<String> sources(PersonState p) {
        return p.sources().isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(p.sources().split(",")));
    }
}
