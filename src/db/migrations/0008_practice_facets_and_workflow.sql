ALTER TABLE "practices" ADD COLUMN "population_band" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "budget_band" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "selected_in_call_id" uuid;--> statement-breakpoint
CREATE INDEX "practices_population_band_idx" ON "practices" USING btree ("population_band");--> statement-breakpoint
CREATE INDEX "practices_selected_in_call_id_idx" ON "practices" USING btree ("selected_in_call_id");