// The little of oidc-provider's API the e2e harness uses (scripts/e2e-oidc.ts); the package
// ships no types of its own.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface Account {
    accountId: string;
    claims(): Promise<Record<string, unknown>>;
  }

  export default class Provider {
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & {
        findAccount?(context: unknown, id: string): Promise<Account | undefined>;
      },
    );
    on(event: string, listener: (...args: never[]) => void): this;
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  }
}
