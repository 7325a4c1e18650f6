package org.councilworkspace.wordexport;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Word fields (a contents list, a page number) written as Word writes them: begin, instruction, result, end. */
final class DocxFields {

    private DocxFields() {
    }

    /** A field whose result Word computes; {@code placeholder} is shown until it does. */
    static void field(XWPFParagraph p, String instruction, String placeholder) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(placeholder);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
