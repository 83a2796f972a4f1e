import type { AccessCheck } from './access';
import type { FaultDice } from './faults';
import type { EmulatorRequest, EmulatorResponse } from './http/exchange';
import type { Route } from './http/router';
import type { ScopeRule } from './scopes/scope-requirement';
import type { ResourceBudget } from './throttling/resource-budget';
import type { UserRecord } from './store/records';
import type { Store } from './store/store';

/** What a Graph route handler works with: the request, its signed-in user and the store. */
export interface GraphContext {
  readonly request: EmulatorRequest;
  readonly user: UserRecord;
  /** The token's delegated scopes, lower-cased (checked per route before the handler runs). */
  readonly scopes: ReadonlySet<string>;
  readonly store: Store;
  /** What the signed-in user may do (SharePoint's permissions, see `access.ts`). */
  readonly access: AccessCheck;
  /** Runs an inner `$batch` request through the same routes and fault injection. */
  readonly dispatchInner: (request: EmulatorRequest) => Promise<EmulatorResponse>;
}

/** A Graph route: it names the delegated scopes its call needs (`scopes/route-scopes.ts`). */
export interface GraphRoute extends Route<GraphContext> {
  readonly scopes: ScopeRule;
}

/** What the upload URL handler works with: no user, as Graph's upload URLs carry their own token. */
export interface UploadContext {
  readonly request: EmulatorRequest;
  readonly store: Store;
}

/** Shared services of a running emulator. */
export interface EmulatorServices {
  readonly store: Store;
  readonly faults: () => FaultDice;
  /** The app's SharePoint resource-unit budget; undefined when not metered. */
  readonly budget?: () => ResourceBudget | undefined;
}

/** A user acting on the store, with or without an HTTP request (upload sessions finish later). */
export type Actor = Pick<GraphContext, 'store' | 'user' | 'access'>;
