package org.councilworkspace.demo;

import static org.councilworkspace.council.OrganizationType.*;
import static org.councilworkspace.council.StakeholderGroup.*;
import static org.councilworkspace.security.CouncilRole.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.account.NewUser;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilKind;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.CouncilSettings;
import org.councilworkspace.council.NewMembership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Seeds two councils modelled on real kinds of institution (people fictional) on an empty database.
 * Everything goes through the services as the administrator and the councils' secretariats.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

    /** The password of every demo account; listed in the README. */
    static final String PASSWORD = "council-demo-2027";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    static final List<DemoPerson> AUTOMOTIVE = List.of(
            new DemoPerson("somchai", "Dr. Somchai Wongsakul", "th", CHAIR, EXPERT, "Automotive Industry Institute", NGO),
            new DemoPerson("chaiwat", "Chaiwat Srisuk", "th", VICE_CHAIR, BUSINESS, "Federation of Industries, Automotive Club", INDUSTRY_ASSOCIATION),
            new DemoPerson("pranee", "Pranee Chaiyaporn", "th", SECRETARIAT, EXPERT, "Automotive Industry Institute", NGO),
            new DemoPerson("kittisak", "Kittisak Boonmee", "th", MEMBER, MINISTRY, "Ministry of Industry, Office of Industrial Economics", GOVERNMENT),
            new DemoPerson("nattaya", "Nattaya Rattanakorn", "en", MEMBER, MINISTRY, "Board of Investment", GOVERNMENT),
            new DemoPerson("siriporn", "Siriporn Thammasiri", "th", MEMBER, MINISTRY, "Ministry of Higher Education, Science, Research and Innovation", GOVERNMENT),
            new DemoPerson("wichai", "Wichai Prasertsak", "en", MEMBER, BUSINESS, "Auto-Parts Manufacturers Association", INDUSTRY_ASSOCIATION),
            new DemoPerson("tanaka", "Tanaka Hiroshi", "ja", MEMBER, BUSINESS, "Siam Motor Assembly Co., Ltd.", FIRM),
            new DemoPerson("supaporn", "Supaporn Limthong", "en", MEMBER, BUSINESS, "Eastern Seaboard EV Co., Ltd.", FIRM),
            new DemoPerson("arunee", "Assoc. Prof. Arunee Kaewkla", "en", MEMBER, EXPERT, "Faculty of Engineering, Bangkok Institute of Technology", ACADEMIA),
            new DemoPerson("prasert", "Dr. Prasert Duangdee", "en", MEMBER, EXPERT, "Institute for Economic Policy Research", ACADEMIA),
            new DemoPerson("malee", "Malee Suwannarat", "th", OBSERVER, MINISTRY, "Ministry of Finance, Fiscal Policy Office", GOVERNMENT));

    static final List<DemoPerson> MANUFACTURING = List.of(
            new DemoPerson("yamamoto", "Prof. Yamamoto Kenji", "ja", CHAIR, EXPERT, "Graduate School of Economics, a national university", ACADEMIA),
            new DemoPerson("sato", "Sato Yuki", "ja", SECRETARIAT, MINISTRY, "Manufacturing Industries Bureau", GOVERNMENT),
            new DemoPerson("nakamura", "Nakamura Takeshi", "ja", MEMBER, MINISTRY, "Industrial Science and Technology Policy Bureau", GOVERNMENT),
            new DemoPerson("suzuki", "Suzuki Akiko", "ja", MEMBER, BUSINESS, "Machinery Manufacturers Association", INDUSTRY_ASSOCIATION),
            new DemoPerson("takahashi", "Takahashi Ren", "ja", MEMBER, BUSINESS, "Kansai Precision Electronics Co., Ltd.", FIRM),
            new DemoPerson("tanaka", "Tanaka Hiroshi", "ja", MEMBER, BUSINESS, "Siam Motor Assembly Co., Ltd.", FIRM),
            new DemoPerson("ito", "Ito Mariko", "ja", MEMBER, EXPERT, "Research Institute of Industrial Economy", ACADEMIA),
            new DemoPerson("watanabe", "Watanabe Kazuo", "ja", MEMBER, CIVIL_SOCIETY, "Consumers' Federation", NGO),
            new DemoPerson("kobayashi", "Kobayashi Emi", "ja", OBSERVER, MINISTRY, "Cabinet Office, Economic Planning", GOVERNMENT));

    private final AccountService accounts;
    private final CouncilService councils;
    private final DemoPlans plans;
    private final DemoImplementation implementation;
    private final DemoPortal portal;
    private final DemoImportedPlan importedPlan;
    private final DemoSeries series;
    private final Clock clock;
    private final PreparedPasswords passwords;

    DemoData(AccountService accounts, CouncilService councils, DemoPlans plans, DemoImplementation implementation,
             DemoPortal portal, DemoImportedPlan importedPlan, DemoSeries series, Clock clock,
             PreparedPasswords passwords, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("postgres"))) {
            throw new IllegalStateException("The demo profile is for the embedded database; never combine it with postgres");
        }
        this.accounts = accounts;
        this.councils = councils;
        this.plans = plans;
        this.implementation = implementation;
        this.portal = portal;
        this.importedPlan = importedPlan;
        this.series = series;
        this.clock = clock;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAccounts()) {
            return;
        }
        LOG.info("Empty database: loading the demo councils");
        long automotive = passwords.whileLoading(this::load);
        LOG.info("Demo data loaded: council {} and the manufacturing subcommittee; password for every account: see README",
                automotive);
    }

    private long load() {
        long admin = accounts.bootstrapAdmin("admin", "Platform administrator", "admin@example.org", PASSWORD);
        Map<String, Long> ids = new HashMap<>();
        RunAs.user(admin, "admin", true, () -> {
            for (DemoPerson p : concat(AUTOMOTIVE, MANUFACTURING)) {
                if (!ids.containsKey(p.username())) {
                    var invitation = accounts.createUser(new NewUser(p.username(), p.displayName(),
                            p.username() + "@example.org", p.locale(), false));
                    accounts.setPasswordWithInvitation(invitation.token(), PASSWORD);
                    ids.put(p.username(), invitation.userId());
                }
            }
        });
        LocalDate today = LocalDate.now(clock);
        // A Thai sector institute dates its documents in the Buddhist Era; a Japanese council by era.
        long automotive = createCouncil(admin, ids, AUTOMOTIVE, settings(CouncilKind.HUB_INSTITUTE, "th",
                CalendarSystem.THAI_BUDDHIST,
                "Automotive Industry Master Plan Council",
                "Draft the Automotive Industry Master Plan 2027–2031 in step with the national economic and social "
                        + "development plan: the transition to electric vehicles, localization of the supply chain, "
                        + "skills, standards and testing, and support for small suppliers. Link the ministries, "
                        + "local and foreign firms and universities, and consult the industry before adoption.",
                null, today.withDayOfYear(1)));
        long parent = createCouncil(admin, ids, List.of(MANUFACTURING.get(0), MANUFACTURING.get(1)),
                settings(CouncilKind.DELIBERATION_COUNCIL, "ja", CalendarSystem.JAPANESE_ERA,
                        "Industrial Structure Council",
                        "Deliberate on the medium- and long-term direction of industrial structure policy at the "
                                + "request of the minister, and report through its subcommittees.",
                        null, today.minusYears(1).withDayOfYear(1)));
        long subcommittee = createCouncil(admin, ids, MANUFACTURING, settings(CouncilKind.DELIBERATION_COUNCIL, "ja",
                CalendarSystem.JAPANESE_ERA,
                "Industrial Structure Council: Manufacturing Subcommittee",
                "製造業の競争力強化に向けた基本方針（2027〜2031年度）を審議し、答申案を取りまとめる。"
                        + " Deliberate on the basic policy for manufacturing competitiveness for fiscal 2027–2031 "
                        + "and prepare the draft report, recording minority opinions.",
                parent, today.withDayOfYear(1)));
        plans.seed(ids, automotive, subcommittee);
        series.seed(ids, automotive);
        portal.seed(ids, automotive, subcommittee);
        implementation.publishProgress(ids, automotive);
        importedPlan.seed(ids, automotive);
        return automotive;
    }

    private long createCouncil(long admin, Map<String, Long> ids, List<DemoPerson> people, CouncilSettings settings) {
        DemoPerson manager = people.stream().filter(p -> p.role() == SECRETARIAT).findFirst().orElseThrow();
        long councilId = RunAs.user(admin, "admin", true, () -> councils.createCouncil(settings, membership(ids, manager)));
        // The administrator appoints the rest too: the chair's roles are not the secretariat's to give.
        RunAs.user(admin, "admin", true, () -> people.stream()
                .filter(p -> p != manager)
                .forEach(p -> councils.addMember(councilId, membership(ids, p))));
        return councilId;
    }

    private static NewMembership membership(Map<String, Long> ids, DemoPerson p) {
        return new NewMembership(ids.get(p.username()), p.role(), p.group(), p.organization(), p.organizationType());
    }

    private static CouncilSettings settings(CouncilKind kind, String language, CalendarSystem calendar, String name,
                                            String mandate, Long parent, LocalDate start) {
        CouncilSettings d = CouncilSettings.defaultsFor(kind, start);
        return new CouncilSettings(name, kind, mandate, parent, d.termStart(), d.termEnd(), d.consensusRule(),
                d.majorityPercent(), d.quorumPercent(), d.membersMayEdit(), language, calendar);
    }

    private static List<DemoPerson> concat(List<DemoPerson> a, List<DemoPerson> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
