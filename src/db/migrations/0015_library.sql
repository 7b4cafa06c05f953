CREATE TABLE "library_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"authors" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"year" integer,
	"licence" text DEFAULT 'all-rights-reserved' NOT NULL,
	"url" text,
	"file_key" text,
	"file_type" text,
	"file_name" text,
	"file_size" integer,
	"file_text" text DEFAULT '' NOT NULL,
	"preview_key" text,
	"cover_key" text,
	"cover_type" text,
	"cover_alt" text DEFAULT '' NOT NULL,
	"podcast_id" uuid,
	"episode_number" integer,
	"duration_seconds" integer,
	"transcript" text DEFAULT '' NOT NULL,
	"practice_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"activity_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"contributor_id" text,
	"review_comment" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (stoa_weighted_tsvector(language, title, description, file_text || ' ' || transcript, authors || ' ' || organisation)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_items_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "podcasts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"author" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"category" text DEFAULT 'Society & Culture' NOT NULL,
	"explicit" boolean DEFAULT false NOT NULL,
	"cover_key" text,
	"cover_type" text,
	"cover_alt" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "podcasts_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_podcast_id_podcasts_id_fk" FOREIGN KEY ("podcast_id") REFERENCES "public"."podcasts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_contributor_id_users_id_fk" FOREIGN KEY ("contributor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_items_search_idx" ON "library_items" USING gin ("search");--> statement-breakpoint
CREATE INDEX "library_items_status_idx" ON "library_items" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "library_items_themes_idx" ON "library_items" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "library_items_podcast_idx" ON "library_items" USING btree ("podcast_id","episode_number");--> statement-breakpoint
CREATE INDEX "library_items_contributor_idx" ON "library_items" USING btree ("contributor_id");