package org.councilworkspace.search;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the index's files say before it is opened, and how much room they take. */
final class IndexFiles {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFiles.class);

    private IndexFiles() {
    }

    /** The user data of the last commit; empty when there is no index or an older Lucene wrote it. */
    static Map<String, String> commitData(Directory directory, String location) throws IOException {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IndexFormatTooOldException e) {
            LOG.warn("Search index written by an older Lucene; it will be rebuilt ({})", location);
            return Map.of();
        }
    }

    static long bytes(Directory directory) {
        long bytes = 0;
        try {
            for (String file : directory.listAll()) {
                try {
                    bytes += directory.fileLength(file);
                } catch (NoSuchFileException | FileNotFoundException e) {
                    // Merged away while being counted.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }
}
