CREATE TABLE "activity_selections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"organisation_id" uuid,
	"funding" text NOT NULL,
	"selected_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"released_at" timestamp with time zone,
	"registration_id" uuid
);
--> statement-breakpoint
CREATE TABLE "activity_travel_details" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"travel_from" text NOT NULL,
	"travel_mode" text NOT NULL,
	"arrival_date" text NOT NULL,
	"departure_date" text NOT NULL,
	"accommodation_needed" boolean NOT NULL,
	"dietary" text DEFAULT '' NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "application_call_id" uuid;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "funded_places" integer;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "self_funded_places" integer;--> statement-breakpoint
ALTER TABLE "activity_registrations" ADD COLUMN "funding" text;--> statement-breakpoint
ALTER TABLE "activity_selections" ADD CONSTRAINT "activity_selections_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_selections" ADD CONSTRAINT "activity_selections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_selections" ADD CONSTRAINT "activity_selections_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_selections" ADD CONSTRAINT "activity_selections_selected_by_id_users_id_fk" FOREIGN KEY ("selected_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_selections" ADD CONSTRAINT "activity_selections_registration_id_activity_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."activity_registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_travel_details" ADD CONSTRAINT "activity_travel_details_registration_id_activity_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."activity_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_selections_application_idx" ON "activity_selections" USING btree ("activity_id","application_id");