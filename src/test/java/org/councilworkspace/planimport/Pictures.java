package org.councilworkspace.planimport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Pictures drawn in the test and put into Word documents the way Word stores them (an inline drawing). */
public final class Pictures {

    private Pictures() {
    }

    /** A Word document with one chapter whose text is a sentence and the picture. */
    public static byte[] docx(String chapter, byte[] png, String alt) {
        return Docx.build(d -> {
            d.heading(1, chapter);
            XWPFParagraph p = d.paragraph();
            d.run(p, "Exports grew. ", false, false);
            addPng(p, png, alt);
        });
    }

    /** A small PNG with a bar on it, different for each {@code shade}. */
    public static byte[] png(int shade) {
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 80, 40);
        g.setColor(new Color(shade % 256, 80, 160));
        g.fillRect(10, 10, 50, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Adds the picture as a run of its own with Word's alt text (the drawing's description). */
    static XWPFRun add(XWPFParagraph p, byte[] content, int type, String fileName, String alt) {
        XWPFRun run = p.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(content), type, fileName, Units.toEMU(60), Units.toEMU(30));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(alt);
        return run;
    }

    static XWPFRun addPng(XWPFParagraph p, byte[] content, String alt) {
        return add(p, content, Document.PICTURE_TYPE_PNG, "chart.png", alt);
    }
}
