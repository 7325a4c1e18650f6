package org.councilworkspace.wordexport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.councilworkspace.document.Block;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * A picture as a Word inline picture on its own paragraph, as wide as it is at 96 pixels to the inch but never wider
 * than the text, with its description as the alt text Word shows and reads aloud (and an import reads back).
 */
final class DocxPictures {

    /** The text's width on an A4 page with Word's default margins, in points. */
    private static final float TEXT_WIDTH = 451;
    private static final float MAX_HEIGHT = 600;

    private DocxPictures() {
    }

    static void write(XWPFParagraph paragraph, Block.Image image) {
        float[] size = image.sizeWithin(TEXT_WIDTH, MAX_HEIGHT);
        XWPFRun run = paragraph.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(image.content()), type(image.content()), "picture." + extension(image.content()),
                    Units.toEMU(size[0]), Units.toEMU(size[1]));
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException("Not a picture Word can hold", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!image.alt().isEmpty()) {
            CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(image.alt());
        }
    }

    private static int type(byte[] content) {
        return switch (extension(content)) {
            case "png" -> Document.PICTURE_TYPE_PNG;
            case "gif" -> Document.PICTURE_TYPE_GIF;
            default -> Document.PICTURE_TYPE_JPEG;
        };
    }

    private static String extension(byte[] content) {
        if (content.length > 3 && (content[0] & 0xFF) == 0x89 && content[1] == 'P') {
            return "png";
        }
        return content.length > 3 && content[0] == 'G' && content[1] == 'I' ? "gif" : "jpg";
    }
}
