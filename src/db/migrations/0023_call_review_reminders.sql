CREATE TABLE "call_review_reminders" (
	"review_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_review_reminders" ADD CONSTRAINT "call_review_reminders_review_id_call_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."call_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "call_review_reminders_review_kind_idx" ON "call_review_reminders" USING btree ("review_id","kind");