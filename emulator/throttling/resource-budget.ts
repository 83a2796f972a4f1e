/**
 * SharePoint's resource-unit budget of an application in a tenant
 * (https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online):
 * every request of the app costs resource units, and once the units of the last minute reach
 * the app's limit, SharePoint answers 429 with Retry-After. "Throttled requests count towards
 * usage limits", so they are charged too. The page's smallest tenant (up to 1,000 licences)
 * gives an app 1,200 units a minute; that is the default here.
 */
export interface ResourceBudgetConfig {
  /** Units an app may spend in one window. */
  readonly units: number;
  /** The window in seconds; 60 as SharePoint meters, shorter to compress time in a benchmark. */
  readonly windowSeconds: number;
}

/** The default: 1,200 units a minute. */
export const DEFAULT_RESOURCE_BUDGET: ResourceBudgetConfig = { units: 1200, windowSeconds: 60 };

/** What charging a request decided. */
export type Charge =
  { readonly kind: 'allowed' } | { readonly kind: 'throttled'; readonly retryAfterSeconds: number };

/** A sliding-window meter of resource units. */
export interface ResourceBudget {
  readonly config: ResourceBudgetConfig;
  /** Charges `units` now; throttled when the window was spent already. */
  charge(units: number): Charge;
}

/**
 * A budget over a sliding window, on a monotonic clock of its own (not the record system's
 * business clock, which tests may stop).
 */
export function createResourceBudget(
  config: ResourceBudgetConfig,
  clock: () => number = () => performance.now(),
): ResourceBudget {
  const windowMs = config.windowSeconds * 1000;
  const spent: { at: number; units: number }[] = [];
  let total = 0;
  return {
    config,
    charge: (units) => {
      const now = clock();
      while (spent.length > 0 && (spent[0]?.at ?? now) <= now - windowMs)
        total -= spent.shift()?.units ?? 0;
      const over = total + units > config.units;
      spent.push({ at: now, units });
      total += units;
      if (!over) return { kind: 'allowed' };
      // Wait until enough of the window has passed to bring the spending under the limit.
      let freed = 0;
      let until = now;
      for (const entry of spent) {
        freed += entry.units;
        until = entry.at + windowMs;
        if (total - freed <= config.units - units) break;
      }
      return { kind: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
    },
  };
}

/**
 * Reads `BRONVAST_RESOURCE_UNITS`: `off`, `<units>` (a minute) or `<units>/<seconds>`; the
 * default budget when unset. Throws on anything else, so a typo is not silently ignored.
 */
export function parseResourceBudget(text: string | undefined): ResourceBudgetConfig | 'off' {
  if (text === undefined || text.trim() === '') return DEFAULT_RESOURCE_BUDGET;
  if (text.trim().toLowerCase() === 'off') return 'off';
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*)?$/.exec(text);
  if (match?.[1] === undefined)
    throw new Error(`BRONVAST_RESOURCE_UNITS: '${text}' is not 'off', N or N/seconds`);
  return { units: Number(match[1]), windowSeconds: Number(match[2] ?? 60) };
}
