CREATE TABLE "call_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"organisation_id" uuid,
	"country" text,
	"reference" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"round" text DEFAULT 'eligibility' NOT NULL,
	"decision" text,
	"decision_reason" text DEFAULT '' NOT NULL,
	"practice_id" uuid,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"outcome_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_conflicts" (
	"application_id" uuid NOT NULL,
	"expert_id" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_conflicts_application_id_expert_id_pk" PRIMARY KEY("application_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "call_panel" (
	"call_id" uuid NOT NULL,
	"expert_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_panel_call_id_expert_id_pk" PRIMARY KEY("call_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "call_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"expert_id" text NOT NULL,
	"round" text DEFAULT 'experts' NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"recommendation" text,
	"due_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"guidance" text DEFAULT '' NOT NULL,
	"eligible_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"eligible_organisation_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"applicant_type" text DEFAULT 'organisations' NOT NULL,
	"time_zone" text DEFAULT 'Europe/Brussels' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"quota" integer,
	"reviews_per_submission" integer DEFAULT 3 NOT NULL,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"blind" boolean DEFAULT false NOT NULL,
	"edit_after_submit" boolean DEFAULT false NOT NULL,
	"same_country_conflict" boolean DEFAULT false NOT NULL,
	"questionnaire_id" uuid,
	"practice_mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reference_prefix" text DEFAULT 'CALL' NOT NULL,
	"last_reference" integer DEFAULT 0 NOT NULL,
	"evaluation_started_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_conflicts" ADD CONSTRAINT "call_conflicts_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_panel" ADD CONSTRAINT "call_panel_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reviews" ADD CONSTRAINT "call_reviews_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_applications_call_idx" ON "call_applications" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "call_applications_person_idx" ON "call_applications" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_applications_response_idx" ON "call_applications" USING btree ("response_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_applications_reference_idx" ON "call_applications" USING btree ("call_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "call_reviews_application_expert_idx" ON "call_reviews" USING btree ("application_id","expert_id","round");--> statement-breakpoint
CREATE INDEX "call_reviews_expert_idx" ON "call_reviews" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "calls_closes_at_idx" ON "calls" USING btree ("closes_at");--> statement-breakpoint
CREATE INDEX "calls_created_at_idx" ON "calls" USING btree ("created_at");