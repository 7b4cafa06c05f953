ALTER TABLE "activities" ADD COLUMN "publication_status" text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "from_call_application_id" uuid;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "from_call_title" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "from_call_url" text;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_from_call_application_idx" ON "activities" USING btree ("from_call_application_id");