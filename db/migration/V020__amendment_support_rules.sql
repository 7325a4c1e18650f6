-- The support an amendment needs before it can be accepted, set per council by its chair or secretariat. A council
-- without a row has no rule: an open amendment may be accepted with any support, as before this migration.
create table amendment_support_rule (
    council_id      bigint   not null primary key references council (id),
    -- At least this many current supporters (0: no minimum).
    min_supporters  integer  not null default 0,
    -- At least one supporter from a stakeholder group other than the proposer's.
    other_group     boolean  not null default false,
    changed_by      bigint   not null references app_user (id),
    changed_at      timestamp with time zone not null,
    version         integer  not null default 0,
    constraint ck_amendment_support_min check (min_supporters between 0 and 50)
);

-- Stakeholder groups of which at least one member must support an amendment (each group named here, one each).
create table amendment_support_group (
    council_id         bigint       not null references amendment_support_rule (council_id),
    stakeholder_group  varchar(16)  not null,
    primary key (council_id, stakeholder_group),
    constraint ck_amendment_support_group check (stakeholder_group in ('MINISTRY', 'BUSINESS', 'EXPERT',
        'CIVIL_SOCIETY'))
);
