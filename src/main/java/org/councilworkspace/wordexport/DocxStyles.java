package org.councilworkspace.wordexport;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles Word needs to treat the document as a real one: document defaults that set the language and a font per
 * script (Noto Sans for Latin, Noto Sans JP for East Asian text, Sarabun for Thai, which Word sets as complex
 * script), Title and Subtitle for the title page, Heading 1 to 6 with outline levels (the navigation pane and the
 * contents field read them), the contents heading, and the footnote text and mark.
 */
final class DocxStyles {

    static final String LATIN_FONT = "Noto Sans";
    static final String EAST_ASIAN_FONT = "Noto Sans JP";
    static final String THAI_FONT = "Sarabun";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc, String languageTag) {
        CTStyles all = CTStyles.Factory.newInstance();
        CTRPr defaults = CTRPr.Factory.newInstance();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(EAST_ASIAN_FONT);
        fonts.setCs(THAI_FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(22));
        // Sarabun is drawn small for its size: Thai text is set larger, as Thai government documents are.
        defaults.addNewSzCs().setVal(BigInteger.valueOf(30));
        CTLanguage lang = defaults.addNewLang();
        lang.setVal(latinLanguage(languageTag));
        lang.setEastAsia("ja-JP");
        lang.setBidi("th-TH");
        List<CTStyle> styles = new ArrayList<>();
        styles.add(paragraphStyle("Normal", "Normal", null, 0, false, 22));
        styles.add(paragraphStyle("Title", "Title", "Normal", -1, true, 48));
        styles.add(paragraphStyle("Subtitle", "Subtitle", "Normal", -1, false, 26));
        styles.add(paragraphStyle("TOCHeading", "TOC Heading", "Normal", -1, true, 32));
        int[] sizes = {36, 30, 26, 24, 22, 22};
        for (int level = 1; level <= 6; level++) {
            styles.add(paragraphStyle("Heading" + level, "heading " + level, "Normal", level - 1, true,
                    sizes[level - 1]));
        }
        styles.add(paragraphStyle(FOOTNOTE_TEXT, "footnote text", "Normal", -1, false, 18));
        styles.add(superscript(FOOTNOTE_REFERENCE, "footnote reference"));
        all.addNewDocDefaults().addNewRPrDefault().setRPr(defaults);
        styles.forEach(style -> all.addNewStyle().set(style));
        XWPFStyles part = doc.createStyles();
        part.setStyles(all);
    }

    /** The language Word checks spelling in for Latin text: the document's own when it is written in Latin script. */
    static String latinLanguage(String languageTag) {
        return switch (languageTag.toLowerCase(java.util.Locale.ROOT).split("-")[0]) {
            case "th" -> "th-TH";
            case "ja" -> "ja-JP";
            default -> languageTag.contains("-") ? languageTag : languageTag + (languageTag.equals("en") ? "-GB" : "");
        };
    }

    /** The character style of a footnote's mark, in the text and before the note: raised, as Word's own. */
    private static CTStyle superscript(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.CHARACTER);
        style.addNewName().setVal(name);
        style.addNewRPr().addNewVertAlign().setVal(
                org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun.SUPERSCRIPT);
        return style;
    }

    private static CTStyle paragraphStyle(String id, String name, String basedOn, int outlineLevel, boolean bold,
                                            int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        var ppr = style.addNewPPr();
        if (outlineLevel >= 0 && id.startsWith("Heading")) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            ppr.addNewKeepNext();
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr rpr = style.addNewRPr();
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints + 8));
        return style;
    }
}
