-- Measures are part of what a council deliberates: when a plan version is frozen, each measure on the version's
-- sections is recorded as it stood (title, description, agencies, dates, milestones, budget, KPIs with baselines and
-- targets). The record is written once and never updated, so later edits of the measure leave the version as it was.
-- The content is one JSON document per measure; agencies are kept by name, as they were called then.
create table plan_version_measure (
    version_id  bigint         not null references plan_version (id),
    measure_id  bigint         not null references measure (id),
    section_id  bigint         not null references plan_section (id),
    -- The measure's place in the version: outline order of its section, then the order the register lists it in.
    ordinal     integer        not null,
    title       varchar(300)   not null,
    content     text           not null,
    primary key (version_id, measure_id)
);
create index ix_plan_version_measure_measure on plan_version_measure (measure_id);

-- A measure carried over into the next cycle's plan names the measure of the earlier plan it continues, so each
-- page can point to the other.
create table measure_carry_over (
    measure_id   bigint  not null primary key references measure (id),
    original_id  bigint  not null references measure (id)
);
create index ix_measure_carry_over_original on measure_carry_over (original_id);
