// Staff turnover (issue 13, acceptance 2): when an administrator deactivates a representative's account, every active
// assignment of theirs moves to handover at once, the seat shows as vacant in the matrix, and the county's liaison and
// the unit's social workers are told in their own language, the mails delivered by the worker to a real SMTP server on
// loopback and read back. Leaving a unit hands over that unit's seats only.
import { describe, expect, it } from "vitest";
import { activeAccountSnapshot, updateUser } from "~/models/user.server";
import {
  handOverOnLeaving,
  proposeRepresentative,
  representationMatrix,
  stepRepresentative,
} from "~/models/network.server";
import * as userPage from "~/routes/admin+/users.$userId";
import { sessionUserById, type SessionUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { deliverMailToLoopback } from "../support/mail-delivery";
import { cookieForRole, demoEmail, post, run } from "../support/requests";

const inbox = await deliverMailToLoopback();

const session = async (email: string) =>
  (await sessionUserById((await db().user.findUniqueOrThrow({ where: { email } })).id))!;
const liaison = await session(demoEmail("liaison"));
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const otherUnit = await db().unit.findFirstOrThrow({ where: { name: "Perhesosiaalityö" } });
// The liaison reads English, the KOTO unit's social worker Finnish.
await db().user.update({ where: { id: liaison.id }, data: { locale: "en" } });

async function newNetwork(name: string, unitIds: string[]) {
  return db().network.create({
    data: {
      countyId: koto.countyId,
      name,
      theme: "testi",
      relevance: { create: unitIds.map((unitId) => ({ unitId })) },
    },
  });
}

async function newWorker(email: string, unitIds: string[]) {
  const user = await db().user.create({
    data: {
      email,
      name: `Riikka ${email.split("@")[0]}`,
      role: "social_worker",
      status: "active",
      snapshot: activeAccountSnapshot(),
      units: { create: unitIds.map((unitId) => ({ unitId })) },
    },
  });
  return (await sessionUserById(user.id))!;
}

/** Proposed by the liaison and accepted by the person: an active assignment. */
async function representative(person: SessionUser, networkId: string, unitId: string) {
  const id = await proposeRepresentative(liaison, { networkId, unitId, personId: person.id });
  await stepRepresentative(person, networkId, id, "ACCEPT", 0, {
    termStart: new Date("2026-01-01"),
    termEnd: null,
    substituteId: null,
  });
  return id;
}

const addresses = (mail: { to?: unknown }) =>
  [mail.to]
    .flat()
    .flatMap((a) => (a as { value: { address: string }[] }).value.map((v) => v.address))
    .sort();

describe("a representative leaving", () => {
  it("hands over all their active assignments when the account is deactivated, and tells the liaison and the unit", async () => {
    const a = await newNetwork("Kulttuuriverkosto", [koto.id]);
    const b = await newNetwork("Nuorisoverkosto", [koto.id]);
    const person = await newWorker("riikka.leaving@demo.co-act.fi", [koto.id]);
    const first = await representative(person, a.id, koto.id);
    const second = await representative(person, b.id, koto.id);
    const before = await db().outboxEmail.count();

    const answer = await run(
      userPage.action,
      post(`/admin/users/${person.id}`, { intent: "DEACTIVATE" }, await cookieForRole("admin")),
      { userId: person.id },
    );
    expect(answer.status).toBe(302);

    for (const id of [first, second]) {
      const row = await db().networkRepresentative.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "handover", personId: person.id });
      expect(
        await db().workflowEvent.findFirst({ where: { recordId: id, event: "HAND_OVER" }, select: { actorId: true } }),
      ).toEqual({ actorId: null });
    }
    // The vacancy shows in the liaison's matrix.
    const matrix = await representationMatrix(liaison);
    const cell = (networkId: string) =>
      matrix.rows.find((r) => r.unit.id === koto.id)!.cells.find((c) => c.networkId === networkId)!;
    expect(cell(a.id)).toMatchObject({ relevant: true, vacant: true, handover: true, representatives: [] });
    expect(cell(b.id)).toMatchObject({ relevant: true, vacant: true, handover: true, representatives: [] });

    // Two assignments × (the liaison + the unit's other social worker), read back from the SMTP server.
    expect(await db().outboxEmail.count()).toBe(before + 4);
    const mails = (await inbox.waitFor(4)).slice(-4);
    const socialWorker = demoEmail("social_worker");
    expect(mails.map(addresses).flat().sort()).toEqual(
      [liaison.email, liaison.email, socialWorker, socialWorker].sort(),
    );
    for (const mail of mails) {
      const to = addresses(mail)[0];
      const text = mail.text ?? "";
      expect(text).toContain(person.name);
      expect(text).toContain(koto.name);
      expect(text).not.toContain(person.email);
      if (to === liaison.email) {
        expect(mail.subject).toMatch(
          /^A representative left: .* needs a new representative in (Kulttuuri|Nuoriso)verkosto$/,
        );
        expect(text).toContain("What to do: propose a new representative");
        expect(text).toContain("The account of");
      } else {
        expect(mail.subject).toMatch(
          /^Edustaja lähti: .* tarvitsee uuden edustajan verkostoon (Kulttuuri|Nuoriso)verkosto$/,
        );
        expect(text).toContain("Mitä tehdä: ehdottakaa");
        expect(text).toContain("tili on suljettu");
      }
      expect(mail.html).toContain(`/networks/`);
    }
    // The history stays readable: the rows are there, with the person's name.
    expect(await db().networkRepresentative.count({ where: { personId: person.id } })).toBe(2);
  });

  it("hands over only the seats of the unit a person left, when their memberships change", async () => {
    const c = await newNetwork("Työllisyysverkosto", [koto.id, otherUnit.id]);
    const person = await newWorker("riikka.moving@demo.co-act.fi", [koto.id, otherUnit.id]);
    const forKoto = await representative(person, c.id, koto.id);
    const forOther = await representative(person, c.id, otherUnit.id);
    const mailsBefore = inbox.messages.length;

    await updateUser(person.id, {
      name: person.name,
      role: "social_worker",
      unitIds: [otherUnit.id],
      associationIds: [],
    });

    expect((await db().networkRepresentative.findUniqueOrThrow({ where: { id: forKoto } })).status).toBe("handover");
    expect((await db().networkRepresentative.findUniqueOrThrow({ where: { id: forOther } })).status).toBe("active");
    // The liaison and the KOTO unit's social worker (not the other unit, whose seat is unchanged).
    const mails = (await inbox.waitFor(mailsBefore + 2)).slice(mailsBefore);
    expect(mails.map(addresses).flat().sort()).toEqual([liaison.email, demoEmail("social_worker")].sort());
    expect(mails.find((m) => addresses(m)[0] === liaison.email)!.text).toContain("is no longer a member of");
  });

  it("ends the handover when a successor accepts, and the vacancy is gone", async () => {
    const d = await newNetwork("Asumisverkosto", [koto.id]);
    const leaving = await newWorker("riikka.old@demo.co-act.fi", [koto.id]);
    const old = await representative(leaving, d.id, koto.id);
    await db().$transaction((tx) => handOverOnLeaving(tx, leaving.id, "deactivated"));
    const successor = await newWorker("riikka.new@demo.co-act.fi", [koto.id]);
    await representative(successor, d.id, koto.id);
    expect((await db().networkRepresentative.findUniqueOrThrow({ where: { id: old } })).status).toBe("ended");
    const matrix = await representationMatrix(liaison);
    const cell = matrix.rows.find((r) => r.unit.id === koto.id)!.cells.find((c) => c.networkId === d.id)!;
    expect(cell).toMatchObject({ vacant: false, handover: false, representatives: [{ name: successor.name }] });
  });
});
