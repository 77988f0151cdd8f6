-- Security alerts: what `securetag alerts check` has posted to the operators'
-- webhook, so each event is sent once (and a failed post is tried again).
CREATE TABLE security_alert (
    kind        text NOT NULL,
    at          timestamptz NOT NULL,
    subject     text NOT NULL,
    events      bigint NOT NULL,
    first_seen  timestamptz NOT NULL DEFAULT now(),
    sent_at     timestamptz,
    attempts    integer NOT NULL DEFAULT 0,
    last_error  text,
    PRIMARY KEY (kind, at, subject)
);
CREATE INDEX security_alert_unsent_idx ON security_alert (first_seen) WHERE sent_at IS NULL;
GRANT SELECT, INSERT, UPDATE, DELETE ON security_alert TO securetag_admin;
