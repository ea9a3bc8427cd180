CREATE TABLE "story_views_daily" (
	"story_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" integer NOT NULL,
	CONSTRAINT "story_views_daily_story_id_day_pk" PRIMARY KEY("story_id","day")
);
--> statement-breakpoint
CREATE TABLE "story_views_hourly" (
	"story_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"views" integer NOT NULL,
	CONSTRAINT "story_views_hourly_story_id_hour_pk" PRIMARY KEY("story_id","hour")
);
--> statement-breakpoint
ALTER TABLE "story_views_daily" ADD CONSTRAINT "story_views_daily_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_views_hourly" ADD CONSTRAINT "story_views_hourly_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "story_views_hourly_hour_idx" ON "story_views_hourly" USING btree ("hour","story_id","views");