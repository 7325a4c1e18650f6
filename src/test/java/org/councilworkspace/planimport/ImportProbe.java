package org.councilworkspace.planimport;

/** The import's reader, for the benchmark next door: how many sections a document gives. */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static int sections(String fileName, byte[] content) {
        return ImportReader.read(fileName, content, Long.MAX_VALUE).sections().size();
    }
}
