-- PLACEHOLDER on branch `training` only, so that 0020 applies without a gap while the audit
-- helper's real 0019_audit_integrity.sql is on its own branch. At merge, take the audit
-- branch's file (this one is replaced whole), then run `make schema`.
SELECT 1;
