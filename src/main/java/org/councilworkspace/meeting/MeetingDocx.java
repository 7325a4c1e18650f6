package org.councilworkspace.meeting;

import org.councilworkspace.wordexport.DocxRenderer;

/**
 * The agenda and the minutes as Word files: the same documents as their PDFs, for ministries that mark them up in
 * Word before the meeting or send corrections to the minutes that way.
 */
public final class MeetingDocx {

    private MeetingDocx() {
    }

    public static byte[] agenda(MeetingPack pack, PrintLabels labels) {
        return DocxRenderer.render(AgendaPdf.document(pack, labels, false));
    }

    /** The meeting pack: the agenda, the texts up for discussion and the amendments, as the pack PDF has them. */
    public static byte[] pack(MeetingPack pack, PrintLabels labels) {
        return DocxRenderer.render(AgendaPdf.document(pack, labels, true));
    }

    public static byte[] minutes(Minutes minutes, PrintLabels labels) {
        return DocxRenderer.render(MinutesPdf.document(minutes, labels));
    }
}
