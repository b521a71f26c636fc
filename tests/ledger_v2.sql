-- A sharing ledger written by medassess with ledger schema version 2 (attempts and derived states, and a
-- CHECK listing every transport), dumped with sqlite3's iterdump: tests/ledger_v1.sql as version 2 wrote it
-- on migrating. tests/test_ledger.py loads it and opens it with the current Ledger, which must upgrade it
-- and keep every event.
PRAGMA user_version=2;
BEGIN TRANSACTION;
CREATE TABLE "events" (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at     TEXT    NOT NULL,
    record_id       TEXT    NOT NULL,
    record_version  INTEGER NOT NULL CHECK (record_version >= 1),
    recipient_id    TEXT    NOT NULL,
    recipient_role  TEXT    NOT NULL,
    transport       TEXT    NOT NULL CHECK (transport IN ('mesh', 'mllp', 'fhir', 'manual')),
    format          TEXT    NOT NULL,
    practice_ods    TEXT    NOT NULL,
    local_id        TEXT    NOT NULL,
    payload_sha256  TEXT    NOT NULL CHECK (length(payload_sha256) = 64),
    attempt         INTEGER NOT NULL CHECK (attempt >= 1),
    outcome         TEXT    NOT NULL CHECK (outcome IN ('pending', 'sent', 'acknowledged', 'failed', 'rejected', 'unknown')),
    message_id      TEXT,
    sent_at         TEXT,
    acknowledged_at TEXT,
    detail          TEXT,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'acknowledged', 'failed', 'rejected', 'unknown')),
    settled_seq     INTEGER,
    CHECK (outcome != 'acknowledged' OR status = 'acknowledged')
);
INSERT INTO "events" VALUES(1,'2026-12-03T10:21:37.930007+00:00','rec-1',1,'rcp-hv','health-visitor','mesh','fhir-json','Y90001','rec-1-v1-rcp-hv','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'pending',NULL,NULL,NULL,NULL,'pending',NULL);
INSERT INTO "events" VALUES(2,'2026-12-03T10:21:37.934047+00:00','rec-1',1,'rcp-hv','health-visitor','mesh','fhir-json','Y90001','rec-1-v1-rcp-hv','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'sent','MESH-1','2026-03-02T10:00:00.000000+00:00',NULL,NULL,'sent',NULL);
INSERT INTO "events" VALUES(3,'2026-12-03T10:21:37.935149+00:00','rec-1',1,'rcp-hv','health-visitor','mesh','fhir-json','Y90001','rec-1-v1-rcp-hv','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'acknowledged','MESH-1','2026-03-02T10:00:00.000000+00:00','2026-03-02T11:00:00.000000+00:00','MESH tracking: acknowledged','acknowledged',NULL);
INSERT INTO "events" VALUES(4,'2026-12-03T10:21:37.937834+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001','rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'pending',NULL,NULL,NULL,NULL,'pending',NULL);
INSERT INTO "events" VALUES(5,'2026-12-03T10:21:37.941881+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001','rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'sent','CTRL-1','2026-03-02T10:01:00.000000+00:00',NULL,NULL,'sent',NULL);
INSERT INTO "events" VALUES(6,'2026-12-03T10:21:37.945942+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001','rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'acknowledged','CTRL-1','2026-03-02T10:01:00.000000+00:00','2026-03-02T10:01:00.000000+00:00','MLLP AA','acknowledged',NULL);
INSERT INTO "events" VALUES(7,'2026-12-03T10:21:37.949922+00:00','rec-1',1,'rcp-sw','social-worker','mesh','fhir-json','Y90001','rec-1-v1-rcp-sw','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'pending',NULL,NULL,NULL,NULL,'pending',NULL);
INSERT INTO "events" VALUES(8,'2026-12-03T10:21:37.953989+00:00','rec-1',1,'rcp-sw','social-worker','mesh','fhir-json','Y90001','rec-1-v1-rcp-sw','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'failed',NULL,NULL,NULL,'MESH server unreachable; share again later','failed',NULL);
INSERT INTO "events" VALUES(9,'2026-12-03T10:21:37.957838+00:00','rec-1',1,'rcp-sw','social-worker','mesh','fhir-json','Y90001','rec-1-v1-rcp-sw','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',2,'pending',NULL,NULL,NULL,NULL,'pending',NULL);
INSERT INTO "events" VALUES(10,'2026-12-03T10:21:37.961913+00:00','rec-1',1,'rcp-sw','social-worker','mesh','fhir-json','Y90001','rec-1-v1-rcp-sw','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',2,'sent','MESH-2','2026-03-02T12:00:00.000000+00:00',NULL,NULL,'sent',NULL);
INSERT INTO "events" VALUES(11,'2026-12-03T10:21:37.965893+00:00','rec-2',1,'rcp-gp','gp','fhir','fhir-json','Y90001','rec-2-v1-rcp-gp','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'pending',NULL,NULL,NULL,NULL,'pending',NULL);
INSERT INTO "events" VALUES(12,'2026-12-03T10:21:37.969922+00:00','rec-1',1,'rcp-foster','foster-carer','manual','fhir-json','Y90001','rec-1-v1-rcp-foster','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',1,'pending',NULL,NULL,NULL,NULL,'pending',NULL);
INSERT INTO "events" VALUES(13,'2026-12-03T10:21:37.977970+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001','rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',2,'pending',NULL,NULL,NULL,NULL,'acknowledged',6);
INSERT INTO "events" VALUES(14,'2026-12-03T10:21:37.985956+00:00','rec-1',1,'rcp-maternity','maternity-unit','mllp','hl7v2','Y90001','rec-1-v1-rcp-maternity','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',2,'rejected','CTRL-1',NULL,NULL,'MLLP AE','acknowledged',6);
CREATE INDEX events_by_delivery ON events (record_id, record_version, recipient_id, transport, seq);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the sharing ledger is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the sharing ledger is append-only'); END;
CREATE TRIGGER events_acknowledged_stays BEFORE INSERT ON events WHEN NEW.status != 'acknowledged' AND EXISTS (SELECT 1 FROM events WHERE record_id = NEW.record_id AND record_version = NEW.record_version AND recipient_id = NEW.recipient_id AND transport = NEW.transport AND status = 'acknowledged') BEGIN SELECT RAISE(ABORT, 'an acknowledged delivery stays acknowledged'); END;
CREATE VIEW deliveries AS 
    SELECT e.seq, e.recorded_at, e.record_id, e.record_version, e.recipient_id, e.recipient_role, e.transport,
           s.format, e.practice_ods, s.message_id, e.local_id, s.payload_sha256, e.status, e.detail, s.sent_at,
           s.acknowledged_at, e.attempt, e.outcome, k.first_seq
    FROM (SELECT max(seq) AS last_seq, min(seq) AS first_seq FROM events  GROUP BY record_id, record_version, recipient_id, transport) AS k
    JOIN events AS e ON e.seq = k.last_seq
    JOIN events AS s ON s.seq = coalesce(e.settled_seq, e.seq);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('events',14);
COMMIT;
