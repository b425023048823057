// Waiting for something to become true without sleeping a fixed time: polls, and fails at a deadline.
export async function until<T>(check: () => Promise<T | undefined>, deadlineMs: number, intervalMs = 100): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`not done within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
