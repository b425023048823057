// The shared picture: the demo county's seeded pages show when they were last reviewed; the liaison creates and edits
// pages (each save a new version); association and county staff comment and suggest changes; the liaison accepts a
// suggestion (a new version with its text) or declines one; nobody else edits, and another county's page is not found.
// Questions for the annual session are sent ahead, anonymously if wished, and listed for the facilitator only.
import { describe, expect, it } from "vitest";
import * as indexPage from "~/routes/picture+/_index";
import * as pagePage from "~/routes/picture+/$pageId";
import * as questionsPage from "~/routes/picture+/questions";
import { db } from "~/utils/db.server";
import { fingerprint } from "../support/fingerprint";
import { cookieForRole, get, post, run } from "../support/requests";

const liaison = await cookieForRole("liaison");
const staff = await cookieForRole("association_staff");
const socialWorker = await cookieForRole("social_worker");
const admin = await cookieForRole("admin");
const county = await db().county.findFirstOrThrow({ select: { id: true } });
const otherCounty = await db().county.create({ data: { name: "Kuvan toinen hyvinvointialue" } });
const otherPage = await db().picturePage.create({
  data: { countyId: otherCounty.id, kind: "explainer", title: "Toisen alueen sivu", body: "Teksti" },
});

const act = (cookie: string, id: string, fields: Record<string, string>) =>
  run(pagePage.action, post(`/picture/${id}`, fields, cookie), { pageId: id });
const versions = (pageId: string) =>
  db().picturePageVersion.findMany({
    where: { pageId },
    orderBy: { number: "asc" },
    select: { number: true, body: true },
  });

describe("pages", () => {
  it("lists the county's seeded pages by kind with their last review date, for everyone of the county", async () => {
    for (const cookie of [liaison, staff, socialWorker]) {
      const list = await run(indexPage.loader, get("/picture", cookie));
      expect(list.status).toBe(200);
      expect(list.data.pages.map((p: { kind: string }) => p.kind).sort()).toEqual([
        "case_example",
        "explainer",
        "responsibilities",
      ]);
      expect(list.data.pages.every((p: { lastReviewedAt: Date }) => p.lastReviewedAt instanceof Date)).toBe(true);
      expect(list.data.pages.map((p: { id: string }) => p.id)).not.toContain(otherPage.id);
    }
    expect((await run(indexPage.loader, get("/picture", admin))).status).toBe(403);
  });

  it("are created and edited by the liaison only, each save a new version", async () => {
    const before = await fingerprint();
    const fields = { countyId: county.id, kind: "explainer", title: "Mitä on tulkkaus?", body: "Versio yksi" };
    for (const cookie of [staff, socialWorker])
      expect((await run(indexPage.action, post("/picture", fields, cookie))).status).toBe(403);
    expect((await run(indexPage.action, post("/picture", { ...fields, title: "" }, liaison))).status).toBe(400);
    expect(await fingerprint()).toEqual(before);

    const created = await run(indexPage.action, post("/picture", fields, liaison));
    expect(created.status).toBe(302);
    const id = created.location!.split("/").at(-1)!;
    // The same title twice in a county is refused with a message.
    const twice = await run(indexPage.action, post("/picture", fields, liaison));
    expect(twice).toMatchObject({ status: 400, data: { errors: { title: { key: "picture.error.titleTaken" } } } });

    const stranger = await fingerprint();
    expect((await act(staff, id, { intent: "edit", title: "Mitä on tulkkaus?", body: "Minun versioni" })).status).toBe(
      403,
    );
    expect((await act(socialWorker, id, { intent: "reviewed" })).status).toBe(403);
    expect((await act(liaison, otherPage.id, { intent: "edit", title: "x", body: "y" })).status).toBe(404);
    expect(await fingerprint()).toEqual(stranger);

    expect((await act(liaison, id, { intent: "edit", title: "Mitä on tulkkaus?", body: "Versio kaksi" })).status).toBe(
      302,
    );
    expect(await versions(id)).toEqual([
      { number: 1, body: "Versio yksi" },
      { number: 2, body: "Versio kaksi" },
    ]);
    const page = await run(pagePage.loader, get(`/picture/${id}`, staff), { pageId: id });
    expect(page.data.page).toMatchObject({ body: "Versio kaksi", version: 2, mayEdit: false });
    expect((await run(pagePage.loader, get(`/picture/${otherPage.id}`, staff), { pageId: otherPage.id })).status).toBe(
      404,
    );
  });

  it("takes comments and suggestions from associations and county staff; the liaison accepts or declines", async () => {
    const page = await db().picturePage.findFirstOrThrow({ where: { countyId: county.id, kind: "explainer" } });
    const start = (await versions(page.id)).length;
    expect((await act(staff, page.id, { intent: "comment", comment: "Hyvä selitys!" })).status).toBe(302);
    expect(
      (
        await act(staff, page.id, {
          intent: "comment",
          comment: "Lisäisin esimerkin.",
          suggestedBody: "Uusi teksti esimerkin kanssa.",
        })
      ).status,
    ).toBe(302);
    expect(
      (await act(socialWorker, page.id, { intent: "comment", comment: "Toinen ehdotus", suggestedBody: "Hylättävä" }))
        .status,
    ).toBe(302);
    expect((await act(staff, page.id, { intent: "comment", comment: "" })).status).toBe(400);
    const comments = await db().pictureComment.findMany({ where: { pageId: page.id }, orderBy: { createdAt: "asc" } });
    expect(comments.map((c) => [c.kind, c.status])).toEqual([
      ["comment", "open"],
      ["suggestion", "open"],
      ["suggestion", "open"],
    ]);
    // Only the liaison decides.
    expect((await act(staff, page.id, { intent: "accept", commentId: comments[1].id })).status).toBe(403);

    const reviewedBefore = page.lastReviewedAt;
    expect((await act(liaison, page.id, { intent: "accept", commentId: comments[1].id })).status).toBe(302);
    expect((await act(liaison, page.id, { intent: "decline", commentId: comments[2].id })).status).toBe(302);
    // A decided suggestion cannot be decided again; a plain comment is no suggestion.
    expect((await act(liaison, page.id, { intent: "accept", commentId: comments[2].id })).status).toBe(400);
    expect((await act(liaison, page.id, { intent: "accept", commentId: comments[0].id })).status).toBe(400);

    const after = await db().picturePage.findUniqueOrThrow({ where: { id: page.id } });
    expect(after.body).toBe("Uusi teksti esimerkin kanssa.");
    expect(after.lastReviewedAt.getTime()).toBeGreaterThan(reviewedBefore.getTime());
    expect((await versions(page.id)).length).toBe(start + 1);
    expect(
      (await db().pictureComment.findMany({ where: { pageId: page.id }, orderBy: { createdAt: "asc" } })).map(
        (c) => c.status,
      ),
    ).toEqual(["open", "accepted", "declined"]);
  });

  it("is marked reviewed by the liaison", async () => {
    const page = await db().picturePage.findFirstOrThrow({ where: { countyId: county.id, kind: "case_example" } });
    await db().picturePage.update({ where: { id: page.id }, data: { lastReviewedAt: new Date("2025-01-01") } });
    expect((await act(liaison, page.id, { intent: "reviewed" })).status).toBe(302);
    const shown = await run(pagePage.loader, get(`/picture/${page.id}`, staff), { pageId: page.id });
    expect(shown.data.page.lastReviewedAt.getTime()).toBeGreaterThan(new Date("2026-01-01").getTime());
  });
});

describe("questions for the annual session", () => {
  it("are sent ahead, anonymously if wished, and listed for the facilitator only", async () => {
    expect(
      (await run(questionsPage.action, post("/picture/questions", { countyId: county.id, body: "Nimellä?" }, staff)))
        .status,
    ).toBe(302);
    expect(
      (
        await run(
          questionsPage.action,
          post("/picture/questions", { countyId: county.id, body: "Nimettömänä?", anonymous: "on" }, socialWorker),
        )
      ).status,
    ).toBe(302);
    const before = await fingerprint();
    expect(
      (await run(questionsPage.action, post("/picture/questions", { countyId: otherCounty.id, body: "x" }, staff)))
        .status,
    ).toBe(403);
    expect(
      (await run(questionsPage.action, post("/picture/questions", { countyId: county.id, body: "" }, staff))).status,
    ).toBe(400);
    expect(await fingerprint()).toEqual(before);

    const stored = await db().sessionQuestion.findMany({ orderBy: { createdAt: "asc" } });
    expect(stored.map((q) => [q.body, q.authorId === null])).toEqual([
      ["Nimellä?", false],
      ["Nimettömänä?", true],
    ]);
    const facilitator = await run(questionsPage.loader, get("/picture/questions", liaison));
    expect(
      facilitator.data.questions.map((q: { body: string; author: { name: string } | null }) => [
        q.body,
        q.author?.name ?? null,
      ]),
    ).toEqual([
      ["Nimettömänä?", null],
      ["Nimellä?", "Jamal Vapaaehtoinen"],
    ]);
    expect((await run(questionsPage.loader, get("/picture/questions", staff))).data.questions).toBeNull();
  });
});
