-- What each person last saw of each section: the revision shown to them and when. One row per person and section,
-- written when they open a section with nothing new for them or mark its changes as seen, so that the next time
-- they come back the page can say what changed since. A person's own marks only; never part of the record.
create table section_look (
    user_id      bigint not null references app_user (id),
    section_id   bigint not null references plan_section (id),
    -- Null when the section had no text yet.
    revision_id  bigint references section_revision (id),
    looked_at    timestamp with time zone not null,
    primary key (user_id, section_id)
);
