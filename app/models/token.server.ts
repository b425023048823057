// Single-use, expiring tokens for e-mailed links (invitation, password reset). Only the SHA-256 of a token is stored.
import { createHash, randomBytes } from "node:crypto";
import type { TokenPurpose } from "@prisma/client";
import type { Tx } from "~/utils/db.server";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Ends every unused link of this purpose the user still holds: only the newest link, once, ever works. */
function endUnusedTokens(tx: Tx, userId: string, purpose: TokenPurpose, now: Date) {
  return tx.authToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
}

/** Issues a new link; every older unused link of the same purpose stops working. */
export async function issueToken(tx: Tx, userId: string, purpose: TokenPurpose, ttlMs: number, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  await endUnusedTokens(tx, userId, purpose, now);
  await tx.authToken.create({
    data: { tokenHash: hash(token), userId, purpose, expiresAt: new Date(now.getTime() + ttlMs) },
  });
  return token;
}

/**
 * Marks the token used, ends the user's other unused tokens of the purpose, and returns its user; null when the token is
 * unknown, used, expired or for another purpose.
 */
export async function consumeToken(tx: Tx, token: string, purpose: TokenPurpose, now = new Date()) {
  const found = await tx.authToken.findUnique({
    where: { tokenHash: hash(token) },
    select: { id: true, userId: true, purpose: true, expiresAt: true, usedAt: true },
  });
  if (!found || found.purpose !== purpose || found.usedAt || found.expiresAt <= now) return null;
  const marked = await tx.authToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
  if (marked.count !== 1) return null;
  await endUnusedTokens(tx, found.userId, purpose, now);
  return found.userId;
}

/** Whether a token is still usable, without using it (to show the form or a clear "link expired" message). */
export async function isTokenUsable(tx: Tx, token: string, purpose: TokenPurpose, now = new Date()) {
  const found = await tx.authToken.findUnique({
    where: { tokenHash: hash(token) },
    select: { purpose: true, expiresAt: true, usedAt: true },
  });
  return !!found && found.purpose === purpose && !found.usedAt && found.expiresAt > now;
}
