// The states a story can be in, spelled once. A leaf module: the database enum (db/schema) and the
// workflow graph (lib/workflow.ts, which gives each state its label and its transitions) both read
// it, and db/ imports nothing from lib/.
export const STORY_STATES = [
  'draft',
  'submitted',
  'changes_requested',
  'scheduled',
  'published',
  'withdrawn',
] as const;

export type StoryState = (typeof STORY_STATES)[number];
