-- One-time repair for a Council Workspace database created before migration V003 was edited (29 November 2026):
-- its flyway_schema_history holds V003's first checksum (-653908173), and the app then refuses to start with
-- "Migration checksum mismatch for migration version 003". The edit only added one index; this script adds that
-- index and records V003's current checksum (-1814622994). Run it once, with the app stopped, on H2 or PostgreSQL.
-- It changes nothing on a database that was created after the edit. See upgrade.md.

create index if not exists ix_membership_user_council on membership (user_id, council_id);

update "flyway_schema_history" set "checksum" = -1814622994
 where "version" = '003' and "checksum" = -653908173;
