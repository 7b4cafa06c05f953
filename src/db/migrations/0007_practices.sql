CREATE TABLE "practice_slug_redirects" (
	"old_slug" text PRIMARY KEY NOT NULL,
	"practice_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_translations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"challenge" text DEFAULT '' NOT NULL,
	"approach" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"transferability" text DEFAULT '' NOT NULL,
	"lessons" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (stoa_weighted_tsvector(language, title, summary, challenge || ' ' || approach || ' ' || results, '')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"city" text NOT NULL,
	"country" text NOT NULL,
	"organisation_id" uuid,
	"programme_id" uuid,
	"summary" text NOT NULL,
	"challenge" text DEFAULT '' NOT NULL,
	"approach" text DEFAULT '' NOT NULL,
	"resources" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"transferability" text DEFAULT '' NOT NULL,
	"lessons" text DEFAULT '' NOT NULL,
	"start_year" integer,
	"status" text,
	"transformations" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"publication_status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"contact_name" text,
	"contact_email" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (stoa_weighted_tsvector(language, title, summary, challenge || ' ' || approach || ' ' || results, city || ' ' || country)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practices_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "practice_slug_redirects" ADD CONSTRAINT "practice_slug_redirects_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_translations" ADD CONSTRAINT "practice_translations_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practice_slug_redirects_practice_id_idx" ON "practice_slug_redirects" USING btree ("practice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_translations_practice_id_language_idx" ON "practice_translations" USING btree ("practice_id","language");--> statement-breakpoint
CREATE INDEX "practice_translations_search_idx" ON "practice_translations" USING gin ("search");--> statement-breakpoint
CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search");--> statement-breakpoint
CREATE INDEX "practices_title_trgm_idx" ON "practices" USING gin (lower(stoa_unaccent(title)) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "practices_country_idx" ON "practices" USING btree ("country");--> statement-breakpoint
CREATE INDEX "practices_status_idx" ON "practices" USING btree ("status");--> statement-breakpoint
CREATE INDEX "practices_start_year_idx" ON "practices" USING btree ("start_year");--> statement-breakpoint
CREATE INDEX "practices_publication_idx" ON "practices" USING btree ("publication_status","published_at");--> statement-breakpoint
CREATE INDEX "practices_themes_idx" ON "practices" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "practices_transformations_idx" ON "practices" USING gin ("transformations");--> statement-breakpoint
CREATE INDEX "practices_organisation_id_idx" ON "practices" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "practices_programme_id_idx" ON "practices" USING btree ("programme_id");