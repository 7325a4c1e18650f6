-- An editorial change (typo, formatting, numbering) is saved as its own kind of revision and leaves the positions
-- and declarations on the section standing. substantive_revision_id is the newest revision whose meaning members
-- took a position on: a position on it or later is current; an ordinary save moves it, an editorial one does not.
alter table section_revision drop constraint ck_section_revision_kind;
alter table section_revision add constraint ck_section_revision_kind
    check (kind in ('EDIT', 'MERGED', 'RESTORED', 'COPIED', 'RESOLVED', 'AMENDMENT', 'EDITORIAL'));

alter table plan_section add column substantive_revision_id bigint;
alter table plan_section add constraint fk_plan_section_substantive_revision
    foreign key (substantive_revision_id) references section_revision (id);
update plan_section set substantive_revision_id = current_revision_id;
