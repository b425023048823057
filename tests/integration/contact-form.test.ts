// The public contact point's form (issue 12, acceptance 1): a valid message is stored, routed by its topic and answered
// with a reference number and a copy by e-mail; every invalid field, a too-large or disguised attachment, the honeypot
// and the rate limits are refused with a clear message, never a 500, and store nothing (the fingerprint of every table
// is unchanged). Files are kept only as the type their content shows, and served back only as that type, as a download.
import { describe, expect, it } from "vitest";
import * as contactPage from "~/routes/contact+/_index";
import * as fileRoute from "~/routes/contact+/requests.$requestId.files.$attachmentId";
import * as senderFileRoute from "~/routes/contact+/request.files.$attachmentId";
import { CONTACT_REQUEST_LIMIT, MAX_ATTACHMENT_BYTES } from "~/utils/attachments.server";
import { db } from "~/utils/db.server";
import { CONTACT_LIMITS } from "~/routes/contact+/contact.server";
import { fingerprint } from "../support/fingerprint";
import { cookieForRole, get, run } from "../support/requests";

const county = await db().county.findFirstOrThrow({ select: { id: true } });
const koto = await db().unit.findFirstOrThrow({ where: { name: "Kotoutumisen sosiaalityö (KOTO)" } });
const liaison = await cookieForRole("liaison");

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
// A Windows executable's first bytes ("MZ", then the DOS stub), sent with a .pdf name and a PDF content type.
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);

type File = { name: string; type: string; bytes: Uint8Array<ArrayBuffer> };

const valid = (overrides: Record<string, string> = {}) => ({
  countyId: county.id,
  kind: "invitation",
  topic: "integration_services",
  senderOrganisation: "Vaasan Kurdit ry",
  senderName: "Rojda Esimerkki",
  senderEmail: "rojda@example.fi",
  message: "Tervetuloa kevätjuhlaamme 12.5. klo 17!",
  ...overrides,
});

function send(fields: Record<string, string>, { files = [] as File[], ip = "192.0.2.1", cookie = "" } = {}) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  for (const f of files) body.append("attachments", new Blob([f.bytes], { type: f.type }), f.name);
  const request = new Request("http://localhost:3000/contact", {
    method: "POST",
    body,
    headers: cookie ? { Cookie: cookie } : {},
  });
  return run(contactPage.action, request, {}, { clientIp: ip });
}

/** The request sent, refused: its status and message keys by field, and nothing stored anywhere. */
async function expectRefused(fields: Record<string, string>, options: Parameters<typeof send>[1] = {}) {
  const before = await fingerprint();
  const outcome = await send(fields, options);
  expect(outcome.status).toBeGreaterThanOrEqual(400);
  expect(outcome.status).toBeLessThan(500);
  expect(await fingerprint()).toEqual(before);
  return outcome;
}

const errorKeys = (outcome: { data?: { errors?: Record<string, { key: string }> } }) =>
  Object.fromEntries(Object.entries(outcome.data?.errors ?? {}).map(([field, e]) => [field, e.key]));

describe("a valid message", () => {
  it("is stored, routed by its topic, and answered with a reference number and a copy by e-mail", async () => {
    const outcome = await send(valid(), { files: [{ name: "kutsu.pdf", type: "application/pdf", bytes: PDF }] });
    expect(outcome.status).toBe(302);
    const reference = /^\/contact\?sent=(YP-[2-9A-Z]{4}-[2-9A-Z]{4})$/.exec(outcome.location!)![1];
    const row = await db().contactRequest.findUniqueOrThrow({
      where: { reference },
      include: { attachments: true },
    });
    expect(row).toMatchObject({
      countyId: county.id,
      kind: "invitation",
      topic: "integration_services",
      senderEmail: "rojda@example.fi",
      // integration_services goes to the KOTO unit by the county's rule.
      status: "routed",
      unitId: koto.id,
    });
    expect(row.attachments).toHaveLength(1);
    expect(row.attachments[0]).toMatchObject({ fileName: "kutsu.pdf", mimeType: "application/pdf", size: PDF.length });
    // The confirmation page shows the reference.
    const page = await run(contactPage.loader, get(outcome.location!));
    expect(page.data.sent).toBe(reference);
    // The sender's copy: the reference and their personal link; the token itself is not stored.
    const copy = await db().outboxEmail.findFirstOrThrow({
      where: { to: "rojda@example.fi", template: "contactReceipt" },
    });
    expect(copy.subject).toContain(reference);
    const token = /\/contact\/request\?token=([\w-]+)/.exec(copy.text)![1];
    expect(row.tokenHash).not.toBe(token);
    // The routed unit's worker is told, with the reference only.
    const told = await db().outboxEmail.findFirstOrThrow({
      where: { to: "social.worker@demo.co-act.fi", template: "contactForCounty" },
    });
    expect(told.text).toContain(reference);
    expect(told.text).not.toContain("kevätjuhla");

    // Served back to the county and to the sender only as checked, as a download, never sniffed.
    for (const served of [
      await run(fileRoute.loader, get(`/contact/requests/${row.id}/files/${row.attachments[0].id}`, liaison), {
        requestId: row.id,
        attachmentId: row.attachments[0].id,
      }),
      await run(senderFileRoute.loader, get(`/contact/request/files/${row.attachments[0].id}?token=${token}`), {
        attachmentId: row.attachments[0].id,
      }),
    ]) {
      expect(served.status).toBe(200);
      expect(served.headers!.get("Content-Type")).toBe("application/pdf");
      expect(served.headers!.get("Content-Disposition")).toMatch(/^attachment; filename="kutsu.pdf"/);
      expect(served.headers!.get("X-Content-Type-Options")).toBe("nosniff");
    }
    // Not to anyone else: an unknown link, or an association's staff.
    expect(
      (
        await run(senderFileRoute.loader, get(`/contact/request/files/${row.attachments[0].id}?token=x${token}`), {
          attachmentId: row.attachments[0].id,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await run(
          fileRoute.loader,
          get(`/contact/requests/${row.id}/files/${row.attachments[0].id}`, await cookieForRole("association_staff")),
          { requestId: row.id, attachmentId: row.attachments[0].id },
        )
      ).status,
    ).toBe(403);
  });

  it("waits for the liaison when its topic has no routing rule, and signed-in staff find their details filled in", async () => {
    const staff = await cookieForRole("association_staff");
    const form = await run(contactPage.loader, get("/contact", staff));
    expect(form.data.prefill).toMatchObject({ senderEmail: "staff@demo.co-act.fi", senderName: "Jamal Vapaaehtoinen" });
    const outcome = await send(
      valid({
        topic: "events_and_meetings",
        senderEmail: "staff@demo.co-act.fi",
        senderOrganisation: form.data.prefill.senderOrganisation,
      }),
      { files: [{ name: "juliste.png", type: "image/png", bytes: PNG }], cookie: staff, ip: "192.0.2.2" },
    );
    expect(outcome.status).toBe(302);
    const row = await db().contactRequest.findUniqueOrThrow({
      where: { reference: outcome.location!.split("=")[1] },
      include: { attachments: { select: { mimeType: true } } },
    });
    expect(row).toMatchObject({ status: "received", unitId: null });
    expect(row.associationId).not.toBeNull();
    expect(row.attachments).toEqual([{ mimeType: "image/png" }]);
    // The liaison is told that a request waits for routing.
    expect(
      await db().outboxEmail.count({
        where: { to: "liaison@demo.co-act.fi", template: "contactForCounty", text: { contains: row.reference } },
      }),
    ).toBe(1);
  });
});

describe("an invalid field", () => {
  it.each([
    ["countyId", { countyId: "" }, "errors.unknownId"],
    ["countyId", { countyId: "not-a-county" }, "errors.unknownId"],
    ["countyId", { countyId: "00000000-0000-4000-8000-000000000000" }, "errors.unknownId"],
    ["kind", { kind: "" }, "errors.invalidChoice"],
    ["kind", { kind: "parcel" }, "errors.invalidChoice"],
    ["topic", { topic: "weather" }, "errors.invalidChoice"],
    ["senderOrganisation", { senderOrganisation: "  " }, "errors.required"],
    ["senderOrganisation", { senderOrganisation: "x".repeat(161) }, "errors.tooLong"],
    ["senderOrganisation", { senderOrganisation: "<b>Yhdistys</b>" }, "errors.noMarkup"],
    ["senderName", { senderName: "" }, "errors.required"],
    ["senderName", { senderName: "Rivi\nkatko" }, "errors.lineBreak"],
    ["senderEmail", { senderEmail: "" }, "errors.required"],
    ["senderEmail", { senderEmail: "rojda.example.fi" }, "errors.email"],
    ["message", { message: "" }, "errors.required"],
    ["message", { message: "x".repeat(5001) }, "errors.tooLong"],
    ["message", { message: "<script>alert(1)</script>" }, "errors.noMarkup"],
  ])("refuses %s = %j with %s, storing nothing", async (field, override, key) => {
    const outcome = await expectRefused(valid(override), { ip: "192.0.2.10" });
    expect(outcome.status).toBe(400);
    expect(errorKeys(outcome)).toEqual({ [field]: key });
  });

  it("refuses a control character nobody types, storing nothing", async () => {
    const outcome = await expectRefused(valid({ message: "Hei\u0000" }), { ip: "192.0.2.10" });
    expect(errorKeys(outcome)).toEqual({ message: "errors.controlCharacters" });
  });
});

describe("attachments", () => {
  it("refuses an executable renamed .pdf (checked by its content, not its name or claimed type)", async () => {
    const outcome = await expectRefused(valid(), {
      files: [{ name: "esite.pdf", type: "application/pdf", bytes: EXE }],
      ip: "192.0.2.11",
    });
    expect(outcome.status).toBe(400);
    expect(errorKeys(outcome)).toEqual({ attachments: "contact.error.fileType" });
  });

  it("refuses HTML named .png, and a text file", async () => {
    for (const file of [
      { name: "kuva.png", type: "image/png", bytes: new TextEncoder().encode("<html><script>1</script></html>") },
      { name: "teksti.txt", type: "text/plain", bytes: new TextEncoder().encode("hei") },
    ]) {
      const outcome = await expectRefused(valid(), { files: [file], ip: "192.0.2.11" });
      expect(errorKeys(outcome)).toEqual({ attachments: "contact.error.fileType" });
    }
  });

  it("refuses a file over the size limit", async () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    const outcome = await expectRefused(valid(), {
      files: [{ name: "iso.pdf", type: "application/pdf", bytes: big }],
      ip: "192.0.2.12",
    });
    expect(outcome.status).toBe(400);
    expect(errorKeys(outcome)).toEqual({ attachments: "contact.error.fileTooLarge" });
  });

  it("refuses a request larger than the form takes, with 413", async () => {
    const part = new Uint8Array(Math.ceil(CONTACT_REQUEST_LIMIT / 3) + 1);
    part.set(PDF);
    const files = [1, 2, 3].map((n) => ({ name: `osa${n}.pdf`, type: "application/pdf", bytes: part }));
    const outcome = await expectRefused(valid(), { files, ip: "192.0.2.12" });
    expect(outcome.status).toBe(413);
    expect(errorKeys(outcome)).toEqual({ attachments: "contact.error.requestTooLarge" });
  });

  it("refuses more than three files", async () => {
    const files = [1, 2, 3, 4].map((n) => ({ name: `${n}.pdf`, type: "application/pdf", bytes: PDF }));
    const outcome = await expectRefused(valid(), { files, ip: "192.0.2.12" });
    expect(errorKeys(outcome)).toEqual({ attachments: "contact.error.tooManyFiles" });
  });
});

describe("spam protection", () => {
  it("answers a filled-in honeypot as if sent, and stores and sends nothing", async () => {
    const before = await fingerprint();
    const outcome = await send(valid({ website: "http://spam.example" }), { ip: "192.0.2.20" });
    expect(outcome).toMatchObject({ status: 302, location: "/contact?sent=" });
    expect(await fingerprint()).toEqual(before);
  });

  it("limits messages per sender address, whatever the connection", async () => {
    const fields = valid({ senderEmail: "flood@example.fi" });
    for (let i = 0; i < CONTACT_LIMITS.perAddress; i++)
      expect((await send(fields, { ip: `198.51.100.${i + 1}` })).status).toBe(302);
    const outcome = await expectRefused(fields, { ip: "198.51.100.99" });
    expect(outcome.status).toBe(429);
    expect(errorKeys(outcome)).toEqual({ form: "contact.error.rateLimited" });
  });

  it("limits messages per connection address, whatever the sender address", async () => {
    for (let i = 0; i < CONTACT_LIMITS.perIp; i++)
      expect((await send(valid({ senderEmail: `sender${i}@example.fi` }), { ip: "203.0.113.7" })).status).toBe(302);
    const outcome = await expectRefused(valid({ senderEmail: "another@example.fi" }), { ip: "203.0.113.7" });
    expect(outcome.status).toBe(429);
    // Another connection is not held back by this one.
    expect((await send(valid({ senderEmail: "another@example.fi" }), { ip: "203.0.113.8" })).status).toBe(302);
  });
});
