package org.rollcall.sample.other;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes the fictional people: sex, names, a unique cédula, dates, centre, offences, status
 * history; and the hard cases of real lists: groups of homonyms (one name, several people) and
 * twins (same surnames and birth date, other given names, consecutive cédulas).
 */
final class PeopleMaker {

    private final Random rnd;
    private final Names names;
    private final Set<String> cedulas = new HashSet<>();
    private final List<String> centres = Places.CENTRES.keySet().stream().sorted().toList();

    PeopleMaker(Random rnd, Names names) {
        this.rnd = rnd;
        this.names = names;
    }

    /**
     * {@code count} people numbered from {@code first}, with homonym groups (one per 100 people)
     * and twins (one pair per 130) among them, at that rate in any group however small: on
     * average, not at least one. Until 2026-11-25 every call made at least one of each, so the 16
     * people only courts rule on (a fortieth of the NGO's) always held a group of two or three
     * with one full name — people 690–692 of every run, a rate six times the NGO's, bearing
     * nothing but a name on rulings alone.
     */
    List<Detainee> make(int first, int count) {
        List<Detainee> out = new ArrayList<>();
        int homonymGroups = atRate(count, 100);
        int twins = atRate(count, 130);
        while (out.size() < count) {
            int n = first + out.size();
            if (homonymGroups > 0 && count - out.size() >= 3) {
                homonymGroups--;
                Detainee model = person(n, 'M', names.common('M'), null);
                out.add(model);
                int size = 1 + rnd.nextInt(2);
                for (int k = 1; k <= size; k++) {
                    Detainee other = person(n + k, 'M', model.given(), null);
                    out.add(withNames(other, model.paternal(), model.maternal()));
                }
            } else if (twins > 0 && count - out.size() >= 2) {
                twins--;
                Detainee a = person(n, rnd.nextBoolean() ? 'M' : 'F', null, null);
                Detainee b = person(n + 1, rnd.nextBoolean() ? 'M' : 'F', null, a.birth());
                while (b.given().equals(a.given())) {
                    b = person(n + 1, b.sex(), null, a.birth());
                }
                String next = nextCedula(a.cedula());
                out.add(a);
                out.add(new Detainee(b.number(), b.sex(), b.given(), a.paternal(), a.maternal(), null, a.foreign(), next, a.birth(),
                        b.detained(), b.centre(), b.state(), b.offences(), b.military(), b.profession(), b.history()));
            } else {
                out.add(person(n, rnd.nextInt(100) < 86 ? 'M' : 'F', null, null));
            }
        }
        return out.subList(0, count);
    }

    /** {@code count / per} and one more with the chance of the remainder: on average {@code count / per} exactly. */
    private int atRate(int count, int per) {
        return count / per + (rnd.nextInt(per) < count % per ? 1 : 0);
    }

    private Detainee withNames(Detainee d, String paternal, String maternal) {
        return new Detainee(d.number(), d.sex(), d.given(), paternal, maternal, d.husband(), d.foreign(), d.cedula(), d.birth(), d.detained(),
                d.centre(), d.state(), d.offences(), d.military(), d.profession(), d.history());
    }

    private Detainee person(int number, char sex, String given, LocalDate birth) {
        String g = given != null ? given : names.given(sex);
        String paternal = names.surname();
        String maternal = rnd.nextInt(100) < 4 ? null : names.surname();
        LocalDate born = birth != null ? birth : LocalDate.of(1955, 1, 1).plusDays(rnd.nextInt(50 * 365));
        String husband = sex == 'F' && born.getYear() < 1998 && rnd.nextInt(100) < 25 ? names.surname() : null;
        boolean foreign = rnd.nextInt(100) < 4;
        String cedula = cedula(foreign, born);
        LocalDate detained = LocalDate.of(2024, 7, 29).plusDays(rnd.nextInt(760));
        String centre = centres.get(rnd.nextInt(centres.size()));
        boolean military = rnd.nextInt(100) < 12;
        List<String> offences = offences(military);
        String profession = military ? Places.MILITARY_PROFESSIONS.get(rnd.nextInt(Places.MILITARY_PROFESSIONS.size()))
                : Places.PROFESSIONS.get(rnd.nextInt(Places.PROFESSIONS.size()));
        return new Detainee(number, sex, g, paternal, maternal, husband, foreign, cedula, born, detained, centre,
                Places.CENTRES.get(centre), offences, military, profession, history(detained));
    }

    private List<String> offences(boolean military) {
        List<String> out = new ArrayList<>();
        int n = 1 + (rnd.nextInt(100) < 45 ? 1 : 0) + (rnd.nextInt(100) < 15 ? 1 : 0);
        if (military && rnd.nextInt(100) < 55) {
            out.add(Places.TERRORISM);
        }
        if (rnd.nextInt(100) < 8) {
            out.add(Places.ARMED_ACTIONS);
        }
        while (out.size() < n) {
            String o = Places.OFFENCES.get(Math.min(Places.OFFENCES.size() - 1, (int) Math.abs(rnd.nextGaussian() * 4)));
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    private List<Event> history(LocalDate detained) {
        int kind = rnd.nextInt(1000);
        LocalDate released = detained.plusDays(30 + rnd.nextInt(200));
        List<Event> out = new ArrayList<>();
        if (kind < 65) {
            out.add(new Event(Event.Kind.RELEASED, released));
            out.add(new Event(Event.Kind.REARRESTED, released.plusDays(20 + rnd.nextInt(150))));
            if (kind < 12) {
                out.add(new Event(Event.Kind.HOUSE_ARREST, out.get(1).date().plusDays(15 + rnd.nextInt(60))));
            }
        } else if (kind < 140) {
            out.add(new Event(Event.Kind.RELEASED, released));
        } else if (kind < 180) {
            out.add(new Event(Event.Kind.HOUSE_ARREST, released));
        } else if (kind < 210) {
            out.add(new Event(Event.Kind.CONDITIONAL_RELEASE, released));
        }
        out.removeIf(e -> e.date().isAfter(LocalDate.of(2026, 11, 10)));
        return List.copyOf(out);
    }

    private String cedula(boolean foreign, LocalDate born) {
        while (true) {
            String c;
            if (foreign) {
                int digits = rnd.nextInt(3) < 2 ? 6 : 8;
                c = String.valueOf(digits == 6 ? 100_000 + rnd.nextInt(900_000) : 80_000_000 + rnd.nextInt(4_000_000));
            } else if (born.getYear() < 1972) {
                c = String.valueOf(2_000_000 + rnd.nextInt(7_900_000));
            } else {
                c = String.valueOf(10_000_000 + (born.getYear() - 1972) * 650_000 + rnd.nextInt(650_000));
            }
            if (cedulas.add(c)) {
                return c;
            }
        }
    }

    private String nextCedula(String c) {
        String next = String.valueOf(Long.parseLong(c) + 1);
        while (!cedulas.add(next)) {
            next = String.valueOf(Long.parseLong(next) + 1);
        }
        return next;
    }
}
