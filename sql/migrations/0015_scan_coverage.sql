-- What a scan examined and what it did not (issue 14): written by the scan task when
-- the scan finishes, from every agent's coverage (securetag/scanning/coverage.py
-- documents the shape). NULL for scans finished before this migration, and for
-- scans that ended without running their agents (a refused archive, a timeout).
-- A finished scan's `state` keeps its meaning for old clients (a partial scan is
-- still 'succeeded'); the coverage's own state says whether it looked everywhere.
ALTER TABLE scan ADD COLUMN coverage jsonb
    CHECK (coverage IS NULL OR (jsonb_typeof(coverage) = 'object'
                                AND coverage->>'state' IN ('complete', 'partial')));

