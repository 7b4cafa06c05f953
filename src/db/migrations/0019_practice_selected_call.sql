ALTER TABLE "practices" ADD COLUMN "selected_in_call_title" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "selected_in_call_url" text;