-- Tool metrics hold no tenant content (issue 17): metrics v1 kept each tool error's
-- text in metrics_json.errors, plain, and that text quoted the tenant's code (a
-- Semgrep syntax error quotes the line, an AWS secret key was found there) and URLs
-- with their query (the web scan's first failed fetch). The text is also in the
-- row's sealed output (the tool printed it there), so v1 rows keep only its count.

-- The migrating owner may be neither superuser nor BYPASSRLS; FORCE ROW LEVEL
-- SECURITY would hide every row from it (see 0010). Lifted inside this transaction only.
ALTER TABLE tool_execution NO FORCE ROW LEVEL SECURITY;
UPDATE tool_execution
SET metrics_json = (metrics_json - 'errors')
    || jsonb_build_object('schema', 'securetag.tool_execution.metrics/v2',
                          'error_count', jsonb_array_length(metrics_json -> 'errors'))
WHERE jsonb_typeof(metrics_json -> 'errors') = 'array';
ALTER TABLE tool_execution FORCE ROW LEVEL SECURITY;

COMMENT ON COLUMN tool_execution.metrics_json IS
    'Plain metrics (securetag.tool_execution.metrics/v2): counts, kinds, timings; never '
    'text quoted from the tenant''s code, URLs or tool messages (that is in the sealed output)';
