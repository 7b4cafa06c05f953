ALTER TABLE "call_panel" DROP CONSTRAINT "call_panel_call_id_expert_id_pk";--> statement-breakpoint
ALTER TABLE "calls" ALTER COLUMN "criteria" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "call_panel" ADD COLUMN "round" text DEFAULT 'experts' NOT NULL;--> statement-breakpoint
ALTER TABLE "call_panel" ADD CONSTRAINT "call_panel_call_id_round_expert_id_pk" PRIMARY KEY("call_id","round","expert_id");--> statement-breakpoint
ALTER TABLE "call_reviews" ADD COLUMN "total" double precision;--> statement-breakpoint
-- One set of criteria per call becomes the expert round's (the panel above became the expert round's too).
UPDATE "calls" SET "criteria" = jsonb_build_object('experts', "criteria") WHERE jsonb_typeof("criteria") = 'array';--> statement-breakpoint
-- Submitted reviews keep their weighted total (0–100, one decimal), as saveReview now stores it.
UPDATE "call_reviews" AS "r" SET "total" = "s"."total" FROM (
  SELECT "rv"."id",
    round((sum(("rv"."scores" ->> ("c" ->> 'id'))::numeric / ("c" ->> 'scaleMax')::numeric * ("c" ->> 'weight')::numeric)
      / nullif(sum(("c" ->> 'weight')::numeric), 0)) * 100, 1) AS "total"
  FROM "call_reviews" AS "rv"
  JOIN "call_applications" AS "a" ON "a"."id" = "rv"."application_id"
  JOIN "calls" AS "k" ON "k"."id" = "a"."call_id"
  CROSS JOIN LATERAL jsonb_array_elements(COALESCE("k"."criteria" -> "rv"."round", '[]'::jsonb)) AS "c"
  WHERE "rv"."status" = 'submitted'
  GROUP BY "rv"."id"
  HAVING bool_and("rv"."scores" ? ("c" ->> 'id'))
) AS "s" WHERE "r"."id" = "s"."id";--> statement-breakpoint
-- The evaluation dashboard ranks one call's submissions of one round: found by call, status and round.
CREATE INDEX IF NOT EXISTS "call_applications_call_round_idx" ON "call_applications" ("call_id", "round") WHERE "status" <> 'draft';
