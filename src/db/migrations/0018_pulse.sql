CREATE TABLE "pulse_exclusions" (
	"survey_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"note" text NOT NULL,
	"excluded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulse_exclusions_survey_id_organisation_id_question_id_pk" PRIMARY KEY("survey_id","organisation_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "pulse_monitors" (
	"year" integer PRIMARY KEY NOT NULL,
	"analysis" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_participations" (
	"survey_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"answered_by" text NOT NULL,
	"consent_to_name" boolean DEFAULT false NOT NULL,
	"reopen_note" text,
	"reopened_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulse_participations_survey_id_organisation_id_pk" PRIMARY KEY("survey_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "pulse_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"audience_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"licence" text DEFAULT 'CC-BY-4.0' NOT NULL,
	"text_answers_public" boolean DEFAULT false NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"closed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulse_surveys_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "pulse_exclusions" ADD CONSTRAINT "pulse_exclusions_survey_id_pulse_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."pulse_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_participations" ADD CONSTRAINT "pulse_participations_survey_id_pulse_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."pulse_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_participations" ADD CONSTRAINT "pulse_participations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pulse_participations_response_idx" ON "pulse_participations" USING btree ("response_id");--> statement-breakpoint
CREATE INDEX "pulse_surveys_year_idx" ON "pulse_surveys" USING btree ("year");