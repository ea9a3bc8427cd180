ALTER TABLE "stories" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "translation_group_id" uuid;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "translated_from_id" uuid;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "translated_from_revision_id" uuid;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_translated_from_id_stories_id_fk" FOREIGN KEY ("translated_from_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_translated_from_revision_id_revisions_id_fk" FOREIGN KEY ("translated_from_revision_id") REFERENCES "public"."revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stories_translation_group_idx" ON "stories" USING btree ("translation_group_id");