-- The audit trail is append-only and written only by this service, next to the change it records:
-- it must outlive its subject rather than be deleted with it (the cascade), and the per-row
-- foreign-key check cost every bulk post one lookup per audited evaluation. The index stays.
alter table evaluation_audit drop constraint if exists evaluation_audit_evaluation_id_fkey;
