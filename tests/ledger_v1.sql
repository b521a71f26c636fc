-- A sharing ledger written by medassess with ledger schema version 1 (the release before attempts and
-- derived states), dumped with sqlite3's iterdump. tests/test_ledger.py loads it, sets user_version=1 and
-- opens it with the current Ledger, which must migrate it and keep its history. Event 14 is the
-- resend a version 1 ledger recorded over an acknowledgement (AE after AA).
PRAGMA user_version=1;
BEGIN TRANSACTION;
CREATE TABLE events (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at     TEXT    NOT NULL,
    record_id       TEXT    NOT NULL,
    record_version  INTEGER NOT NULL CHECK (record_version >= 1),
    recipient_id    TEXT    NOT NULL,
    recipient_role  TEXT    NOT NULL,
    transport       TEXT    NOT NULL CHECK (transport IN ('mesh', 'mllp', 'fhir', 'manual')),
    format          TEXT    NOT NULL,
    practice_ods    TEXT    NOT NULL,
    message_id      TEXT,
    local_id        TEXT    NOT NULL,
    payload_sha256  TEXT    NOT NULL CHECK (length(payload_sha256) = 64),
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'acknowledged', 'failed', 'rejected')),
    detail          TEXT,
    sent_at         TEXT,
    acknowledged_at TEXT
);
INSERT INTO "events" VALUES(1,'2026-12-03T10:21:37.930007+00:00','rec-1',1,'rcp-hv','health-visitor','mesh','fhir-json','Y90001',NULL,'rec-1-v1-rcp-hv','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','pending',NULL,NULL,NULL);
INSERT INTO "events" VALUES(2,'2026-12-03T10:21:37.934047+00:00','rec-1',1,'rcp-hv','health-visitor','mesh','fhir-json','Y90001','MESH-1','rec-1-v1-rcp-hv','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','sent',NULL,'2026-03-02T10:00:00.000000+00:00',NULL);
INSERT INTO "events" VALUES(3,'2026-12-03T10:21:37.935149+00:00','rec-1',1,'rcp-hv','health-visitor','mesh','fhir-json','Y90001','MESH-1','rec-1-v1-rcp-hv','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','acknowledged','MESH tracking: acknowledged','2026-03-02T10:00:00.000000+00:00','2026-03-02T11:00:00.000000+00:00');
INSERT INTO "events" VALUES(4,'2026-12-03T10:21:37.937834+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001',NULL,'rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','pending',NULL,NULL,NULL);
INSERT INTO "events" VALUES(5,'2026-12-03T10:21:37.941881+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001','CTRL-1','rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','sent',NULL,'2026-03-02T10:01:00.000000+00:00',NULL);
INSERT INTO "events" VALUES(6,'2026-12-03T10:21:37.945942+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001','CTRL-1','rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','acknowledged','MLLP AA','2026-03-02T10:01:00.000000+00:00','2026-03-02T10:01:00.000000+00:00');
INSERT INTO "events" VALUES(7,'2026-12-03T10:21:37.949922+00:00','rec-1',1,'rcp-sw','social-worker','mesh','fhir-json','Y90001',NULL,'rec-1-v1-rcp-sw','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','pending',NULL,NULL,NULL);
INSERT INTO "events" VALUES(8,'2026-12-03T10:21:37.953989+00:00','rec-1',1,'rcp-sw','social-worker','mesh','fhir-json','Y90001',NULL,'rec-1-v1-rcp-sw','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','failed','MESH server unreachable; share again later',NULL,NULL);
INSERT INTO "events" VALUES(9,'2026-12-03T10:21:37.957838+00:00','rec-1',1,'rcp-sw','social-worker','mesh','fhir-json','Y90001',NULL,'rec-1-v1-rcp-sw','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','pending',NULL,NULL,NULL);
INSERT INTO "events" VALUES(10,'2026-12-03T10:21:37.961913+00:00','rec-1',1,'rcp-sw','social-worker','mesh','fhir-json','Y90001','MESH-2','rec-1-v1-rcp-sw','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','sent',NULL,'2026-03-02T12:00:00.000000+00:00',NULL);
INSERT INTO "events" VALUES(11,'2026-12-03T10:21:37.965893+00:00','rec-2',1,'rcp-gp','gp','fhir','fhir-json','Y90001',NULL,'rec-2-v1-rcp-gp','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','pending',NULL,NULL,NULL);
INSERT INTO "events" VALUES(12,'2026-12-03T10:21:37.969922+00:00','rec-1',1,'rcp-foster','foster-carer','manual','fhir-json','Y90001',NULL,'rec-1-v1-rcp-foster','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','pending',NULL,NULL,NULL);
INSERT INTO "events" VALUES(13,'2026-12-03T10:21:37.977970+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001',NULL,'rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','pending',NULL,NULL,NULL);
INSERT INTO "events" VALUES(14,'2026-12-03T10:21:37.985956+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001','CTRL-1','rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','rejected','MLLP AE',NULL,NULL);
CREATE INDEX events_by_delivery
    ON events (record_id, record_version, recipient_id, transport, seq);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the sharing ledger is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the sharing ledger is append-only'); END;
CREATE VIEW deliveries AS
    SELECT e.*, k.first_seq FROM events AS e
    JOIN (
        SELECT max(seq) AS last_seq, min(seq) AS first_seq FROM events
        GROUP BY record_id, record_version, recipient_id, transport
    ) AS k ON e.seq = k.last_seq;
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('events',14);
COMMIT;
