package org.councilworkspace.plan;

import java.util.List;

/** Supplies the minority opinions annex for exports; implemented by the consensus feature. */
public interface PlanAnnex {

    List<AnnexEntry> entries(long planId);
}
