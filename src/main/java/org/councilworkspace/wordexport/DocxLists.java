package org.councilworkspace.wordexport;

import java.math.BigInteger;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.Run;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word lists: each list its own numbering (so numbered lists restart), nested items one level in. */
final class DocxLists {

    private final XWPFDocument doc;
    private final XWPFNumbering numbering;
    private long nextAbstract = 1;

    DocxLists(XWPFDocument doc) {
        this.doc = doc;
        this.numbering = doc.createNumbering();
    }

    void write(Block.ListBlock list, int level, BiConsumer<XWPFParagraph, List<Run>> runs) {
        write(list, level, doc::createParagraph, runs);
    }

    /** A list whose paragraphs come from {@code next}: the body's, or a table cell's. */
    void write(Block.ListBlock list, int level, Supplier<XWPFParagraph> next,
               BiConsumer<XWPFParagraph, List<Run>> runs) {
        BigInteger numId = newList(list.numbered(), list.start());
        for (Block.ListItem item : list.items()) {
            boolean first = true;
            for (Block block : item.blocks()) {
                if (block instanceof Block.ListBlock nested) {
                    write(nested, Math.min(level + 1, 8), next, runs);
                } else if (block instanceof Block.Paragraph p) {
                    XWPFParagraph paragraph = next.get();
                    if (first) {
                        paragraph.setNumID(numId);
                        paragraph.setNumILvl(BigInteger.valueOf(level));
                    } else {
                        paragraph.setIndentationLeft(720 * (level + 1));
                    }
                    runs.accept(paragraph, p.runs());
                    first = false;
                }
            }
        }
    }

    /** A new numbering: a list of its own, counting from {@code start} if numbered. */
    BigInteger newList(boolean numbered, int start) {
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition(numbered, start))));
    }

    private CTAbstractNum definition(boolean numbered, int start) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(nextAbstract++));
        for (int level = 0; level < 9; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.valueOf(numbered && level == 0 ? Math.max(start, 1) : 1));
            lvl.addNewNumFmt().setVal(numbered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(numbered ? "%" + (level + 1) + "." : "•");
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(720L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(360));
        }
        return abstractNum;
    }
}
