package org.councilworkspace.consultation;

import java.text.Normalizer;
import java.util.Locale;
import org.councilworkspace.base.Secrets;

/** Derived values of a submission: the duplicate fingerprint, the search text, the receipt number. */
final class SubmissionText {

    // No 0/O, 1/I/L: receipt numbers are read out over the phone.
    private static final char[] RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private SubmissionText() {
    }

    /** Same words with different case, spacing or Unicode composition count as the same comment. */
    static String fingerprint(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
        return sha256(normalized);
    }

    static String searchText(String name, String organization, String body) {
        return (name + "\n" + (organization == null ? "" : organization) + "\n" + body).toLowerCase(Locale.ROOT);
    }

    static String receiptNumber(long roundId) {
        StringBuilder s = new StringBuilder("C").append(roundId).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                s.append('-');
            }
            s.append(RECEIPT_ALPHABET[Secrets.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return s.toString();
    }

    static String sha256(String text) {
        return Secrets.sha256Hex(text);
    }
}
