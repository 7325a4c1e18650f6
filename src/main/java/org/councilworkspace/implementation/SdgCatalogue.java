package org.councilworkspace.implementation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 17 goals and 169 targets of the 2030 Agenda (A/RES/70/1) as the app ships them, in English, Japanese and
 * Thai: a tab-separated file, one line per goal ("7") or target ("7.2"), in the Agenda's order, under a header line.
 */
final class SdgCatalogue {

    static final String RESOURCE = "/implementation/frameworks/sdg.tsv";

    /** One line of the file; a target's goal is the code before its dot. */
    record Entry(String code, String en, String ja, String th) {

        boolean target() {
            return code.contains(".");
        }

        String goalCode() {
            return target() ? code.substring(0, code.indexOf('.')) : code;
        }
    }

    private static final List<Entry> ENTRIES = load();

    private SdgCatalogue() {
    }

    static List<Entry> entries() {
        return ENTRIES;
    }

    private static List<Entry> load() {
        try (InputStream in = SdgCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(RESOURCE + ": " + cells.length + " cells in " + cells[0]);
                }
                entries.add(new Entry(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
