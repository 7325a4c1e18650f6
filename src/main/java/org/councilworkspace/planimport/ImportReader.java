package org.councilworkspace.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.councilworkspace.base.InvalidInputException;

/**
 * Decides what a file is by its content as well as its name, and refuses what cannot be read with a reason a person
 * can act on: too large, empty, a password-protected Word file, an old .doc, a zip bomb, not a Word document, not
 * text. Every refusal comes before anything is saved.
 */
final class ImportReader {

    /** An entry that unpacks past this is a bomb, whatever its ratio: no real plan's document.xml is near it. */
    static final long MAX_UNPACKED_ENTRY = 200L * 1024 * 1024;

    static {
        // POI's defaults: a ratio under 1:100 is already refused; the entry cap bounds what a sneaky ratio can do.
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_ENTRY);
    }

    private ImportReader() {
    }

    /** The cap on one kept picture when none is given (the application's default). */
    static final long DEFAULT_MAX_IMAGE_BYTES = 5L * 1024 * 1024;

    static ImportPreview read(String fileName, byte[] content, long maxBytes) {
        return read(fileName, content, maxBytes, DEFAULT_MAX_IMAGE_BYTES);
    }

    static ImportPreview read(String fileName, byte[] content, long maxBytes, long maxImageBytes) {
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "import.empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException("file", "import.too-large", maxBytes / (1024 * 1024));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        FileMagic magic = magic(content);
        if (magic == FileMagic.OLE2) {
            throw new InvalidInputException("file", isEncrypted(content) ? "import.encrypted" : "import.old-word");
        }
        if (magic == FileMagic.OOXML || lower.endsWith(".docx")) {
            if (magic != FileMagic.OOXML) {
                throw new InvalidInputException("file", "import.not-docx");
            }
            return docx(name, content, maxImageBytes);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MarkdownReader.read(name, text(content));
        }
        if (lower.endsWith(".txt")) {
            return PlainTextReader.read(name, text(content));
        }
        throw new InvalidInputException("file", "import.unsupported");
    }

    private static ImportPreview docx(String name, byte[] content, long maxImageBytes) {
        try {
            return DocxReader.read(name, content, maxImageBytes);
        } catch (IOException | RuntimeException e) {
            InvalidInputException refusal = new InvalidInputException("file", isZipBomb(e) ? "import.zip-bomb" : "import.not-docx");
            refusal.initCause(e);
            throw refusal;
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static FileMagic magic(byte[] content) {
        try {
            return FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            return FileMagic.UNKNOWN;
        }
    }

    /** A password-protected .docx is an OLE container holding the encrypted package and how it was encrypted. */
    private static boolean isEncrypted(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | EmptyFileException e) {
            return false;
        }
    }

    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new InvalidInputException("file", "import.not-text");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "import.not-text");
        }
    }

    /** The name as the person's computer gave it, without folders or control characters, short enough for a note. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = OutlineCollector.clean(name.substring(name.lastIndexOf('/') + 1));
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return name.isEmpty() ? "document" : name;
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
