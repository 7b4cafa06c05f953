CREATE TABLE "call_award_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"application_id" uuid,
	"rank" text NOT NULL,
	"entry_title" text NOT NULL,
	"organisation_id" uuid,
	"awardee_name" text NOT NULL,
	"city" text,
	"country" text,
	"practice_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_award_categories" ADD CONSTRAINT "call_award_categories_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_awards" ADD CONSTRAINT "call_awards_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_awards" ADD CONSTRAINT "call_awards_category_id_call_award_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."call_award_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_awards" ADD CONSTRAINT "call_awards_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "call_award_categories_call_name_idx" ON "call_award_categories" USING btree ("call_id","name");--> statement-breakpoint
CREATE INDEX "call_awards_call_idx" ON "call_awards" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_awards_application_idx" ON "call_awards" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_awards_one_winner_idx" ON "call_awards" USING btree ("category_id") WHERE rank = 'winner';