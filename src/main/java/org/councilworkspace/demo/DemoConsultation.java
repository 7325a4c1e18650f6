package org.councilworkspace.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.NewRound;
import org.councilworkspace.consultation.NewSubmission;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RevisionOption;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.plan.PlanVersionInfo;
import org.councilworkspace.plan.VersionService;
import org.springframework.stereotype.Component;

/**
 * Consultations on the automotive plan: a closed public round on v0.1 with about sixty comments (English,
 * Thai and Japanese; a form-letter campaign answered as one group; two spam posts hidden), every one
 * answered and the results published; and a public round on v0.2, open now.
 */
@Component
class DemoConsultation {

    private record Comment(String name, String organization, OrganizationType type, int section, String text,
                           boolean consent) {
    }

    private static final List<Comment> COMMENTS = List.of(
            new Comment("Wanida Srisuk", "Thai Auto-Parts Manufacturers Association", OrganizationType.INDUSTRY_ASSOCIATION, 9,
                    "Battery recycling is missing from the EV transition. Importers should be required to take batteries back.", true),
            new Comment("Somkiat Thongdee", null, OrganizationType.INDIVIDUAL, 9,
                    "ควรกำหนดให้ผู้นำเข้ารถยนต์ไฟฟ้ามีแผนรีไซเคิลแบตเตอรี่ที่ชัดเจน", false),
            new Comment("Dr. Pimchanok Rattana", "Chulalongkorn University", OrganizationType.ACADEMIA, 11,
                    "The technician target should say how many of the 25,000 will be women; today fewer than one in ten are.", true),
            new Comment("Hiroshi Nakagawa", "日系自動車部品メーカー", OrganizationType.FIRM, 12,
                    "UN規則への調和について、WP.29 のどの規則を指すのか明記してください。", true),
            new Comment("Anan Chaiyaporn", "Eastern Seaboard Industrial Estate", OrganizationType.FIRM, 2,
                    "A 30% zero-emission share by 2031 is ambitious for pickup exporters; please add an interim 2029 review.", true),
            new Comment("Malai Wongsa", "Green Mobility Network", OrganizationType.NGO, 2,
                    "Targets should include lifecycle CO2, not only tailpipe emissions.", true),
            new Comment("Krit Sombat", null, OrganizationType.INDIVIDUAL, 13,
                    "Small suppliers need cheaper testing. Shared test centres in Rayong would help.", false),
            new Comment("Office of SME Promotion", "Office of SME Promotion", OrganizationType.GOVERNMENT, 13,
                    "The SME section should refer to the existing SME credit guarantee scheme.", true),
            new Comment("Yuki Tanabe", "アジア経済研究センター", OrganizationType.ACADEMIA, 7,
                    "世界の動向の節で、インドネシアとベトナムの電動化政策との比較を加えることを提案します。", true),
            new Comment("Narong Kaewmanee", "Thai Electric Vehicle Association", OrganizationType.INDUSTRY_ASSOCIATION, 9,
                    "Charging standards must be fixed before 2027 or investment will wait.", true),
            new Comment("Pornthip Saengdao", null, OrganizationType.INDIVIDUAL, 3,
                    "บทสรุปผู้บริหารควรระบุงบประมาณที่ต้องใช้ในแต่ละปี", false),
            new Comment("Chalerm Boonmee", "Provincial Chamber of Commerce, Chachoengsao", OrganizationType.INDUSTRY_ASSOCIATION, 6,
                    "Local content rules should count locally assembled battery packs.", true),
            new Comment("Sarah Lim", "Regional Logistics Alliance", OrganizationType.FIRM, 10,
                    "Port handling of battery shipments needs safety rules in the localization strategy.", true),
            new Comment("Thanakorn Phet", null, OrganizationType.INDIVIDUAL, 11,
                    "Vocational colleges lack EV training equipment. Please fund it.", false),
            new Comment("Kanya Rueangrit", "King Mongkut's Institute of Technology", OrganizationType.ACADEMIA, 11,
                    "Firms' own academies train most technicians; they should be named as training providers.", true),
            new Comment("Takeshi Ogawa", "タイ日本人商工会議所", OrganizationType.INDUSTRY_ASSOCIATION, 5,
                    "生産と輸出の節に、ハイブリッド車の輸出見通しを加えてください。", true),
            new Comment("Supachai Inthong", "Ministry of Energy", OrganizationType.GOVERNMENT, 9,
                    "The plan should align charging targets with the national power development plan.", true),
            new Comment("Ratree Moonsri", "Consumers' Council of Thailand", OrganizationType.NGO, 12,
                    "Consumer safety tests for batteries should be published.", true),
            new Comment("Kittipong Arun", null, OrganizationType.INDIVIDUAL, 1,
                    "The vision is good but says nothing about workers who lose jobs in engine plants.", false),
            new Comment("Ampai Kongsin", "Federation of Thai Industries, Auto Parts Club", OrganizationType.INDUSTRY_ASSOCIATION, 13,
                    "Give small suppliers three more years before local content rules apply.", true));

    /** The form-letter campaign: near copies, answered together. */
    private static final List<String> CAMPAIGN = List.of(
            "Please extend the EV purchase subsidy until 2030.",
            "Please extend the EV purchase subsidy until 2030!",
            "Please extend the EV purchase subsidy until the year 2030.",
            "I ask you to extend the EV purchase subsidy until 2030.",
            "Please, extend the EV purchase subsidy until 2030.",
            "Kindly extend the EV purchase subsidy until 2030.",
            "Please extend the EV purchase subsidy up until 2030.",
            "Please extend the EV purchase subsidy until 2030. Thank you.");

    private final RoundService rounds;
    private final PublicConsultation publicSide;
    private final ReviewService review;
    private final VersionService versions;
    private final Clock clock;

    DemoConsultation(RoundService rounds, PublicConsultation publicSide, ReviewService review, VersionService versions,
                     Clock clock) {
        this.rounds = rounds;
        this.publicSide = publicSide;
        this.review = review;
        this.versions = versions;
        this.clock = clock;
    }

    void seed(Map<String, Long> ids, long councilId, long planId, List<Long> sections) {
        List<PlanVersionInfo> frozen = as(ids, () -> versions.versions(planId));
        long v01 = frozen.get(frozen.size() - 1).id();
        long v02 = frozen.get(0).id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long closed = as(ids, () -> rounds.createRound(councilId, new NewRound(v01,
                "Public comment on the draft Automotive Industry Master Plan (v0.1)",
                "The first full draft, before the working groups.", RoundKind.PUBLIC, now.minusMinutes(5), null, List.of())));
        as(ids, () -> rounds.openNow(closed));
        int n = 0;
        for (int copy = 0; copy < 3; copy++) {
            // Two comments from each voice, three from the first ten: fifty, with the campaign and spam sixty.
            for (Comment c : copy < 2 ? COMMENTS : COMMENTS.subList(0, 10)) {
                String text = copy == 0 ? c.text() : c.text() + (copy == 1 ? " — supported by our members."
                        : " We raised this at the public hearing as well.");
                String name = copy == 0 ? c.name() : c.name() + " (" + (copy + 1) + ")";
                submit(closed, new NewSubmission(name, c.organization(), c.type(), "demo" + (n++) + "@example.org",
                        c.section() < 0 ? null : sections.get(c.section()), text, c.consent(), null, null, null), n);
            }
        }
        for (String text : CAMPAIGN) {
            submit(closed, new NewSubmission("Campaign supporter " + n, null, OrganizationType.INDIVIDUAL,
                    "demo" + (n++) + "@example.org", sections.get(9), text, false, null, null, null), n);
        }
        submit(closed, new NewSubmission("Cheap Watches", null, OrganizationType.FIRM, "spam@example.org", null,
                "Best replica watches, visit our shop!!!", true, null, null, null), n++);
        submit(closed, new NewSubmission("SEO Expert", null, OrganizationType.FIRM, "seo@example.org", null,
                "We can put your ministry on the first page of search results.", true, null, null, null), n++);
        as(ids, () -> {
            rounds.closeNow(closed, "The working groups need the comments for the 2nd plenary, so the round closes"
                    + " early, as announced at the 1st plenary.");
            answer(closed, sections);
            review.publish(closed, false);
        });

        long open = as(ids, () -> rounds.createRound(councilId, new NewRound(v02,
                "Public comment on the Automotive Industry Master Plan (v0.2)",
                "The draft after the working groups, before the 2nd plenary.", RoundKind.PUBLIC, now.minusMinutes(5),
                null, List.of())));
        as(ids, () -> rounds.openNow(open));
        submit(open, new NewSubmission("Jirawat Meesuk", "Thai Rubber Association", OrganizationType.INDUSTRY_ASSOCIATION,
                "jirawat@example.org", sections.get(10), "Tyres made from Thai natural rubber should count as local content.",
                true, null, null, null), n++);
        submit(open, new NewSubmission("佐藤 花子", null, OrganizationType.INDIVIDUAL, "hanako@example.org", sections.get(11),
                "女性技術者の目標を歓迎します。達成状況を毎年公表してください。", false, null, null, null), n++);
    }

    private void answer(long roundId, List<Long> sections) {
        List<Submission> all = review.submissions(roundId, SubmissionFilter.ALL, 0, 500);
        for (Submission s : all) {
            if (s.submitterName().equals("Cheap Watches") || s.submitterName().equals("SEO Expert")) {
                review.hide(s.id(), "Advertising, not a comment on the plan.", s.version());
            }
        }
        Set<Long> campaign = new HashSet<>();
        all.stream().filter(s -> s.submitterName().startsWith("Campaign supporter")).forEach(s -> campaign.add(s.id()));
        long group = review.group(roundId, "Extend the EV purchase subsidy until 2030 (form letter)", campaign);
        review.respondToGroup(group, Disposition.PARTIALLY_ADOPTED,
                "The subsidy is extended to 2029; a review in 2028 decides on 2030, as the fiscal plan allows.", null);
        Long recycling = revision(roundId, sections.get(9), "battery recycling");
        Long gender = revision(roundId, sections.get(11), "gender");
        for (Submission s : review.submissions(roundId, new SubmissionFilter(null, null, null, false, null), 0, 500)) {
            if (s.status() != org.councilworkspace.consultation.SubmissionStatus.VISIBLE) {
                continue;
            }
            String text = s.text().toLowerCase(java.util.Locale.ROOT);
            if (text.contains("recycling") || text.contains("รีไซเคิล")) {
                review.respond(s.id(), Disposition.ADOPTED, "Battery recycling plans are now required of every importer "
                        + "and producer (Strategies, EV transition).", recycling);
            } else if (text.contains("women")) {
                review.respond(s.id(), Disposition.ADOPTED, "The target now says at least 30% of new technicians are women.",
                        gender);
            } else if (text.contains("academies")) {
                review.respond(s.id(), Disposition.PARTIALLY_ADOPTED,
                        "Firms' academies are named as providers in the next draft; funding stays with colleges.", null);
            } else if (s.sectionId() != null && s.sectionId().equals(sections.get(2))) {
                review.respond(s.id(), Disposition.NOT_ADOPTED, "The council keeps the 2031 target; progress is reviewed "
                        + "every year under Monitoring and evaluation.", null);
            } else if (text.contains("workers") || text.contains("budget") || text.contains("งบประมาณ")) {
                review.respond(s.id(), Disposition.OUT_OF_SCOPE, "This belongs to the labour and budget plans; the "
                        + "comment was passed to the ministries concerned.", null);
            } else {
                review.respond(s.id(), Disposition.NOTED, "Noted; the drafters will consider it for the next version.", null);
            }
        }
    }

    private Long revision(long roundId, long sectionId, String noteWord) {
        List<RevisionOption> options = review.revisionOptions(roundId, sectionId);
        return options.stream().filter(o -> o.note() != null && o.note().toLowerCase(java.util.Locale.ROOT).contains(noteWord))
                .map(RevisionOption::id).findFirst().orElse(null);
    }

    private void submit(long roundId, NewSubmission input, int n) {
        publicSide.submit(roundId, input, "demo-" + n);
    }

    private static <T> T as(Map<String, Long> ids, java.util.function.Supplier<T> action) {
        return RunAs.user(ids.get("pranee"), "pranee", false, action);
    }

    private static void as(Map<String, Long> ids, Runnable action) {
        RunAs.user(ids.get("pranee"), "pranee", false, action);
    }
}
