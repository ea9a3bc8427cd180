DROP INDEX "stories_public_idx";--> statement-breakpoint
DROP INDEX "stories_section_public_idx";--> statement-breakpoint
DROP INDEX "stories_modified_idx";--> statement-breakpoint
CREATE INDEX "stories_public_order_idx" ON "stories" USING btree ("state","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_section_order_idx" ON "stories" USING btree ("section_id","state","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_modified_order_idx" ON "stories" USING btree ("modified_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);