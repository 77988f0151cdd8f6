"""Migration 0020: training becomes opt-in, and labels say who gave them."""

from __future__ import annotations

from uuid import UUID

from securetag.store import audit
from securetag.store import migrate as migrations
from securetag.store.db import Database
from securetag.tenancy import tenants
from tests.support.queries import TEST_QUERIES


def choose_training(db: Database, tenant: UUID, *, opt_out: bool) -> None:
    """What `securetag tenant training NAME --opt-in|--opt-out` does."""
    with db.transaction() as conn:
        conn.one("set_training_opt_out", ref=str(tenant), opt_out=opt_out)
        audit.record_cli_action(
            conn, "tenant.training", str(tenant), tenant_id=tenant, details={"opt_out": opt_out}
        )


def test_only_tenants_an_operator_opted_in_stay_in_and_new_ones_start_out(
    fresh_database: str,
) -> None:
    with Database(fresh_database, max_size=2, queries=TEST_QUERIES) as db:
        migrations.migrate(db, target=19)
        by_default = db.scalar("test_insert_tenant", name="by-default")
        opted_in = db.scalar("test_insert_tenant", name="opted-in")
        opted_out = db.scalar("test_insert_tenant", name="opted-out")
        changed_mind = db.scalar("test_insert_tenant", name="in-then-out")
        choose_training(db, opted_in, opt_out=True)
        choose_training(db, opted_in, opt_out=False)
        choose_training(db, opted_out, opt_out=True)
        choose_training(db, changed_mind, opt_out=False)
        choose_training(db, changed_mind, opt_out=True)
        assert db.scalar("test_training_opt_out", id=by_default) is False  # the old default
        db.run("test_insert_feedback", tenant_id=by_default, fingerprint="fp-1",
               status="false_positive", updated_by="oldkey000001")  # fmt: skip

        migrations.migrate(db)

        out = {
            name: db.scalar("test_training_opt_out", id=tenant)
            for name, tenant in [
                ("by-default", by_default),
                ("opted-in", opted_in),
                ("opted-out", opted_out),
                ("in-then-out", changed_mind),
            ]
        }
        assert out == {
            "by-default": True,
            "opted-in": False,
            "opted-out": True,
            "in-then-out": True,
        }
        created = tenants.create_tenant(db, "created-after")
        assert db.scalar("test_training_opt_out", id=created["id"]) is True
        listed = {row["name"]: row["training_opt_out"] for row in tenants.list_tenants(db)}
        assert listed["created-after"] is True and listed["opted-in"] is False

        # A label given before the upgrade names its key and is not trusted for training.
        [label] = db.all("test_feedback_labels", tenant_id=by_default)
        assert label["labelled_by"] == "oldkey000001"
        assert label["label_scope"] == "findings:write" and label["confirmed_by"] is None
