-- The papers for an agenda item: links from the item to documents of the same meeting. A document stays the
-- meeting's (listed once under its documents, downloaded from there too); several items may point at one paper.
-- Removing a document removes its links with it; the audit log keeps that both were there.
create table agenda_item_document (
    agenda_item_id  bigint not null references agenda_item (id),
    document_id     bigint not null references meeting_document (id) on delete cascade,
    linked_by       bigint not null references app_user (id),
    linked_at       timestamp with time zone not null,
    constraint pk_agenda_item_document primary key (agenda_item_id, document_id)
);
create index ix_agenda_item_document_document on agenda_item_document (document_id);
