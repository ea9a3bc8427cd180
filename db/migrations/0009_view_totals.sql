CREATE TABLE "view_totals_hourly" (
	"dimension" text NOT NULL,
	"subject" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"views" integer NOT NULL,
	CONSTRAINT "view_totals_hourly_dimension_subject_hour_pk" PRIMARY KEY("dimension","subject","hour")
);
--> statement-breakpoint
CREATE INDEX "stories_corrected_idx" ON "stories" USING btree ("modified_at") WHERE "stories"."corrections" <> '[]'::jsonb;--> statement-breakpoint
-- Counts written before this table existed, added up under the stories' sections and authors of today.
INSERT INTO "view_totals_hourly" ("dimension", "subject", "hour", "views")
SELECT 'site', '00000000-0000-0000-0000-000000000000'::uuid, "hour", sum("views")::int
FROM "story_views_hourly" GROUP BY "hour"
UNION ALL
SELECT 'section', s."section_id", h."hour", sum(h."views")::int
FROM "story_views_hourly" h JOIN "stories" s ON s."id" = h."story_id"
WHERE s."section_id" IS NOT NULL GROUP BY s."section_id", h."hour"
UNION ALL
SELECT 'author', sa."user_id", h."hour", sum(h."views")::int
FROM "story_views_hourly" h JOIN "story_authors" sa ON sa."story_id" = h."story_id"
GROUP BY sa."user_id", h."hour";
