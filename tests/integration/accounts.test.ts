// Accounts from a user's point of view: sign-in and its rate limit, sign-out, password reset and invitation by
// e-mailed single-use links, deactivation, the language choice, and the health check.
import { beforeEach, describe, expect, it } from "vitest";
import * as acceptInvitation from "~/routes/_auth+/accept-invitation";
import * as forgot from "~/routes/_auth+/forgot-password";
import * as login from "~/routes/_auth+/login";
import * as logout from "~/routes/_auth+/logout";
import * as resetPassword from "~/routes/_auth+/reset-password";
import * as userPage from "~/routes/admin+/users.$userId";
import * as users from "~/routes/admin+/users._index";
import * as healthz from "~/routes/healthz";
import * as home from "~/routes/home";
import * as language from "~/routes/language";
import * as root from "~/root";
import { db, createDb } from "~/utils/db.server";
import { checkHealth } from "~/utils/health.server";
import { localeCookie } from "~/utils/locale.server";
import { DEMO_PASSWORD } from "../../prisma/seed";
import { cookieForRole, demoEmail, get, post, run } from "../support/requests";

// Each test starts with no failed sign-ins on record.
beforeEach(async () => {
  await db().rateLimitHit.deleteMany();
});

const sessionCookie = (headers?: Headers) => headers?.get("Set-Cookie")?.split(";")[0] ?? "";

async function signIn(email: string, password: string, extra: Record<string, string> = {}) {
  return run(login.action, post("/login", { email, password, ...extra }));
}

async function tokenMailedTo(to: string) {
  const mail = await db().outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  return { mail, token: /token=([\w-]+)/.exec(mail.text)![1] };
}

describe("signing in", () => {
  it("signs a demo user in and lands on the home page, with a session that lasts", async () => {
    const outcome = await signIn(demoEmail("social_worker"), DEMO_PASSWORD);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/home");
    const setCookie = outcome.headers!.get("Set-Cookie")!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Max-Age=2592000/);
    const page = await run(home.loader, get("/home", sessionCookie(outcome.headers)));
    expect(page.status).toBe(200);
    expect(page.data.name).toBe("Sami Sosiaalityöntekijä");
  });

  it("returns to the page the user was sent from, but never to another site", async () => {
    expect((await signIn(demoEmail("admin"), DEMO_PASSWORD, { redirectTo: "/admin/users?x=1" })).location).toBe(
      "/admin/users?x=1",
    );
    for (const evil of ["//evil.example/x", "https://evil.example", "/\\evil.example"]) {
      expect((await signIn(demoEmail("admin"), DEMO_PASSWORD, { redirectTo: evil })).location).toBe("/home");
    }
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const wrongPassword = await signIn(demoEmail("liaison"), "not-the-password");
    const unknownEmail = await signIn("nobody@example.org", "not-the-password");
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail).toEqual(wrongPassword);
    expect(wrongPassword.data.errors.form.key).toBe("login.failed");
  });

  it("slows guessing down after five failed attempts, even with the right password", async () => {
    const email = demoEmail("association_staff");
    for (let i = 0; i < 5; i++) expect((await signIn(email, `guess-${i}`)).status).toBe(401);
    const blocked = await signIn(email, DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.data.errors.form.key).toBe("login.tooMany");
    // Other people are not locked out by it.
    expect((await signIn(demoEmail("liaison"), DEMO_PASSWORD)).status).toBe(302);
  });

  it("signs out by deleting the session, so the old cookie no longer works", async () => {
    const cookie = await cookieForRole("liaison");
    expect((await run(logout.action, post("/logout", {}, cookie))).location).toBe("/login");
    expect((await run(home.loader, get("/home", cookie))).location).toBe("/login?redirectTo=%2Fhome");
  });
});

describe("password reset", () => {
  it("mails a single-use link that sets a new password and ends other sessions", async () => {
    const email = demoEmail("liaison");
    const oldCookie = await cookieForRole("liaison");
    expect((await run(forgot.action, post("/forgot-password", { email }))).data).toEqual({ sent: true });
    const { mail, token } = await tokenMailedTo(email);
    expect(mail.subject).toBe("Co-Act: salasanan vaihtaminen");

    const form = await run(resetPassword.loader, get(`/reset-password?token=${token}`));
    expect(form.data.usable).toBe(true);
    const done = await run(
      resetPassword.action,
      post("/reset-password", { token, password: "uusi-salasana-123", confirm: "uusi-salasana-123" }),
    );
    expect(done.location).toBe("/home");

    expect((await signIn(email, DEMO_PASSWORD)).status).toBe(401);
    expect((await signIn(email, "uusi-salasana-123")).status).toBe(302);
    expect((await run(home.loader, get("/home", oldCookie))).status).toBe(302);

    const again = await run(
      resetPassword.action,
      post("/reset-password", { token, password: "kolmas-salasana-1", confirm: "kolmas-salasana-1" }),
    );
    expect(again.data.errors.form.key).toBe("errors.tokenInvalid");
  });

  it("refuses an expired link", async () => {
    const email = demoEmail("admin");
    await run(forgot.action, post("/forgot-password", { email }));
    const { token } = await tokenMailedTo(email);
    await db().authToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await run(resetPassword.loader, get(`/reset-password?token=${token}`))).data.usable).toBe(false);
    const outcome = await run(
      resetPassword.action,
      post("/reset-password", { token, password: "uusi-salasana-123", confirm: "uusi-salasana-123" }),
    );
    expect(outcome.data.errors.form.key).toBe("errors.tokenInvalid");
  });

  it("answers the same for an address without an account, and mails nothing", async () => {
    const before = await db().outboxEmail.count();
    expect((await run(forgot.action, post("/forgot-password", { email: "stranger@example.org" }))).data).toEqual({
      sent: true,
    });
    expect(await db().outboxEmail.count()).toBe(before);
  });
});

describe("invitation and deactivation", () => {
  it("invites a person by e-mail; they choose a password and can then sign in", async () => {
    const admin = await cookieForRole("admin");
    const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
    const invited = await run(
      users.action,
      post(
        "/admin/users",
        {
          email: "Uusi.Tyontekija@Example.org",
          name: "Uusi Työntekijä",
          role: "social_worker",
          locale: "en",
          unitIds: koto.id,
        },
        admin,
      ),
    );
    expect(invited.data).toEqual({ invited: "uusi.tyontekija@example.org" });

    const { mail, token } = await tokenMailedTo("uusi.tyontekija@example.org");
    expect(mail.subject).toBe("Your invitation to Co-Act");
    expect(mail.text).toContain("Aino Ylläpitäjä");
    expect((await signIn("uusi.tyontekija@example.org", "salasana-joka-on-pitka")).status).toBe(401);

    const accepted = await run(
      acceptInvitation.action,
      post("/accept-invitation", { token, password: "salasana-joka-on-pitka", confirm: "salasana-joka-on-pitka" }),
    );
    expect(accepted.location).toBe("/home");
    const user = await db().user.findUniqueOrThrow({
      where: { email: "uusi.tyontekija@example.org" },
      include: { units: true },
    });
    expect(user.status).toBe("active");
    expect(user.units.map((u) => u.unitId)).toEqual([koto.id]);
    expect((await signIn("uusi.tyontekija@example.org", "salasana-joka-on-pitka")).status).toBe(302);
  });

  it("refuses a second invitation to the same address, in a message next to the e-mail field", async () => {
    const outcome = await run(
      users.action,
      post(
        "/admin/users",
        { email: demoEmail("liaison"), name: "Twice", role: "liaison", locale: "fi" },
        await cookieForRole("admin"),
      ),
    );
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors.email.key).toBe("errors.emailTaken");
  });

  it("deactivates an account: its sessions end and it cannot sign in, until reactivated", async () => {
    const admin = await cookieForRole("admin");
    const staffCookie = await cookieForRole("association_staff");
    const staff = await db().user.findUniqueOrThrow({ where: { email: demoEmail("association_staff") } });
    const path = `/admin/users/${staff.id}`;
    expect((await run(userPage.action, post(path, { intent: "DEACTIVATE" }, admin), { userId: staff.id })).status).toBe(
      302,
    );
    expect((await run(home.loader, get("/home", staffCookie))).status).toBe(302);
    expect((await signIn(staff.email, DEMO_PASSWORD)).status).toBe(401);

    const again = await run(userPage.action, post(path, { intent: "DEACTIVATE" }, admin), { userId: staff.id });
    expect(again.status).toBe(409);
    expect(again.data.errors.form.key).toBe("errors.transitionRefused");

    expect((await run(userPage.action, post(path, { intent: "REACTIVATE" }, admin), { userId: staff.id })).status).toBe(
      302,
    );
    expect((await signIn(staff.email, DEMO_PASSWORD)).status).toBe(302);
  });

  it("does not let an administrator lock themselves out", async () => {
    const admin = await db().user.findUniqueOrThrow({ where: { email: demoEmail("admin") } });
    const outcome = await run(
      userPage.action,
      post(`/admin/users/${admin.id}`, { intent: "DEACTIVATE" }, await cookieForRole("admin")),
      { userId: admin.id },
    );
    expect(outcome.data.errors.form.key).toBe("errors.cannotDeactivateSelf");
  });
});

describe("language and health", () => {
  it("remembers the chosen language in a cookie and on the account", async () => {
    const cookie = await cookieForRole("social_worker");
    const outcome = await run(language.action, post("/language", { locale: "en", redirectTo: "/home" }, cookie));
    expect(outcome.location).toBe("/home");
    expect(outcome.headers!.get("Set-Cookie")).toMatch(/^coact_lang=/);
    expect((await db().user.findUniqueOrThrow({ where: { email: demoEmail("social_worker") } })).locale).toBe("en");
  });

  it("after sign-in, shows the interface in the account's saved language, whatever the cookie and browser say", async () => {
    const email = demoEmail("association_staff");
    await db().user.update({ where: { email }, data: { locale: "en" } });
    const finnishCookie = (await localeCookie.serialize("fi")).split(";")[0];
    const page = (cookie: string, acceptLanguage: string) =>
      run(
        root.loader,
        new Request("http://localhost:3000/referrals", {
          headers: { Cookie: cookie, "Accept-Language": acceptLanguage },
        }),
      );
    // Signed out, a Finnish browser that chose Finnish: Finnish.
    expect((await page(finnishCookie, "fi-FI")).data.locale).toBe("fi");
    // Signed in through the form, from that same browser (as after following an e-mail's link): English, as the mails.
    const session = sessionCookie((await signIn(email, DEMO_PASSWORD)).headers);
    expect((await page(`${session}; ${finnishCookie}`, "fi-FI")).data.locale).toBe("en");
    // Switching saves it on the account: it follows the account from any browser.
    await run(language.action, post("/language", { locale: "fi", redirectTo: "/home" }, session));
    expect((await db().user.findUniqueOrThrow({ where: { email } })).locale).toBe("fi");
    expect((await page(session, "en-GB")).data.locale).toBe("fi");
  });

  it("answers /healthz with 200 when the database answers, and reports it down when it does not", async () => {
    const up = await healthz.loader();
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ ok: true, database: "up" });
    const unreachable = createDb("postgresql://nobody@127.0.0.1:1/none");
    expect(await checkHealth(unreachable, 2000)).toMatchObject({ ok: false, database: "down" });
  });
});
