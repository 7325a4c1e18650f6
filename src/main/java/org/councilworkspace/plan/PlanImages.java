package org.councilworkspace.plan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pictures kept with plans. A section's Markdown shows one as {@code ![alt](attachment:ID)}; whoever may read
 * the plan's council may see it, and the public only once the text of a published version of one of the council's
 * plans shows it. "Not there" and "not yours" are the same {@link NotFoundException}, so ids cannot be probed.
 */
@Service
@Transactional
public class PlanImages {

    /** How a section's Markdown refers to a kept picture. */
    public static final String SCHEME = org.councilworkspace.plan.text.MarkdownRenderer.ATTACHMENT;
    private static final Pattern REFERENCE = Pattern.compile("\\]\\(" + SCHEME + "(\\d{1,18})\\)");
    /** A picture's address in rendered HTML, the workspace's or the portal's. */
    private static final Pattern SHOWN = Pattern.compile("src=\"(" + Pattern.quote(MarkdownRenderer.WORKSPACE_IMAGES)
            + "|" + Pattern.quote(MarkdownRenderer.PUBLIC_IMAGES) + ")(\\d{1,18})\"");

    private final PlanImageRepository images;
    private final PlanAccess access;
    private final AccessGuard guard;
    private final Clock clock;
    private final long maxBytes;

    PlanImages(PlanImageRepository images, PlanAccess access, AccessGuard guard, Clock clock,
               @Value("${council.attachments.max-image-bytes:5242880}") long maxBytes) {
        this.images = images;
        this.access = access;
        this.guard = guard;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The largest picture kept, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Keeps a picture with the plan, for those who manage its outline; refused when it is over the cap or not a
     * PNG, JPEG or GIF by its content. Returns its id for the Markdown that shows it.
     */
    public long keep(long planId, String fileName, byte[] content, String altText) {
        var context = access.plan(planId, CouncilAction.MANAGE_PLAN);
        PlanAccess.requireTextOpen(context.plan());
        if (content == null || content.length > maxBytes) {
            throw new InvalidInputException("image", "image.too-large", maxBytes / (1024 * 1024));
        }
        ImageType type = ImageType.of(content)
                .orElseThrow(() -> new InvalidInputException("image", "image.unsupported"));
        String name = fileName == null || fileName.isBlank() ? "image." + type.extension()
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        name = name.length() > 200 ? name.substring(0, 200) : name;
        String alt = altText == null || altText.isBlank() ? null
                : altText.strip().substring(0, Math.min(altText.strip().length(), 2000));
        return images.insert(planId, name, type, sha256(content), alt, content, context.member().actor().id(),
                OffsetDateTime.now(clock));
    }

    /** A picture for someone who may read its council; not found for everyone else. */
    @Transactional(readOnly = true)
    public PlanImage image(long id) {
        PlanImageRepository.Stored stored = images.find(id).orElseThrow(() -> new NotFoundException("Image"));
        if (guard.signedInId().isEmpty() || !guard.may(stored.councilId(), CouncilAction.READ)) {
            throw new NotFoundException("Image");
        }
        return stored.image();
    }

    /** A picture for the public: only one that a published version's text shows; not found otherwise. */
    @Transactional(readOnly = true)
    public PlanImage publishedImage(long id) {
        PlanImageRepository.Stored stored = images.find(id).orElseThrow(() -> new NotFoundException("Image"));
        if (!images.shownByPublishedVersion(id, stored.councilId())) {
            throw new NotFoundException("Image");
        }
        return stored.image();
    }

    /** The pictures texts refer to, for a document of the council's plan; those of other councils are left out. */
    Map<Long, PlanImage> referencedIn(long councilId, Iterable<String> markdown) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String text : markdown) {
            if (text != null && text.contains(SCHEME)) {
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    ids.add(Long.parseLong(m.group(1)));
                }
            }
        }
        return images.ofCouncil(councilId, ids);
    }

    /**
     * A picture of the council's plans that one of the given texts shows, for a public page that shows those texts
     * (an open public consultation round's consulted text); not found otherwise, as for any other unknown id.
     */
    @Transactional(readOnly = true)
    public PlanImage shownIn(long id, long councilId, List<String> texts) {
        PlanImage image = referencedIn(councilId, texts).get(id);
        if (image == null) {
            throw new NotFoundException("Image");
        }
        return image;
    }

    /**
     * A downloaded HTML page with each kept picture it shows written into it (a {@code data:} address), so the file
     * shows its pictures wherever it is opened: the app's own picture addresses mean nothing outside the app. Only
     * pictures of the plan's council are written in; any other address is left as the renderer wrote it.
     */
    String inlined(String html, long councilId, FrozenVersion version) {
        List<String> texts = new ArrayList<>();
        version.sections().forEach(s -> texts.add(s.body()));
        Map<Long, PlanImage> shown = referencedIn(councilId, texts);
        if (shown.isEmpty()) {
            return html;
        }
        Matcher m = SHOWN.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            PlanImage image = shown.get(Long.parseLong(m.group(2)));
            String replacement = image == null ? m.group() : "src=\"data:" + image.contentType() + ";base64,"
                    + Base64.getEncoder().encodeToString(image.content()) + "\"";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The id in a Markdown image destination such as {@code attachment:12}, or null. */
    public static Long idOf(String destination) {
        if (destination == null || !destination.startsWith(SCHEME)) {
            return null;
        }
        String digits = destination.substring(SCHEME.length());
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
