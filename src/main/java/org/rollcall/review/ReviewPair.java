package org.rollcall.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * One row of review.xlsx: two records the model could not settle, or linked at a risk.
 *
 * @param pairId stable id of the pair: the same two records give the same id in every run
 * @param keyA register key of the first record ({@link org.rollcall.register.RecordKeys})
 * @param keyB register key of the second record
 * @param priority 1: deciding it changes which lists a person is on (the amnesty figures); 2: it
 *     changes the NGO's count of people; 3: any other (see {@link ReviewSelection})
 * @param probability the model's probability that they are one person
 * @param a the first record, as shown
 * @param b the second record, as shown
 * @param why each field's contribution, and why the pair is here
 */
public record ReviewPair(String pairId, String keyA, String keyB, int priority, double probability, Side a, Side b, String why) {

    /**
     * One record as the reviewer sees it, with the facts that decide.
     *
     * @param where file, sheet and row
     * @param offence the offence the source states, or empty
     * @param birthDate {@code null} when unknown
     * @param detentionDate {@code null} when unknown
     * @param place the detention centre or state, or empty
     * @param status the situation the list states (a {@code Status} key), or empty
     * @param ruling the court's decision as written, or empty
     */
    public record Side(String source, String recordId, String name, String idNumber, String where, String offence, LocalDate birthDate,
            LocalDate detentionDate, String place, String status, String ruling) {
    }

    /** The pair id of two record keys, in either order. */
    public static String idOf(String keyA, String keyB) {
        String first = keyA.compareTo(keyB) <= 0 ? keyA : keyB;
        String second = keyA.compareTo(keyB) <= 0 ? keyB : keyA;
        return "R" + hash(first + "\n" + second).substring(0, 12);
    }

    /** A check of the record fields shown, to tell an edited row. */
    public String check() {
        return hash(a.name() + "|" + a.idNumber() + "|" + b.name() + "|" + b.idNumber()).substring(0, 16);
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
