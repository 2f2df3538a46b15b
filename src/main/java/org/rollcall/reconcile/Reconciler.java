package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rollcall.domain.RulingDecision;
import org.rollcall.config.ReconcileSettings;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.ingest.Claim;
import org.rollcall.ingest.RejectedRow;
import org.rollcall.match.Linkage;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

/**
 * Computes the headline figures and the list of people or rows behind each one, from the linked
 * records. A counted figure is, by construction, the row count of its list; a stated figure (the
 * number an announcement gives) comes with the sentence it was read from.
 */
public final class Reconciler {

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, List<ListRow>> lists = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final String[] entityOf;
    private final Messages msg;
    private final PersonRows rows;
    private final ListSink sink;
    /** The claims that make {@code announced}: each communiqué's own figure, a correction's total in place of what it corrects. */
    private CorrectedFigures.Result corrected;
    /** Claims that may state a running total, each with the earlier communiqués' sum it is as large as. */
    private final Map<Claim, Long> runningTotalBefore = new HashMap<>();
    /** Person id → where the NGO said the person was in the previous run. */
    private Map<String, String> earlierNgo = Map.of();

    /** English words: the default of the static helpers, and of the register's machine data. */
    static final Messages ENGLISH = Messages.of("en");

    private Reconciler(List<PersonRecord> records, int[] clusterOf, int clusters, String[] personOfCluster, Messages msg, ListSink sink) {
        this.msg = msg;
        this.sink = sink;
        this.rows = new PersonRows(msg);
        entityOf = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            entityOf[i] = personOfCluster != null ? personOfCluster[clusterOf[i]] : entityId(clusterOf[i]);
        }
        people.addAll(people(records, clusterOf, clusters, personOfCluster));
    }

    /**
     * The people of a run: each cluster's records, in input order.
     *
     * @param personOfCluster the register's person id of each cluster, or {@code null} to number them P0001, P0002, …
     */
    public static List<Person> people(List<PersonRecord> records, int[] clusterOf, int clusters, String[] personOfCluster) {
        List<List<PersonRecord>> grouped = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            grouped.add(new ArrayList<>());
        }
        for (int i = 0; i < records.size(); i++) {
            grouped.get(clusterOf[i]).add(records.get(i));
        }
        List<Person> out = new ArrayList<>(clusters);
        for (int c = 0; c < clusters; c++) {
            out.add(new Person(personOfCluster != null ? personOfCluster[c] : entityId(c), grouped.get(c)));
        }
        return out;
    }

    /**
     * @param records every normalised record of the run
     * @param linkage the person (cluster) of each record
     * @param pairs the pairs a person is asked to decide, in review order (see {@code review.ReviewSelection}); each is listed
     * @param claims figures the sources state
     * @param rejected rows that could not be used
     * @param settings excluded offences
     * @param personOfCluster the register's person id of each cluster, or {@code null} to number them P0001, P0002, …
     */
    public static Reconciliation reconcile(List<PersonRecord> records, Linkage linkage, List<ScoredPair> pairs,
            List<Claim> claims, List<RejectedRow> rejected, ReconcileSettings settings, String[] personOfCluster) {
        return reconcile(records, linkage, pairs, claims, rejected, settings, personOfCluster, ENGLISH);
    }

    /**
     * As {@link #reconcile(List, Linkage, List, List, List, ReconcileSettings, String[])}, with the
     * lists' details (evidence, source references, timelines) written in the report's language.
     */
    public static Reconciliation reconcile(List<PersonRecord> records, Linkage linkage, List<ScoredPair> pairs,
            List<Claim> claims, List<RejectedRow> rejected, ReconcileSettings settings, String[] personOfCluster, Messages msg) {
        return reconcile(records, linkage, pairs, claims, rejected, settings, personOfCluster, msg, ListSink.IN_MEMORY);
    }

    /**
     * As {@link #reconcile(List, Linkage, List, List, List, ReconcileSettings, String[], Messages)}, handing each
     * list to {@code sink} as soon as it is counted: the reconciliation holds what the sink gives back.
     */
    public static Reconciliation reconcile(List<PersonRecord> records, Linkage linkage, List<ScoredPair> pairs,
            List<Claim> claims, List<RejectedRow> rejected, ReconcileSettings settings, String[] personOfCluster, Messages msg,
            ListSink sink) {
        return reconcile(records, linkage, pairs, claims, rejected, settings, personOfCluster, msg, sink, Map.of());
    }

    /**
     * As above, knowing where the NGO said each person was in the previous run ({@link Changes#ngoStatuses}): a
     * person the NGO showed out of prison then and shows detained now was released and re-arrested, though
     * tonight's row no longer says so.
     *
     * @param earlierNgo person id → the NGO's status key in the previous run (released, detained …)
     */
    public static Reconciliation reconcile(List<PersonRecord> records, Linkage linkage, List<ScoredPair> pairs,
            List<Claim> claims, List<RejectedRow> rejected, ReconcileSettings settings, String[] personOfCluster, Messages msg,
            ListSink sink, Map<String, String> earlierNgo) {
        // a correction communiqué takes entries off the lists (or writes them anew): those entries are no longer listed, and its total
        // replaces the figure it corrects
        CorrectedFigures.Result corrected = CorrectedFigures.of(claims, records, msg);
        claims = corrected.claims();
        records = Withdrawals.apply(records, linkage.clusterOf(), msg).records();
        Reconciler r = new Reconciler(records, linkage.clusterOf(), linkage.clusters(), personOfCluster, msg, sink);
        r.corrected = corrected;
        r.earlierNgo = earlierNgo;
        r.rows.prepare(r.people);
        sink.people(r.people.stream().map(p -> r.personRow(p, "")).toList());
        r.ngoFigures();
        r.announcementFigures(claims, records);
        r.rulingFigures();
        r.coverageFigures(settings);
        AmnestyFigures.of(r.people, CoverageRules.from(settings, msg), msg, r.rows).forEach((key, c) -> r.counted(key, c.label(), c.rows()));
        r.counted("unreadable-events", "notes that name a status event whose date cannot be read, each with the text", r.people.stream()
                .flatMap(p -> Timeline.unreadable(p, msg).stream()).toList());
        r.claimFigures(claims, rejected);
        r.reviewPairs(records, pairs);
        r.counted("rejected-rows", "rows rejected, each with its reason", rejected.stream().map(r::rejectedRow).toList());
        List<EntityRow> entities = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            entities.add(new EntityRow(r.entityOf[i], records.get(i).sourceId(), records.get(i).recordRef()));
        }
        // a possible running total is said on its claim too, so that the report's headline can say the announced figure is uncertain
        List<Claim> stated = claims.stream().map(c -> r.runningTotalBefore.containsKey(c) && c.problem() == null ? new Claim(c.sourceId(), c.file(), c.line(),
                c.subject(), c.value(), c.text(), msg.format("claim.running-total", String.valueOf(c.value()), String.valueOf(r.runningTotalBefore.get(c))),
                c.date(), c.sheet()) : c).toList();
        return new Reconciliation(r.figures, r.lists, stated, entities, r.states(settings));
    }

    /** The id of a person in this run: "P0001" for the first cluster. */
    public static String entityId(int cluster) {
        return String.format("P%04d", cluster + 1);
    }

    private void ngoFigures() {
        List<Person> ngo = with(SourceKind.NGO_LIST);
        List<ListRow> rows = new ArrayList<>();
        List<ListRow> duplicates = new ArrayList<>();
        for (Person p : ngo) {
            List<PersonRecord> own = p.recordsOf(SourceKind.NGO_LIST);
            own.forEach(r -> rows.add(recordRow(p, r, "")));
            own.subList(1, own.size()).forEach(r -> duplicates.add(recordRow(p, r, msg.format("detail.repeats", ref(own.get(0), msg)))));
        }
        counted("ngo-rows", "NGO rows kept as records (rows read minus rejected and ignored rows)", rows);
        counted("ngo-people", "unique people on the NGO list", ngo.stream().map(p -> personRow(p, "")).toList());
        counted("ngo-duplicate-rows", "NGO rows that repeat a person already on the list", duplicates);
    }

    private void announcementFigures(List<Claim> claims, List<PersonRecord> records) {
        // each communiqué states its own figure: the first of each file, summed over the files of every announcement source
        // (a glob matching the 34 of one communiqué and the 5 of the next announces 39, not the first file's 34)
        // a communiqué that states only a release ("la libertad plena de 120 ciudadanos") announces that figure (claims come from announcements only);
        // a correction's total replaces the figure it corrects, which is listed, not summed (CorrectedFigures)
        figures.add(new Figure("announced", corrected.making().stream().mapToLong(Claim::value).sum(),
                "people announced as amnestied (stated in the communiqué)", true));
        List<Claim> shown = claims.stream().filter(c -> corrected.making().contains(c) || corrected.replacedBy().containsKey(c)).toList();
        lists.put("announced", sink.keep("announced", shown.stream().map(c -> new ListRow("", "", "",
                c.sourceId() + " (" + c.file() + msg.format("where.line", String.valueOf(c.line())) + ")",
                corrected.shown(c, msg))).toList()));

        List<ListRow> listed = new ArrayList<>();
        for (Person p : people) {
            p.recordsOf(SourceKind.ANNOUNCEMENT).forEach(r -> listed.add(recordRow(p, r, "")));
        }
        listed.sort(Comparator.comparing(ListRow::sourceRows));
        counted("listed", "names actually listed in the announcement", listed);
        List<Person> listedPeople = with(SourceKind.ANNOUNCEMENT);
        counted("listed-on-ngo-list", "listed people found on the NGO list",
                listedPeople.stream().filter(p -> p.on(SourceKind.NGO_LIST)).map(p -> personRow(p, "")).toList());
        counted("listed-unknown-to-ngo", "listed people unknown to the NGO",
                listedPeople.stream().filter(p -> !p.on(SourceKind.NGO_LIST)).map(p -> personRow(p, "")).toList());
        counted("listed-granted-by-court", "listed people whose latest court ruling granted amnesty", listedPeople.stream()
                .filter(p -> Coverage.decidingRuling(p) != null && Coverage.decidingRuling(p).decision() == RulingDecision.GRANTED)
                .map(p -> personRow(p, describeRuling(p))).toList());
        counted("listed-released", "listed people an NGO list shows as out of prison (free, released with or without conditions, or in house arrest)",
                listedPeople.stream().filter(Timeline::out).map(p -> personRow(p, Timeline.text(Timeline.of(p, msg), msg))).toList());
        if (people.stream().anyMatch(p -> Withdrawals.OFF_LIST.stream().anyMatch(p::on))) {
            // only when a correction was read: the figures of a run without one stay as they were
            counted("listed-withdrawn", "announcement entries a correction took off the list, each naming the correction", Withdrawals.rows(people, msg));
        }
        counted("ngo-not-listed", "NGO people not on the amnesty list",
                with(SourceKind.NGO_LIST).stream().filter(p -> !p.on(SourceKind.ANNOUNCEMENT)).map(p -> personRow(p, "")).toList());
    }

    private void rulingFigures() {
        Map<RulingDecision, List<ListRow>> byDecision = new LinkedHashMap<>();
        for (RulingDecision d : RulingDecision.values()) {
            byDecision.put(d, new ArrayList<>());
        }
        List<ListRow> all = new ArrayList<>();
        for (Person p : people) {
            for (PersonRecord r : p.recordsOf(SourceKind.COURT_RULINGS)) {
                ListRow row = recordRow(p, r, decisionText(r));
                all.add(row);
                byDecision.get(r.decision()).add(row);
            }
        }
        counted("rulings", "court rulings read", all);
        counted("ruled-people", "people with at least one court ruling", with(SourceKind.COURT_RULINGS).stream().map(p -> personRow(p, "")).toList());
        byDecision.forEach((d, rows) -> counted("rulings-" + d.key(), "court rulings: " + d.key().replace('-', ' '), rows));
    }

    /** Each person's sources and status, for the register's change detection. */
    private List<PersonState> states(ReconcileSettings settings) {
        CoverageRules rules = CoverageRules.from(settings, msg);
        Condition granted = new Condition.Rulings(ReconcileSettings.Quantifier.ANY, Set.of(RulingDecision.GRANTED), List.of(), List.of());
        // each person's place is the person's own work (the rules decided again): on both cores, in the people's order
        List<String[]> places = people.parallelStream().map(p -> place(p, rules, granted)).toList();
        List<PersonState> out = new ArrayList<>(people.size());
        // a few sources and statuses, each one text shared by every person who has it (half a million people at the largest)
        Map<String, String> shared = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            String sources = shared.computeIfAbsent(places.get(i)[0], k -> k);
            // the person's source rows in the report's language: the text every list row of the person already shares
            out.add(new PersonState(p.entityId(), p.name(), sources, shared.computeIfAbsent(places.get(i)[1], k -> k), personRow(p, "").sourceRows(),
                    p.idText()));
        }
        return out;
    }

    /** A person's sources ("ngo,tribunales") and status, as {@link #states} stores them. */
    private String[] place(Person p, CoverageRules rules, Condition granted) {
        // an entry a correction withdrew, and the correction's own records, put nobody on a list (the withdrawn are said to leave it)
        String sources = p.records().stream().filter(r -> !Withdrawals.OFF_LIST.contains(r.kind())).map(PersonRecord::sourceId).distinct()
                .collect(Collectors.joining(","));
        PersonRecord ruling = Coverage.decidingRuling(p);
        String status;
        if (p.on(SourceKind.NGO_LIST)) {
            // an NGO person's place as the job's own rules decide it: the figures' words, not an older view of coverage
            CoverageRules.Outcome o = rules.decide(p, msg);
            status = (o.amnestied() ? Changes.AMNESTIED + (p.on(SourceKind.ANNOUNCEMENT) ? "list" : granted.test(p, msg) != null ? "court" : "other")
                    : Changes.NOT_AMNESTIED + o.ruleId())
                    // a court's decision moves the person even where the place stays (a grant reversed on appeal, a listed person denied)
                    + Changes.COURT_STATUS + (ruling == null ? Changes.NO_RULING : ruling.decision().key());
        } else if (p.on(SourceKind.ANNOUNCEMENT)) {
            status = "on the amnesty list" + (ruling == null ? "" : "; court: " + ruling.decision().key());
        } else if (ruling != null) {
            status = "court: " + ruling.decision().key();
        } else {
            status = "listed only in " + sources;
        }
        String held = Timeline.ngoStatus(p);
        if (held != null) {
            status += Changes.NGO_STATUS + held; // released by the NGO's own word is a change too, whatever the coverage
            if (backInside(p)) {
                status += Changes.REARRESTED; // a re-arrest only two runs showed stays known on the nights after
            }
        }
        return new String[] {sources, status};
    }

    /** NGO people not on the amnesty list, one list per reason; and the other gaps. */
    private void coverageFigures(ReconcileSettings settings) {
        Map<Coverage.Reason, List<ListRow>> byReason = new EnumMap<>(Coverage.Reason.class);
        for (Coverage.Reason reason : Coverage.Reason.values()) {
            byReason.put(reason, new ArrayList<>());
        }
        for (Person p : with(SourceKind.NGO_LIST)) {
            if (!p.on(SourceKind.ANNOUNCEMENT)) {
                Coverage.Verdict v = Coverage.classify(p, settings.exclusions(), msg);
                byReason.get(v.reason()).add(personRow(p, v.why()));
            }
        }
        if (settings.reasons().isEmpty()) {
            // the older view, by the older exclusions: beside a job's own reasons it would answer another law's question
            byReason.forEach((reason, rows) -> counted("not-covered-" + reason.key(), "NGO people not on the amnesty list: " + reason.label(), rows));
        }
        counted("ruled-not-on-any-list", "people with a court ruling who are on no list", people.stream()
                .filter(p -> p.on(SourceKind.COURT_RULINGS) && !p.on(SourceKind.NGO_LIST) && !p.on(SourceKind.ANNOUNCEMENT)
                        && !p.on(SourceKind.OTHER_MEASURE) && !p.on(SourceKind.WITHDRAWN))
                .map(p -> personRow(p, describeRuling(p))).toList());
        List<ListRow> stillHeld = new ArrayList<>();
        for (Person p : people) {
            PersonRecord ruling = Coverage.decidingRuling(p);
            if (ruling != null && ruling.decision() == RulingDecision.GRANTED) {
                PersonRecord held = Timeline.stillDetained(p, ruling.decisionDate());
                if (held != null) {
                    stillHeld.add(personRow(p, msg.format("coverage.still-held",
                            ruling.decisionDate() == null ? "" : msg.format("date.on", ruling.decisionDate().toString()) + " ",
                            ruling.caseNumber(), held.sourceId(),
                            held.snapshotDate() == null ? "" : " " + msg.format("date.on", held.snapshotDate().toString()))));
                }
            }
        }
        counted("granted-still-detained", "people granted amnesty by a court whom an NGO list still shows as detained", stillHeld);
        List<ListRow> rearrested = new ArrayList<>();
        for (Person p : people) {
            // the person's own records say so, or only the previous run does (each asked once: this is every person of the run)
            String across = Timeline.rearrested(p) ? "" : backInside(p) ? "; " + acrossRuns(earlierNgo.get(p.entityId())) : null;
            if (across != null) {
                rearrested.add(personRow(p, Timeline.textWithSources(Timeline.of(p, msg), msg) + across));
            }
        }
        counted("released-and-rearrested", "people released and detained again", rearrested);
        // each person's timeline in words is the person's own work: on both cores, in the people's order
        counted("people", "people on any list, each with their dated status timeline", people.parallelStream()
                .map(p -> personRow(p, Timeline.text(Timeline.of(p, msg), msg) + p.attributesText())).toList());
        counted("granted-not-on-government-list", "people granted amnesty by a court who are not on the amnesty list", people.stream()
                .filter(p -> !p.on(SourceKind.ANNOUNCEMENT))
                .filter(p -> Coverage.decidingRuling(p) != null && Coverage.decidingRuling(p).decision() == RulingDecision.GRANTED)
                .map(p -> personRow(p, describeRuling(p))).toList());
    }

    /**
     * The NGO showed the person out of prison in the previous run (released, at home, free) and shows
     * them detained now; or an earlier run found so ({@link Changes#REARRESTED} in the stored state).
     */
    private boolean backInside(Person p) {
        String before = earlierNgo.get(p.entityId());
        if (before == null) {
            return false;
        }
        return before.endsWith(Changes.REARRESTED) || OUT_KEYS.contains(before) && Status.DETAINED.key().equals(Timeline.ngoStatus(p));
    }

    /** Why only the runs tell of a re-arrest: the previous run showed the person out, or an earlier run already found it. */
    private String acrossRuns(String before) {
        return before.endsWith(Changes.REARRESTED) ? msg.get("rearrested.earlier-run")
                : msg.format("rearrested.across-runs", Changes.ngoWord(before, msg));
    }

    private static final Set<String> OUT_KEYS = Set.of(Status.RELEASED.key(), Status.CONDITIONAL_RELEASE.key(), Status.HOUSE_ARREST.key(),
            Status.FREE.key());

    private String describeRuling(Person p) {
        PersonRecord r = Coverage.decidingRuling(p);
        return r == null ? "" : decisionText(r);
    }

    /**
     * A later communiqué of a source whose figure is as large as the earlier ones' together may state
     * a running total ("ya son 39"): summed, those people would count twice. Said, not corrected.
     */
    private void runningTotals(List<Claim> claims, List<ListRow> rows) {
        Map<String, Map<String, Claim>> firstOfFile = new LinkedHashMap<>();
        claims.stream().filter(c -> c.subject().equals("amnestied")).forEach(c ->
                firstOfFile.computeIfAbsent(c.sourceId(), k -> new LinkedHashMap<>()).putIfAbsent(c.file(), c));
        firstOfFile.values().forEach(files -> {
            long before = 0;
            for (Claim c : files.values()) {
                if (before > 0 && c.value() >= before) {
                    rows.add(new ListRow("", "", "", c.sourceId() + " (" + c.file() + msg.format("where.line", String.valueOf(c.line())) + ")",
                            msg.format("claim.running-total", String.valueOf(c.value()), String.valueOf(before))));
                    runningTotalBefore.put(c, before);
                }
                before += c.value();
            }
        });
    }

    /** Stated figures that disagree with the rows: announced vs listed, a totals row vs the rows it totals. */
    private void claimFigures(List<Claim> claims, List<RejectedRow> rejected) {
        List<ListRow> rows = new ArrayList<>();
        long announced = figures.stream().filter(f -> f.key().equals("announced")).mapToLong(Figure::value).sum();
        long listed = lists.get("listed").size();
        long listedPeople = lists.get("listed-people").size();
        // a list that names one person twice agrees with a figure of its people: only the people are the claim's to match
        if (announced > 0 && listed > 0 && announced != listedPeople) {
            String where = String.join("; ", lists.get("announced").stream().map(ListRow::sourceRows).toList());
            rows.add(new ListRow("", "", "", where, ListedEntries.explain(announced, people, rejected, msg)));
        }
        runningTotals(claims, rows);
        // a totals row counts the rows of its sheet, or of its file (several totals of one sheet agree when they add up)
        Map<String, List<Claim>> totalsByFile = new LinkedHashMap<>();
        claims.stream().filter(c -> c.subject().equals("stated-total"))
                .forEach(c -> totalsByFile.computeIfAbsent(totalsKey(c), k -> new ArrayList<>()).add(c));
        Map<String, long[]> counts = new HashMap<>();
        totalsByFile.forEach((key, group) -> counts.put(key, fileCounts(group.get(0), rejected)));
        for (Claim c : claims) {
            if (!c.subject().equals("stated-total")) {
                continue;
            }
            String key = totalsKey(c);
            long[] n = counts.get(key);
            long read = n[0];
            long kept = n[1];
            long persons = n[2];
            List<Claim> group = totalsByFile.get(key);
            long sum = group.stream().mapToLong(Claim::value).filter(v -> v >= 0).sum(); // a totals row without a figure adds nothing
            boolean sumAgrees = group.size() > 1 && (sum == read || sum == kept || sum == persons);
            // a total may count the rows, the rows kept, or the people once each (a list that repeats a person): any of them agrees
            if (!sumAgrees && c.value() != read && c.value() != kept && c.value() != persons) {
                rows.add(new ListRow("", "", "", c.sourceId() + " (" + c.file() + (c.sheet() == null ? "" : msg.format("where.sheet", c.sheet()))
                        + msg.format("where.row", String.valueOf(c.line())) + ")",
                        msg.format("claim.totals-row", String.valueOf(c.value()), String.valueOf(read), String.valueOf(read - c.value()), c.text(),
                                String.valueOf(persons), kept, read - kept)));
            }
            if (c.problem() != null) {
                rows.add(new ListRow("", "", "", c.sourceId() + " (" + c.file() + msg.format("where.row", String.valueOf(c.line())) + ")", c.problem()));
            }
        }
        claims.stream().filter(c -> !c.subject().equals("stated-total") && c.problem() != null).forEach(c -> rows.add(new ListRow("", "", "",
                c.sourceId() + " (" + c.file() + msg.format("where.line", String.valueOf(c.line())) + ")", c.problem() + ": " + c.text())));
        counted("claims-disagreeing", "stated figures that disagree with the lists", rows);
    }

    private static String totalsKey(Claim c) {
        return c.sourceId() + "\u0000" + c.file() + "\u0000" + (c.sheet() == null ? "" : c.sheet());
    }

    /** [rows read (kept and rejected), rows kept, people] of the file (and sheet) a totals row stands in. */
    private long[] fileCounts(Claim c, List<RejectedRow> rejected) {
        String sourceId = c.sourceId();
        String file = c.file();
        String sheet = c.sheet();
        Predicate<PersonRecord> mine = r -> r.sourceId().equals(sourceId) && r.file().equals(file) && (sheet == null || sheet.equals(r.sheet()));
        long kept = people.stream().flatMap(p -> p.records().stream()).filter(mine).count();
        long read = kept + rejected.stream().filter(r -> r.sourceId().equals(sourceId) && file.equals(r.file()) && !r.isWholeFile()
                && (sheet == null || sheet.equals(r.sheet()))).count();
        long persons = people.stream().filter(p -> p.records().stream().anyMatch(mine)).count();
        return new long[] {read, kept, persons};
    }

    private void reviewPairs(List<PersonRecord> records, List<ScoredPair> pairs) {
        List<ListRow> rows = new ArrayList<>();
        for (ScoredPair p : pairs) {
            PersonRecord a = records.get(p.a());
            PersonRecord b = records.get(p.b());
            String why = p.contributions().stream()
                    .map(c -> msg.comparison(c.field()) + " " + msg.phrase("level", c.level()) + " " + String.format(Locale.ROOT, "%+.1f", c.weight()))
                    .collect(Collectors.joining(", "));
            rows.add(new ListRow(entityOf[p.a()] + " / " + entityOf[p.b()], a.name().display() + " / " + b.name().display(),
                    (a.id() == null ? a.rawId() : a.id().toString()) + " / " + (b.id() == null ? b.rawId() : b.id().toString()),
                    ref(a, msg) + "; " + ref(b, msg),
                    msg.format("pair.probability", String.format(Locale.ROOT, "%.3f", p.probability())) + why + (p.note() == null ? "" : "; " + msg.phrase("note", p.note()))));
        }
        counted("pairs-to-review", "pairs of records a person should decide (not linked, or linked at a risk), not yet decided", rows);
    }

    private void counted(String key, String label, List<ListRow> rows) {
        figures.add(new Figure(key, rows.size(), label, false));
        lists.put(key, sink.keep(key, rows));
    }

    private List<Person> with(SourceKind kind) {
        return people.stream().filter(p -> p.on(kind)).toList();
    }

    private ListRow personRow(Person p, String detail) {
        return rows.row(p, detail);
    }

    private ListRow recordRow(Person p, PersonRecord r, String detail) {
        return recordRow(p, r, detail, msg);
    }

    static ListRow recordRow(Person p, PersonRecord r, String detail, Messages m) {
        String problems = String.join("; ", r.problems());
        String text = detail.isEmpty() ? problems : problems.isEmpty() ? detail : detail + "; " + problems;
        LocalDate date = r.decisionDate() != null ? r.decisionDate() : r.detentionDate() != null ? r.detentionDate() : r.snapshotDate();
        return new ListRow(p.entityId(), r.name().display(), r.id() != null ? r.id().toString() : r.rawId(), ref(r, m), text, date);
    }

    private ListRow rejectedRow(RejectedRow r) {
        String where = r.file() + (r.sheet() == null ? "" : msg.format("where.sheet", r.sheet()))
                + (r.isWholeFile() ? "" : msg.format(r.sheet() == null ? "where.line" : "where.row", String.valueOf(r.row())));
        return new ListRow("", "", "", r.sourceId() + " (" + where + ")", r.reason() + (r.raw().isEmpty() ? "" : " — " + r.raw()));
    }

    private String decisionText(PersonRecord r) {
        return msg.format("ruling.text", decision(msg, r.decision()), r.rawDecision()) + (r.caseNumber().isEmpty() ? "" : msg.format("ruling.case", r.caseNumber()))
                + (r.decisionDate() == null ? "" : ", " + r.decisionDate());
    }

    /** "ngo #12 (input/ngo.xlsx, sheet 'Detenidos', row 15)". */
    static String ref(PersonRecord r) {
        return ref(r, ENGLISH);
    }

    /** {@link #ref(PersonRecord)} in a report's language: "ngo #12 (input/ngo.xlsx, hoja 'Detenidos', fila 15)". */
    static String ref(PersonRecord r, Messages m) {
        return r.sourceId() + " #" + r.recordRef() + " (" + r.provenance(m) + ")";
    }

    /** A court decision in words: "granted", "amnistía otorgada". */
    static String decision(Messages m, RulingDecision d) {
        return m.has("decision." + d.key()) ? m.get("decision." + d.key()) : d.key();
    }
}
