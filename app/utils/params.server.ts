// URL parameters are input too: an id that is not a UUID is simply "not found".
import { z } from "zod";

export function requireId(value: string | undefined): string {
  const parsed = z.string().uuid().safeParse(value);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  return parsed.data;
}

export function notFound(): never {
  throw new Response("Not found", { status: 404 });
}
