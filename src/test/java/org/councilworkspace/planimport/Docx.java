package org.councilworkspace.planimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word documents built in the test, the way Word writes the parts the importer reads. */
final class Docx {

    private final XWPFDocument doc = new XWPFDocument();

    static byte[] build(Consumer<Docx> content) {
        Docx docx = new Docx();
        content.accept(docx);
        return docx.bytes();
    }

    XWPFDocument doc() {
        return doc;
    }

    Docx title(String text) {
        return styled("Title", text);
    }

    Docx heading(int level, String text) {
        return styled("Heading" + level, text);
    }

    Docx styled(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return this;
    }

    Docx paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    XWPFParagraph paragraph() {
        return doc.createParagraph();
    }

    XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        return run;
    }

    /** A paragraph with a tracked insertion and a tracked deletion by a reviewer. */
    Docx trackedChange(String kept, String inserted, String deleted) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(kept);
        CTRunTrackChange ins = p.getCTP().addNewIns();
        ins.setId(BigInteger.ONE);
        ins.setAuthor("Reviewer");
        ins.addNewR().addNewT().setStringValue(inserted);
        CTRunTrackChange del = p.getCTP().addNewDel();
        del.setId(BigInteger.TWO);
        del.setAuthor("Reviewer");
        del.addNewR().addNewDelText().setStringValue(deleted);
        return this;
    }

    /** An element the importer cannot carry, put into a new paragraph by its name (an equation, a text box). */
    Docx element(String namespace, String localName) {
        XWPFParagraph p = doc.createParagraph();
        try (XmlCursor cursor = p.getCTP().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(namespace, localName));
        }
        return this;
    }

    /** A bulleted or numbered Word list, one item per level given (0 = top). */
    Docx list(boolean bullet, Object... levelsAndItems) {
        if (doc.getNumbering() == null) {
            doc.createNumbering();
        }
        XWPFNumbering numbering = doc.getNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        for (int level = 0; level < 3; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal(bullet ? "•" : "%" + (level + 1) + ".");
        }
        BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        for (int i = 0; i < levelsAndItems.length; i += 2) {
            XWPFParagraph p = doc.createParagraph();
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf((Integer) levelsAndItems[i]));
            p.createRun().setText((String) levelsAndItems[i + 1]);
        }
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as Word saves it with "Encrypt with password". */
    static byte[] encrypted(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A small file that unpacks to a document.xml of {@code megabytes} of spaces: a zip bomb shaped like a .docx. */
    static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
        }
        return out.toByteArray();
    }
}
