package org.councilworkspace.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.MarkdownBlocks;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.meeting.AgendaDocuments;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.wordexport.DocxRenderer;
import org.springframework.stereotype.Component;

/**
 * The papers under the demo meetings' agenda items, uploaded by the secretariat as it would: the draft chapter an
 * item discusses, as PDF and as Word, and short briefing notes. They are written from the seeded text at load time
 * (a page or two each, so loading stays quick) and go through the same upload as a person's file.
 */
@Component
class DemoAgendaDocuments {

    private final AgendaDocuments documents;
    private final DraftingService drafting;

    DemoAgendaDocuments(AgendaDocuments documents, DraftingService drafting) {
        this.documents = documents;
        this.drafting = drafting;
    }

    /** The linked section as it now stands, as "Draft chapter 3.2 …" in PDF and, with {@code word}, in Word too. */
    void draftChapter(Map<String, Long> ids, String who, long itemId, long sectionId, String file, boolean word) {
        SectionDraft draft = as(ids, who, () -> drafting.section(sectionId));
        String title = "Draft chapter " + draft.section().numberedTitle();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, draft.section().number(), draft.section().title(), null));
        blocks.add(Block.Paragraph.of("Draft for discussion, revision " + draft.section().revisionNo()
                + " of the " + draft.plan().title() + ". Not for circulation outside the council."));
        blocks.addAll(MarkdownBlocks.parse(draft.text(), 1));
        CouncilDocument document = new CouncilDocument("en", title, null, draft.plan().title(), blocks);
        upload(ids, who, itemId, title + " (PDF)", file + ".pdf", PdfRenderer.render(document,
                PdfRenderer.Options.plain()));
        if (word) {
            upload(ids, who, itemId, title + " (Word)", file + ".docx", DocxRenderer.render(document));
        }
    }

    /** A briefing note in Word: a title and a few paragraphs, in the council's language. */
    void briefingNote(Map<String, Long> ids, String who, long itemId, String languageTag, String title, String file,
                      List<String> paragraphs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "", title, null));
        paragraphs.forEach(p -> blocks.add(Block.Paragraph.of(p)));
        upload(ids, who, itemId, title, file + ".docx",
                DocxRenderer.render(new CouncilDocument(languageTag, title, null, title, blocks)));
    }

    private void upload(Map<String, Long> ids, String who, long itemId, String title, String file, byte[] content) {
        as(ids, who, () -> documents.upload(itemId, title, file, content, false));
    }

    private static <T> T as(Map<String, Long> ids, String username, java.util.function.Supplier<T> action) {
        return RunAs.user(ids.get(username), username, false, action);
    }
}
