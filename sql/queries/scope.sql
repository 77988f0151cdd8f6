-- name: set_scope
-- Transaction-local (the `true`): a pooled connection never carries one
-- request's tenant into the next. Row-level security policies read these.
SELECT set_config('app.tenant_id', %(scope_tenant_id)s, true) AS tenant_id,
       set_config('app.presented_key_id', %(scope_key_id)s, true) AS presented_key_id;
