package org.councilworkspace.plan;

import java.util.List;

/** Supplies the minority opinions annex and the chair's declarations for exports; implemented by the consensus feature. */
public interface PlanAnnex {

    List<AnnexEntry> entries(long planId);

    /** The standing declarations, in outline order. */
    default List<PlanDeclaration> declarations(long planId) {
        return List.of();
    }
}
