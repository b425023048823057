// Advance notices (Co-Act step 5): the county tells its associations what kinds of clients are coming — counts, languages, needs and timing, never personal data.
import type { SessionUser } from "~/utils/auth.server";
import { mayWriteNotice, NotAllowed } from "~/utils/permissions.server";
import { db } from "~/utils/db.server";
import type { FieldErrors } from "~/utils/forms";
import { personalDataIn } from "~/utils/personal-data";

export const NOTICE_TEXT_FIELDS = ["arriving", "needs"] as const;

export type NewAdvanceNotice = {
  countyId: string;
  groups: number;
  people: number;
  languages: string[];
  arriving: string;
  needs: string;
};

/** One error per free-text field that looks like it holds personal data (identity code, phone, e-mail). */
export function personalDataErrors(input: Pick<NewAdvanceNotice, (typeof NOTICE_TEXT_FIELDS)[number]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of NOTICE_TEXT_FIELDS) {
    const kind = personalDataIn(input[field]);
    if (kind) errors[field] = { key: `notice.personalData.${kind}` };
  }
  return errors;
}

/** Thrown when text with personal data reaches the model past the form's check. */
export class PersonalDataRefused extends Error {
  constructor(readonly errors: FieldErrors) {
    super(`personal data in ${Object.keys(errors).join(", ")}`);
  }
}

export async function createAdvanceNotice(user: SessionUser, input: NewAdvanceNotice) {
  if (!mayWriteNotice(user, input.countyId)) throw new NotAllowed();
  const errors = personalDataErrors(input);
  if (Object.keys(errors).length) throw new PersonalDataRefused(errors);
  const notice = await db().advanceNotice.create({
    data: {
      countyId: input.countyId,
      createdById: user.id,
      groups: input.groups,
      people: input.people,
      languages: input.languages,
      arriving: input.arriving,
      needs: input.needs,
    },
    select: { id: true },
  });
  return notice.id;
}

/** The notices a user may read, newest first: those of the counties they work in (staff of the county's associations,
 * its social workers and liaison); admins read every county's. */
export async function listAdvanceNotices(user: SessionUser, limit = 100) {
  const where = user.role === "admin" ? {} : { countyId: { in: user.countyIds } };
  const [notices, counties] = await Promise.all([
    db().advanceNotice.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        countyId: true,
        groups: true,
        people: true,
        languages: true,
        arriving: true,
        needs: true,
        createdAt: true,
      },
    }),
    db().county.findMany({
      where: user.role === "admin" ? {} : { id: { in: user.countyIds } },
      select: { id: true, name: true },
    }),
  ]);
  const names = new Map(counties.map((c) => [c.id, c.name]));
  return notices.map((n) => ({ ...n, countyName: names.get(n.countyId) ?? "" }));
}
