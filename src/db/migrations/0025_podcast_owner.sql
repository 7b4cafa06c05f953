ALTER TABLE "podcasts" ADD COLUMN "owner_email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "podcasts" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;