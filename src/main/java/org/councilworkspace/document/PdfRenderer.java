package org.councilworkspace.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A document as PDF (A4), right in Thai, Japanese and English: shaped glyphs from the app's own fonts, each
 * word with its exact text, lines broken by ICU, a title page, contents with page numbers, header and footer
 * with the document's label, page numbers and, when asked for, line numbers in the margin. The file's
 * metadata carries the document's title and language.
 */
public final class PdfRenderer {

    /** {@code lineNumbers}: number the lines of the text on each page, so a meeting can cite "p. 12, l. 30". */
    public record Options(boolean lineNumbers) {

        public static Options plain() {
            return new Options(false);
        }
    }

    private PdfRenderer() {
    }

    public static byte[] render(CouncilDocument document, Options options) {
        return render(document, options, true);
    }

    /** {@code shaping} off draws every character's default glyph: the tests' proof of what shaping does. */
    static byte[] render(CouncilDocument document, Options options, boolean shaping) {
        Shaper shaper = new Shaper(shaping);
        PdfLayout layout = new PdfLayout(new TextFlow(shaper, family(document.languageTag())));
        List<Page> pages = layout.layout(document);
        try (PDDocument pdf = new PDDocument()) {
            List<PDPage> pdfPages = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                PDPage p = new PDPage(PDRectangle.A4);
                pdf.addPage(p);
                pdfPages.add(p);
            }
            GlyphWriter glyphs = new GlyphWriter(pdf, shaper);
            PageDrawer drawer = new PageDrawer(glyphs, layout, pdfPages, document, options);
            for (int i = 0; i < pages.size(); i++) {
                drawer.draw(pdf, pages.get(i), i);
            }
            Outline.add(pdf, document, layout, pdfPages);
            glyphs.subset();
            metadata(pdf, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
    }

    static Face.Family family(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return switch (language) {
            case "th" -> Face.Family.THAI;
            case "ja" -> Face.Family.JAPANESE;
            default -> Face.Family.LATIN;
        };
    }

    private static void metadata(PDDocument pdf, CouncilDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setCreator("Council Workspace");
        pdf.getDocumentCatalog().setLanguage(document.languageTag());
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
