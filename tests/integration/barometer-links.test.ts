// Proves the barometer's personal links: the liaison drafts a round, chooses invitees and opens it, and each invitee
// gets a link by e-mail; one answer per link, changed (never duplicated) through the same link until the round closes;
// a tampered or unknown link shows a clear page and changes nothing; a closed round, or one past its closing date,
// takes no answer; and only the county's liaison (or an admin) runs rounds.
import { beforeAll, describe, expect, it } from "vitest";
import * as answerPage from "~/routes/barometer+/answer";
import * as roundsPage from "~/routes/barometer+/_index";
import * as roundPage from "~/routes/barometer+/$roundId._index";
import { db } from "~/utils/db.server";
import { fingerprint } from "../support/fingerprint";
import { cookieForRole, get, post, run } from "../support/requests";

const liaison = await cookieForRole("liaison");
const socialWorker = await cookieForRole("social_worker");
const sisarukset = await db().association.findUniqueOrThrow({
  where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
  select: { id: true, contactEmail: true },
});
const INVITEES = ["eka.vastaaja@example.fi", "toka.vastaaja@example.fi"];

let roundId = "";
const links = new Map<string, string>();

const answerUrl = (token: string) => `/barometer/answer?token=${encodeURIComponent(token)}`;
const answer = (token: string, fields: Record<string, string>) =>
  run(answerPage.action, post(answerUrl(token), fields));
const answerRows = () =>
  db().barometerAnswer.findMany({ where: { roundId }, select: { orgType: true, items: true, grades: true } });

async function roundVersion() {
  return (await db().barometerRound.findUniqueOrThrow({ where: { id: roundId } })).version;
}
const roundEvent = async (event: string, extra: Record<string, string> = {}) =>
  run(
    roundPage.action,
    post(`/barometer/${roundId}`, { event, version: String(await roundVersion()), ...extra }, liaison),
    { roundId },
  );

beforeAll(async () => {
  const created = await run(
    roundsPage.action,
    post(
      "/barometer",
      { countyId: (await db().county.findFirstOrThrow()).id, title: "Barometri 2027", closesAt: "2099-06-30" },
      liaison,
    ),
  );
  expect(created.status).toBe(302);
  roundId = created.location!.split("/").at(-1)!;
  const invited = await run(
    roundPage.action,
    post(
      `/barometer/${roundId}`,
      { intent: "invite", associationIds: sisarukset.id, emails: `${INVITEES[0]}\n${INVITEES[1]}, ${INVITEES[0]}` },
      liaison,
    ),
    { roundId },
  );
  expect(invited.status).toBe(302);
  // Nothing is sent from a draft: the links go out when the round opens.
  expect(await db().outboxEmail.count({ where: { template: "barometerInvitation" } })).toBe(0);
  expect((await roundEvent("OPEN")).status).toBe(302);
  const mails = await db().outboxEmail.findMany({ where: { template: "barometerInvitation" } });
  for (const mail of mails) links.set(mail.to, /\/barometer\/answer\?token=([\w-]+)/.exec(mail.text)![1]);
});

describe("opening a round", () => {
  it("e-mails one personal link to each invitee, named or through their association, once", async () => {
    expect([...links.keys()]).toEqual(expect.arrayContaining([...INVITEES, "staff@demo.co-act.fi"]));
    if (sisarukset.contactEmail) expect([...links.keys()]).toContain(sisarukset.contactEmail);
    expect(new Set(links.values()).size).toBe(links.size);
    // Only the hash of a link's token is stored.
    const stored = await db().barometerInvitation.findMany({ where: { roundId }, select: { tokenHash: true } });
    expect(stored).toHaveLength(links.size);
    for (const token of links.values()) expect(stored.map((s) => s.tokenHash)).not.toContain(token);
  });
});

describe("a personal link", () => {
  it("shows the form without signing in, and saves one answer", async () => {
    const token = links.get(INVITEES[0])!;
    const page = await run(answerPage.loader, get(answerUrl(token)));
    expect(page.status).toBe(200);
    expect(page.data.link).toMatchObject({ answerable: true, answer: null, round: { title: "Barometri 2027" } });

    const saved = await answer(token, { orgType: "association", "item.oc1": "4", "item.oc3": "0", "grade.local": "8" });
    expect(saved.status).toBe(302);
    expect(await answerRows()).toEqual([{ orgType: "association", items: { oc1: 4, oc3: 0 }, grades: { local: 8 } }]);
  });

  it("changes the same answer when used again, until the round closes", async () => {
    const token = links.get(INVITEES[0])!;
    expect((await answer(token, { orgType: "education", "item.oc1": "2" })).status).toBe(302);
    expect(await answerRows()).toEqual([{ orgType: "education", items: { oc1: 2 }, grades: {} }]);
    const page = await run(answerPage.loader, get(answerUrl(token)));
    expect(page.data.link.answer).toMatchObject({ orgType: "education", items: { oc1: 2 } });
  });

  it("is one person's: another invitee's link gives another answer", async () => {
    expect((await answer(links.get(INVITEES[1])!, { "grade.national": "5" })).status).toBe(302);
    expect(await answerRows()).toHaveLength(2);
  });

  it("refuses an answer off the scale with a message, writing nothing", async () => {
    const before = await fingerprint();
    const refused = await answer(links.get(INVITEES[1])!, { "item.oc1": "7" });
    expect(refused.status).toBe(400);
    expect(refused.data.errors["item.oc1"]).toEqual({ key: "errors.invalidChoice" });
    expect(await fingerprint()).toEqual(before);
  });

  it.each([
    ["tampered", () => `${links.get(INVITEES[1])!.slice(0, -1)}${links.get(INVITEES[1])!.endsWith("A") ? "B" : "A"}`],
    ["made up", () => "not-a-real-link"],
    ["empty", () => ""],
  ])("that is %s shows a clear page and changes nothing", async (_, token) => {
    const page = await run(answerPage.loader, get(answerUrl(token())));
    expect(page).toMatchObject({ status: 404, data: { link: null } });
    const before = await fingerprint();
    const refused = await answer(token(), { orgType: "other", "item.oc1": "1" });
    expect(refused).toMatchObject({ status: 404, data: { refused: "unknown" } });
    expect(await fingerprint()).toEqual(before);
  });
});

describe("after the round closes", () => {
  it("takes no answer past the closing date, even before the liaison closes the round", async () => {
    await db().barometerRound.update({ where: { id: roundId }, data: { closesAt: new Date(Date.now() - 1000) } });
    const before = await fingerprint();
    expect(await answer(links.get(INVITEES[0])!, { orgType: "other" })).toMatchObject({ status: 409 });
    expect(await fingerprint()).toEqual(before);
    await db().barometerRound.update({ where: { id: roundId }, data: { closesAt: new Date("2099-06-30") } });
  });

  it("shows the link's page as closed and refuses every change", async () => {
    expect((await roundEvent("CLOSE")).status).toBe(302);
    const token = links.get(INVITEES[0])!;
    const page = await run(answerPage.loader, get(answerUrl(token)));
    expect(page.data.link).toMatchObject({ answerable: false });
    const before = await fingerprint();
    expect(await answer(token, { orgType: "other" })).toMatchObject({ status: 409, data: { refused: "closed" } });
    expect(await answer(links.get("staff@demo.co-act.fi")!, { orgType: "other" })).toMatchObject({ status: 409 });
    expect(await fingerprint()).toEqual(before);
  });

  it("reopens only with a closing date in the future", async () => {
    const refused = await roundEvent("REOPEN", { closesAt: "2020-01-01" });
    expect(refused).toMatchObject({ status: 400, data: { errors: { closesAt: { key: "errors.dateInPast" } } } });
    expect((await db().barometerRound.findUniqueOrThrow({ where: { id: roundId } })).status).toBe("closed");
  });
});

describe("who runs rounds", () => {
  it("is the liaison of the county and admins, not social workers", async () => {
    expect((await run(roundsPage.loader, get("/barometer", socialWorker))).status).toBe(403);
    const before = await fingerprint();
    const refused = await run(
      roundPage.action,
      post(`/barometer/${roundId}`, { event: "PUBLISH", version: "0" }, socialWorker),
      { roundId },
    );
    expect(refused.status).toBe(403);
    expect(await fingerprint()).toEqual(before);
  });

  it("does not show a round of another county to its liaison", async () => {
    const other = await db().county.create({ data: { name: "Barometrin toinen alue" } });
    const round = await db().barometerRound.update({ where: { id: roundId }, data: { countyId: other.id } });
    expect((await run(roundPage.loader, get(`/barometer/${round.id}`, liaison), { roundId })).status).toBe(404);
  });
});

describe("the liaison's forms", () => {
  const countyId = async () => (await db().county.findFirstOrThrow({ where: { name: "Demo-hyvinvointialue" } })).id;

  it.each([
    [{ title: "", closesAt: "2099-01-01" }, { title: { key: "errors.required" } }],
    [{ title: "Kierros", closesAt: "31.12.2099" }, { closesAt: { key: "errors.date" } }],
    [{ title: "Kierros", closesAt: "2099-02-30" }, { closesAt: { key: "errors.date" } }],
    [{ title: "Kierros", closesAt: "2020-01-01" }, { closesAt: { key: "errors.dateInPast" } }],
    [{ title: "<b>Kierros</b>", closesAt: "2099-01-01" }, { title: { key: "errors.noMarkup" } }],
  ])("refuse a round %j with %j, writing nothing", async (fields, errors) => {
    const before = await fingerprint();
    const refused = await run(
      roundsPage.action,
      post("/barometer", { countyId: await countyId(), ...fields }, liaison),
    );
    expect(refused).toMatchObject({ status: 400, data: { errors } });
    expect(await fingerprint()).toEqual(before);
  });

  it("refuse an invitee list with an address that is not one, writing nothing", async () => {
    const created = await run(
      roundsPage.action,
      post("/barometer", { countyId: await countyId(), title: "Toinen", closesAt: "2099-01-01" }, liaison),
    );
    const id = created.location!.split("/").at(-1)!;
    const before = await fingerprint();
    const refused = await run(
      roundPage.action,
      post(`/barometer/${id}`, { intent: "invite", emails: "hyva@example.fi\nei-osoite" }, liaison),
      { roundId: id },
    );
    expect(refused).toMatchObject({ status: 400, data: { errors: { emails: { key: "errors.email" } } } });
    expect(await fingerprint()).toEqual(before);
  });
});
