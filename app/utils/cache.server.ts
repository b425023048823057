// A short-lived in-process memo for values every visitor asks for and that may lag behind the data by the given time
// (e.g. the directory's filter choices): one query per period per process instead of one per request.
const entries = new Map<string, { until: number; value: Promise<unknown> }>();

export function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const entry = entries.get(key);
  if (entry && entry.until > now) return entry.value as Promise<T>;
  const value = load();
  entries.set(key, { until: now + ttlMs, value });
  // A failed load is not remembered: the next request tries again.
  value.catch(() => entries.delete(key));
  return value;
}
