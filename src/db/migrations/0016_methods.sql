CREATE TABLE "method_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"method_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"storage_key" text,
	"file_type" text,
	"file_name" text,
	"size_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"what_it_is" text DEFAULT '' NOT NULL,
	"when_to_use" text DEFAULT '' NOT NULL,
	"steps" text[] DEFAULT '{}'::text[] NOT NULL,
	"outcomes" text DEFAULT '' NOT NULL,
	"pitfalls" text DEFAULT '' NOT NULL,
	"effort" text NOT NULL,
	"duration" text DEFAULT '' NOT NULL,
	"group_min" integer NOT NULL,
	"group_max" integer NOT NULL,
	"format" text NOT NULL,
	"activity_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "methods_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "method_resources" ADD CONSTRAINT "method_resources_method_id_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "method_resources_method_id_idx" ON "method_resources" USING btree ("method_id","created_at");