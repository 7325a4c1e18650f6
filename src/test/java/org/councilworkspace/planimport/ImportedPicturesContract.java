package org.councilworkspace.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.consultation.NewRound;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanExports;
import org.councilworkspace.plan.PlanImage;
import org.councilworkspace.plan.PlanImages;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.security.SignedInUser;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.councilworkspace.wordexport.DocxRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A Word document's picture from the import to the screen, the portal and both exports, and who may see it. */
abstract class ImportedPicturesContract {

    private static final Pattern REFERENCE = Pattern.compile("!\\[A bar chart\\]\\(attachment:(\\d+)\\)");
    private static final DocumentLocale ENGLISH = new DocumentLocale(Locale.ENGLISH, ZoneId.of("Asia/Bangkok"));

    @Autowired PlanFixtures planFixtures;
    @Autowired ImportService imports;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired PlanImages images;
    @Autowired PlanExports exports;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired org.councilworkspace.consultation.RoundService rounds;
    @Autowired java.time.Clock clock;
    @Autowired MockMvc mvc;

    PlanWorld w;
    byte[] png;
    long imageId;

    @BeforeEach
    void importDocumentWithPicture() {
        w = planFixtures.world();
        png = Pictures.png(7);
        byte[] docx = Docx.build(d -> {
            d.heading(1, "Exports");
            XWPFParagraph p = d.paragraph();
            d.run(p, "Exports grew. ", false, false);
            Pictures.addPng(p, png, "A bar chart");
        });
        AsUser.run(w.secretariat(), () -> {
            ImportPreview preview = imports.previewInto(w.planId(), "Exports.docx", docx);
            assertThat(preview.images()).hasSize(1);
            imports.addToPlan(w.planId(), preview);
        });
        Matcher m = REFERENCE.matcher(body());
        assertThat(m.find()).as(body()).isTrue();
        imageId = Long.parseLong(m.group(1));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private String body() {
        List<OutlineNode> nodes = AsUser.call(w.secretariat(), () -> outline.outline(w.planId(), false));
        return AsUser.call(w.secretariat(), () -> drafting.revision(nodes.get(0).currentRevisionId())).body();
    }

    private static RequestPostProcessor as(TestUser user) {
        SignedInUser principal = new SignedInUser(user.id(), user.username(), user.username(), null, user.admin(), true, "en");
        return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    @Test
    void the_picture_is_kept_with_the_plan_and_the_text_shows_it_where_it_stood() {
        assertThat(body()).isEqualTo("Exports grew. ![A bar chart](attachment:" + imageId + ")");
        PlanImage image = AsUser.call(w.observer(), () -> images.image(imageId));
        assertThat(image.content()).isEqualTo(png);
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.altText()).isEqualTo("A bar chart");
        assertThat(image.planId()).isEqualTo(w.planId());
        assertThat(image.sha256()).hasSize(64);
    }

    @Test
    void a_member_of_another_council_is_told_the_picture_is_not_there() {
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> images.image(imageId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> images.keep(w.planId(), "x.png", png, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> images.keep(w.planId(), "x.png", png, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void an_svg_or_a_picture_over_the_cap_is_refused_by_the_store_itself() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> images.keep(w.planId(), "x.svg", svg, null)))
                .isInstanceOf(org.councilworkspace.base.InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "image.unsupported");
        byte[] huge = java.util.Arrays.copyOf(png, (int) images.maxBytes() + 1);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> images.keep(w.planId(), "x.png", huge, null)))
                .isInstanceOf(org.councilworkspace.base.InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "image.too-large");
    }

    @Test
    void the_workspace_serves_the_picture_to_a_member_with_its_type_and_tag_and_to_nobody_else() throws Exception {
        String sha256 = AsUser.call(w.member(), () -> images.image(imageId)).sha256();
        var served = mvc.perform(get("/plan-images/" + imageId).with(as(w.member())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(served.getContentAsByteArray()).isEqualTo(png);
        String etag = served.getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + sha256 + "\"");
        mvc.perform(get("/plan-images/" + imageId).with(as(w.member())).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/plan-images/" + imageId).with(as(w.outsider()))).andExpect(status().isNotFound());
        mvc.perform(get("/plan-images/" + (imageId + 1000)).with(as(w.member()))).andExpect(status().isNotFound());
    }

    @Test
    void the_portal_shows_the_picture_only_once_a_published_version_shows_it() throws Exception {
        mvc.perform(get("/public/images/" + imageId)).andExpect(status().isNotFound());
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        mvc.perform(get("/public/images/" + imageId)).andExpect(status().isNotFound());
        AsUser.run(w.secretariat(), () -> published.publish(version));
        byte[] served = mvc.perform(get("/public/images/" + imageId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(png);
        String page = mvc.perform(get("/public/en/versions/" + version)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("src=\"/public/images/" + imageId + "\"", "alt=\"A bar chart\"");
    }

    @Test
    void an_open_public_round_shows_the_picture_of_its_text_to_the_public() throws Exception {
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        mvc.perform(get("/public/images/" + imageId)).andExpect(status().isNotFound());
        long round = AsUser.call(w.secretariat(), () -> rounds.createRound(w.councilId(), new NewRound(version,
                "Comment on the exports", null, RoundKind.PUBLIC, OffsetDateTime.now(clock).minusMinutes(1), null,
                List.of())));
        AsUser.run(w.secretariat(), () -> rounds.openNow(round));
        String page = mvc.perform(get("/public/en/consultations/" + round)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("src=\"/public/images/" + imageId + "\"").doesNotContain("/plan-images/");
        byte[] served = mvc.perform(get("/public/images/" + imageId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(png);
    }

    @Test
    void the_html_downloads_carry_the_picture_itself_so_they_show_it_outside_the_app() {
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        String inline = "src=\"data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png) + "\"";
        String workspace = AsUser.call(w.member(), () -> versions.exportHtml(version));
        assertThat(workspace).contains(inline, "alt=\"A bar chart\"").doesNotContain("/plan-images/");
        AsUser.run(w.secretariat(), () -> published.publish(version));
        AsUser.signOut();
        assertThat(published.html(version, java.time.ZoneOffset.UTC)).contains(inline).doesNotContain("/plan-images/");
    }

    @Test
    void the_pdf_export_draws_the_picture_as_an_image() throws Exception {
        byte[] pdf = AsUser.call(w.member(), () -> exports.draftPdf(w.planId(), ENGLISH, PdfRenderer.Options.plain()));
        List<PDImageXObject> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        found.add(image);
                    }
                }
            }
            assertThat(found).hasSize(1);
            assertThat(found.get(0).getWidth()).isEqualTo(80);
            assertThat(found.get(0).getHeight()).isEqualTo(40);
        }
    }

    @Test
    void the_word_export_holds_the_picture_with_its_alt_text_and_imports_back_with_it() throws Exception {
        byte[] docx = DocxRenderer.render(AsUser.call(w.member(), () -> exports.draft(w.planId(), ENGLISH)));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().get(0).getData()).isEqualTo(png);
        }
        ImportPreview again = ImportReader.read("again.docx", docx, 10L * 1024 * 1024);
        assertThat(again.images()).singleElement().satisfies(i -> {
            assertThat(i.content()).isEqualTo(png);
            assertThat(i.altText()).isEqualTo("A bar chart");
        });
    }

    @Test
    void a_picture_of_another_council_is_not_pulled_into_an_export() {
        PlanWorld other = planFixtures.world();
        long section = planFixtures.section(other, null, "Borrowed");
        planFixtures.write(other.lead(), section, "![A bar chart](attachment:" + imageId + ")");
        byte[] docx = DocxRenderer.render(AsUser.call(other.member(), () -> exports.draft(other.planId(), ENGLISH)));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getAllPictures()).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
