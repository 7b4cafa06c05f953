-- The practices module's in-memory search index follows the database through this log: every
-- write to a practice, its translations or its organisation's kind adds the practice's id, whatever
-- code wrote it (commands, imports, psql). See src/modules/practices/search-index/README.md.
CREATE TABLE "practice_changes" (
	"version" bigserial PRIMARY KEY NOT NULL,
	"practice_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION stoa_log_practice_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  -- Run at commit (deferred) under a transaction-long lock, so versions are handed out in commit
  -- order: a reader that sees version n has seen every change numbered below n.
  PERFORM pg_advisory_xact_lock(7405142001);
  IF TG_TABLE_NAME = 'organisations' THEN
    INSERT INTO practice_changes (practice_id) SELECT id FROM practices WHERE organisation_id = NEW.id;
  ELSIF TG_TABLE_NAME = 'practice_translations' THEN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO practice_changes (practice_id) VALUES (NEW.practice_id);
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO practice_changes (practice_id) VALUES (OLD.practice_id);
    ELSE
      INSERT INTO practice_changes (practice_id) SELECT DISTINCT unnest(ARRAY[OLD.practice_id, NEW.practice_id]);
    END IF;
  ELSE
    IF TG_OP = 'INSERT' THEN
      INSERT INTO practice_changes (practice_id) VALUES (NEW.id);
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO practice_changes (practice_id) VALUES (OLD.id);
    ELSE
      INSERT INTO practice_changes (practice_id) SELECT DISTINCT unnest(ARRAY[OLD.id, NEW.id]);
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "practices_log_change" AFTER INSERT OR UPDATE OR DELETE ON "practices"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stoa_log_practice_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "practice_translations_log_change" AFTER INSERT OR UPDATE OR DELETE ON "practice_translations"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stoa_log_practice_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "organisations_log_practice_change" AFTER UPDATE OF "kind" ON "organisations"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind)
  EXECUTE FUNCTION stoa_log_practice_change();
