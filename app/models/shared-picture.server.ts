// Data access for the shared picture (Co-Act step 4): a county's small library of pages (the agreed division of
// responsibilities, plain-language explainers of what county services mean, anonymised case examples), each with its
// versions, comments and suggested changes; and the questions sent ahead for the annual facilitated session. The
// liaison edits pages (every save is a new version), accepts or declines suggestions and marks pages reviewed;
// associations and county staff of the county read, comment and suggest.
import type { PicturePageKind, Prisma } from "@prisma/client";
import type { SessionUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { mayEditPicture, NotAllowed, pictureScope } from "~/utils/permissions.server";
import { FieldProblem } from "./user.server";

/** The pages of the user's counties, by kind and title. */
export function listPages(user: SessionUser) {
  return db().picturePage.findMany({
    where: pictureScope(user),
    orderBy: [{ kind: "asc" }, { title: "asc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      title: true,
      lastReviewedAt: true,
      county: { select: { name: true } },
      _count: { select: { comments: { where: { status: "open" } } } },
    },
  });
}

/** A page with its latest version's number and its comments; null when it is not of the user's counties. */
export async function getPage(user: SessionUser, id: string) {
  const page = await db().picturePage.findFirst({
    where: { id, ...pictureScope(user) },
    select: {
      id: true,
      countyId: true,
      kind: true,
      title: true,
      body: true,
      lastReviewedAt: true,
      updatedAt: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
      comments: {
        orderBy: { createdAt: "asc" },
        take: 200,
        select: {
          id: true,
          kind: true,
          body: true,
          suggestedBody: true,
          status: true,
          createdAt: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  if (!page) return null;
  const { versions, ...rest } = page;
  return { ...rest, version: versions[0]?.number ?? 0, mayEdit: mayEditPicture(user, page.countyId) };
}

async function saveVersion(tx: Tx, pageId: string, userId: string, title: string, body: string) {
  const last = await tx.picturePageVersion.findFirst({
    where: { pageId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  await tx.picturePageVersion.create({
    data: { pageId, number: (last?.number ?? 0) + 1, title, body, createdById: userId },
  });
  await tx.picturePage.update({ where: { id: pageId }, data: { title, body } });
}

function duplicateTitle(error: unknown): never {
  if ((error as Prisma.PrismaClientKnownRequestError)?.code === "P2002")
    throw new FieldProblem("title", "picture.error.titleTaken");
  throw error;
}

export async function createPage(
  user: SessionUser,
  input: { countyId: string; kind: PicturePageKind; title: string; body: string },
) {
  if (!mayEditPicture(user, input.countyId)) throw new NotAllowed();
  return db()
    .$transaction(async (tx) => {
      const page = await tx.picturePage.create({ data: input, select: { id: true } });
      await saveVersion(tx, page.id, user.id, input.title, input.body);
      return page;
    })
    .catch(duplicateTitle);
}

/** The page's owner check, before a form is read: null when the page is not of the user's counties. */
export function pageCounty(user: SessionUser, id: string) {
  return db().picturePage.findFirst({ where: { id, ...pictureScope(user) }, select: { countyId: true } });
}

/** The liaison saves a new text: a new version; saving also confirms the page is reviewed. */
export async function editPage(user: SessionUser, id: string, input: { title: string; body: string }) {
  const page = await pageCounty(user, id);
  if (!page || !mayEditPicture(user, page.countyId)) throw new NotAllowed();
  return db()
    .$transaction(async (tx) => {
      await saveVersion(tx, id, user.id, input.title, input.body);
      await tx.picturePage.update({ where: { id }, data: { lastReviewedAt: new Date() } });
    })
    .catch(duplicateTitle);
}

/** The liaison confirms the page still holds as it is. */
export async function markReviewed(user: SessionUser, id: string, now = new Date()) {
  const page = await pageCounty(user, id);
  if (!page || !mayEditPicture(user, page.countyId)) throw new NotAllowed();
  await db().picturePage.update({ where: { id }, data: { lastReviewedAt: now } });
}

/** Anyone of the county comments, or suggests a new text for the page. */
export async function addComment(user: SessionUser, id: string, input: { body: string; suggestedBody: string | null }) {
  const page = await pageCounty(user, id);
  if (!page) throw new NotAllowed();
  await db().pictureComment.create({
    data: {
      pageId: id,
      authorId: user.id,
      kind: input.suggestedBody ? "suggestion" : "comment",
      body: input.body,
      suggestedBody: input.suggestedBody,
    },
  });
}

/** The liaison accepts an open suggestion (its text becomes a new version) or declines it. */
export async function decideSuggestion(user: SessionUser, id: string, commentId: string, accept: boolean) {
  const page = await pageCounty(user, id);
  if (!page || !mayEditPicture(user, page.countyId)) throw new NotAllowed();
  await db().$transaction(async (tx) => {
    const comment = await tx.pictureComment.findFirst({
      where: { id: commentId, pageId: id, kind: "suggestion", status: "open" },
      select: { suggestedBody: true, page: { select: { title: true } } },
    });
    if (!comment?.suggestedBody) throw new FieldProblem("form", "picture.error.notOpen");
    await tx.pictureComment.update({ where: { id: commentId }, data: { status: accept ? "accepted" : "declined" } });
    if (accept) {
      await saveVersion(tx, id, user.id, comment.page.title, comment.suggestedBody);
      await tx.picturePage.update({ where: { id }, data: { lastReviewedAt: new Date() } });
    }
  });
}

// ---- questions for the annual facilitated session ------------------------------------------------------------------

/** The counties the user may send questions to (or, for the liaison, read them from). */
export function pictureCounties(user: SessionUser) {
  return db().county.findMany({
    where: { id: pictureScope(user).countyId },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function submitQuestion(user: SessionUser, input: { countyId: string; body: string; anonymous: boolean }) {
  if (!user.countyIds.includes(input.countyId)) throw new NotAllowed();
  await db().sessionQuestion.create({
    data: { countyId: input.countyId, body: input.body, authorId: input.anonymous ? null : user.id },
  });
}

/** The questions for the facilitator (the liaison): newest first, the asker's name only when they gave it. */
export function listQuestions(user: SessionUser) {
  return db().sessionQuestion.findMany({
    where: { countyId: { in: user.countyIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
}
