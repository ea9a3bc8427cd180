CREATE TABLE "section_redirects" (
	"from_slug" text PRIMARY KEY NOT NULL,
	"section_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tag_redirects" (
	"from_slug" text PRIMARY KEY NOT NULL,
	"tag_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "section_redirects" ADD CONSTRAINT "section_redirects_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tag_redirects" ADD CONSTRAINT "tag_redirects_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "section_redirects_section_idx" ON "section_redirects" USING btree ("section_id");--> statement-breakpoint
CREATE INDEX "tag_redirects_tag_idx" ON "tag_redirects" USING btree ("tag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sections_name_key" ON "sections" USING btree (lower(regexp_replace(btrim(name), '\s+', ' ', 'g')));--> statement-breakpoint
CREATE UNIQUE INDEX "tags_name_key" ON "tags" USING btree (lower(regexp_replace(btrim(name), '\s+', ' ', 'g')));