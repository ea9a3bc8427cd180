CREATE TABLE "wire_clock" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wire_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"event_seq" bigint NOT NULL,
	"story_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"leased_until" timestamp with time zone,
	"give_up_at" timestamp with time zone NOT NULL,
	"last_status_code" integer,
	"last_error" text,
	"last_attempt_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wire_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"story_id" uuid NOT NULL,
	"type" text NOT NULL,
	"version" integer NOT NULL,
	"correction" boolean DEFAULT false NOT NULL,
	"embargo_only" boolean DEFAULT false NOT NULL,
	"section_id" uuid,
	"item" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"body_html" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wire_keys" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wire_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"webhook_url" text,
	"section_ids" uuid[],
	"receives_embargoed" boolean DEFAULT false NOT NULL,
	"secret" text NOT NULL,
	"previous_secret" text,
	"previous_secret_until" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wire_rate_limits" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "wire_deliveries" ADD CONSTRAINT "wire_deliveries_partner_id_wire_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."wire_partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_deliveries" ADD CONSTRAINT "wire_deliveries_event_seq_wire_events_seq_fk" FOREIGN KEY ("event_seq") REFERENCES "public"."wire_events"("seq") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_events" ADD CONSTRAINT "wire_events_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_keys" ADD CONSTRAINT "wire_keys_partner_id_wire_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."wire_partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_partners" ADD CONSTRAINT "wire_partners_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wire_deliveries_due_idx" ON "wire_deliveries" USING btree ("next_attempt_at") WHERE "wire_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "wire_deliveries_order_idx" ON "wire_deliveries" USING btree ("partner_id","story_id","event_seq");--> statement-breakpoint
CREATE INDEX "wire_deliveries_log_idx" ON "wire_deliveries" USING btree ("partner_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "wire_events_story_idx" ON "wire_events" USING btree ("story_id","seq");--> statement-breakpoint
CREATE INDEX "wire_keys_partner_idx" ON "wire_keys" USING btree ("partner_id");