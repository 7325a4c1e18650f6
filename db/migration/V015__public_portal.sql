-- The public portal shows a plan version only once the secretariat has published it: who did it and when stay on
-- the version (the act itself is in the audit trail). A frozen version that is never published stays internal.
alter table plan_version add column published_at timestamp with time zone;
alter table plan_version add column published_by bigint references app_user (id);

-- Whether the portal lists the council's current members (name, role, organization); the council chooses, and the
-- default is not to.
alter table council add column members_public boolean default false not null;
