CREATE TABLE "front_page" (
	"id" text PRIMARY KEY DEFAULT 'front' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "front_slots" (
	"position" integer PRIMARY KEY NOT NULL,
	"story_id" uuid NOT NULL,
	"pinned_until" timestamp with time zone,
	CONSTRAINT "front_slots_position_check" CHECK ("front_slots"."position" between 0 and 6)
);
--> statement-breakpoint
ALTER TABLE "front_page" ADD CONSTRAINT "front_page_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "front_slots" ADD CONSTRAINT "front_slots_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "front_slots_story_idx" ON "front_slots" USING btree ("story_id");