package org.councilworkspace.operations;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilworkspace.Application;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.audit.ChainVerification;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.Receipt;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app's services on a file database, in a JVM of their own, for {@link CrashDurabilityTest}. It builds a
 * council with a plan and an open public round, then saves sections, records positions and takes public comments
 * as fast as it can, printing one line for each after the service call has returned (committed): the parent kills
 * it at a random point. Started again on the same folder, it first verifies the audit chain through the audit
 * service, as the app would find it after a crash.
 */
public final class CrashChild {

    /** Ends every acknowledgment, so the parent can tell a whole line from one cut short by the kill. */
    static final String END = " <END>";

    private CrashChild() {
    }

    public static void main(String[] args) {
        String url = args[0];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .sources(Fixtures.class, PlanFixtures.class, ConsultationWorld.class)
                // A web context as in production (the security set-up needs one), on a free port nobody calls.
                .web(WebApplicationType.SERVLET)
                // As arguments, which win over application.properties (builder properties would not).
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                        "--spring.datasource.password=", "--spring.main.banner-mode=off",
                        "--logging.level.root=warn", "--council.consultation.schedule-enabled=false",
                        "--vaadin.launch-browser=false",
                        // The search index in memory: a child on the shared default folder would hold its lock
                        // while other test JVMs start apps of their own.
                        "--council.search.index-dir=");
        ChainVerification chain = context.getBean(AuditService.class).verifyChain();
        out.println("CHAIN " + chain.intact() + " " + chain.eventsChecked() + " " + chain.problem());
        writeUntilKilled(context, out);
    }

    private static void writeUntilKilled(ConfigurableApplicationContext context, PrintStream out) {
        ConsultationWorld worlds = context.getBean(ConsultationWorld.class);
        PlanFixtures planFixtures = context.getBean(PlanFixtures.class);
        ConsensusService consensus = context.getBean(ConsensusService.class);
        PublicConsultation publicSide = context.getBean(PublicConsultation.class);
        World w = worlds.create();
        long roundId = worlds.openPublicRound(w);
        List<Long> sections = List.of(w.vision(), w.targets());
        String run = Long.toString(System.nanoTime(), 36);
        out.println("READY " + w.plan().planId());
        for (int n = 0; ; n++) {
            int i = n;
            long section = sections.get(i % 2);
            String text = "Text " + run + "-" + i + " of section " + section + ".";
            SaveOutcome saved = planFixtures.write(w.plan().lead(), section, text);
            if (saved instanceof SaveOutcome.Saved s) {
                out.println("ACK REVISION " + s.revision().id() + " " + section + " " + s.revision().revisionNo()
                        + " " + text + END);
            }
            Stance stance = Stance.values()[i % Stance.values().length];
            long position = AsUser.call(w.plan().member(), () -> consensus.recordPosition(w.plan().planId(), section,
                    stance, stance.requiresReason() ? "Reason " + i : null));
            out.println("ACK POSITION " + position + " " + stance + END);
            Receipt receipt = publicSide.submit(roundId, ConsultationWorld.comment("Comment " + run + "-" + i),
                    "192.0.2." + (i % 250) + "-" + run + "-" + i);
            out.println("ACK RECEIPT " + receipt.receiptNo() + END);
        }
    }
}
