// The whole newsroom model (docs/product.md), plus the page-cache invalidation outbox, the wire and the front page, one file per
// domain. drizzle-kit reads this index (drizzle.config.ts); code imports from '@/db/schema'.
export * from './people';
export * from './newsroom';
export * from './stories';
export * from './desk';
export * from './media';
export * from './page-invalidations';
export * from './wire';
export * from './analytics';
export * from './front';
export * from './mail';
export * from './collab';
export * from './preview-links';
