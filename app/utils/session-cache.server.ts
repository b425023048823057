// The signed-in user of a session, kept in the process between requests while a LISTEN connection hears of every
// change that could alter or revoke it (docs/decisions/010). The database's triggers (migration session_change_notices)
// send `coact_sessions_changed` when a session is deleted or updated, an account or a membership changes, or a unit or
// an association moves county; each instance empties its cache when it hears it, which is within milliseconds of the
// commit on every instance. Without the connection (not started, as in tests, or lost) nothing is cached: every
// request reads the database, as before.
import pg from "pg";

export const SESSIONS_CHANGED = "coact_sessions_changed";
/** An entry is read again after this even without a notice: a bound on what a missed notice could cost. */
const TTL_MS = 60_000;
/** Far more sessions than one instance serves in a minute; past it the cache starts over. */
const MAX_ENTRIES = 20_000;
const RECONNECT_MS = 1_000;

type Entry<T> = { value: T; until: number };
/**
 * One cache per process, shared on globalThis: server.ts starts the listener from its own copy of this module, while
 * the pages use the copy bundled into the production build (build/server/index.js).
 */
type State = {
  entries: Map<string, Entry<unknown>>;
  listening: boolean;
  /** Raised by every notice: a read that began before it must not store what it read. */
  generation: number;
};
const KEY = Symbol.for("coact.session-cache");
const shared = globalThis as typeof globalThis & { [KEY]?: State };
const state: State = (shared[KEY] ??= { entries: new Map(), listening: false, generation: 0 });

function forgetAll() {
  state.generation++;
  state.entries.clear();
}

/**
 * The value for a session: from the cache while the listener is up, else read (and kept if no change was announced
 * meanwhile). Whether the value still signs anyone in (expiry, account status) is the caller's to check each time.
 */
export async function cachedSession<T>(sessionId: string, read: () => Promise<T>, now = Date.now()): Promise<T> {
  const entry = state.listening ? state.entries.get(sessionId) : undefined;
  if (entry && entry.until > now) return entry.value as T;
  const before = state.generation;
  const value = await read();
  if (state.listening && state.generation === before) {
    if (state.entries.size >= MAX_ENTRIES) state.entries.clear();
    state.entries.set(sessionId, { value, until: now + TTL_MS });
  }
  return value;
}

/** Forgets one session in this process (its own sign-out or renewal; other instances hear the database's notice). */
export function forgetSession(sessionId: string) {
  state.generation++;
  state.entries.delete(sessionId);
}

/**
 * Listens for changes to sessions, accounts and memberships, and caches sessions only while listening. Returns the
 * stop function. A lost connection empties the cache and stops caching until it is listening again.
 */
export async function listenForSessionChanges(connectionString: string): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = () => {
    state.listening = false;
    forgetAll();
    client?.removeAllListeners();
    client?.end().catch(() => {});
    client = undefined;
    if (!stopped) retry = setTimeout(() => void connect().catch(lost), RECONNECT_MS).unref();
  };

  async function connect() {
    const next = new pg.Client({ connectionString });
    client = next;
    next.on("error", lost);
    next.on("end", () => {
      if (client === next) lost();
    });
    next.on("notification", (message) => {
      if (message.channel === SESSIONS_CHANGED) forgetAll();
    });
    await next.connect();
    await next.query(`LISTEN ${SESSIONS_CHANGED}`);
    if (stopped || client !== next) return;
    // Nothing read before LISTEN took effect is kept: it may predate a change whose notice was missed.
    forgetAll();
    state.listening = true;
  }

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    state.listening = false;
    forgetAll();
    const last = client;
    client = undefined;
    last?.removeAllListeners();
    await last?.end().catch(() => {});
  };
}
