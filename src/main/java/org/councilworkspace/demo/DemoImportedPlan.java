package org.councilworkspace.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.planimport.ImportPreview;
import org.councilworkspace.planimport.ImportService;
import org.springframework.stereotype.Component;

/**
 * The automotive council's previous master plan (2022–2026), brought in the way a secretariat would: the Word file
 * it was circulated as, imported by the secretariat through the import service.
 */
@Component
class DemoImportedPlan {

    static final String FILE = "automotive-master-plan-2022-2026.docx";

    private final ImportService imports;

    DemoImportedPlan(ImportService imports) {
        this.imports = imports;
    }

    void seed(Map<String, Long> ids, long automotive) {
        byte[] docx = read();
        RunAs.user(ids.get("pranee"), "pranee", false, () -> {
            ImportPreview preview = imports.preview(automotive, FILE, docx);
            return imports.createPlan(automotive, new NewPlan(preview.documentTitle(), 2022, 2026,
                    "National Economic and Social Development Plan No. 12"), preview);
        });
    }

    private static byte[] read() {
        try (InputStream in = DemoImportedPlan.class.getResourceAsStream("/demo/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("The demo document " + FILE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
