-- A set-password link the administrator took back before it was used: kept (never deleted), marked with who and when.
alter table user_invitation add column revoked_at timestamp with time zone;
alter table user_invitation add column revoked_by bigint references app_user (id);
