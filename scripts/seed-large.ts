// National-scale data for measuring (`npm run seed:large`, on the database in DATABASE_URL): the demo data, then 21
// counties, 2,000 associations, 10,000 activities in Finnish, Swedish and English, 5,000 users, 200,000 referrals
// of the demo KOTO unit in every state with their consents, workflow events and access-log rows, and 2,100 monthly
// meeting series (50,400 meetings) with their invitations and attendance, 100 of them the demo county's. Deterministic (no
// randomness: every value is a function of the row number), built inside PostgreSQL with generate_series, so it takes
// well under a few minutes. Runs once: a database that already has the data is left as it is.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { DEMO_COUNTY, DEMO_USERS, seedDemo } from "../prisma/seed";
import { activeAccountSnapshot } from "../app/models/user.server";
import { migrateDatabase } from "../app/utils/database.server";
import { createDb } from "../app/utils/db.server";
import { TARGET_GROUPS } from "../app/utils/choices";
import { initialRow, machineVersion } from "../app/utils/workflow.server";

export const LARGE = {
  counties: 21,
  associations: 2_000,
  activities: 10_000,
  users: 5_000,
  referrals: 200_000,
  // 2,100 monthly series of 24 meetings each: 50,400 occurrences; 100 of the series are the demo county's.
  meetingSeries: 2_000,
  demoMeetingSeries: 100,
  meetingsPerSeries: 24,
  // About eight contact-point requests a day per county over two years; a tenth of them the demo county's.
  contactRequests: 60_000,
};
/** The marker of a database that has the data: the first of the seeded counties. */
const FIRST_COUNTY = "Hyvinvointialue 01";

const MUNICIPALITIES = [
  "Helsinki",
  "Espoo",
  "Vantaa",
  "Tampere",
  "Turku",
  "Oulu",
  "Jyväskylä",
  "Kuopio",
  "Lahti",
  "Pori",
  "Vaasa",
  "Seinäjoki",
  "Joensuu",
  "Rovaniemi",
  "Kotka",
  "Lappeenranta",
  "Hämeenlinna",
  "Mikkeli",
  "Kokkola",
  "Kajaani",
  "Porvoo",
  "Salo",
  "Raahe",
  "Pietarsaari",
];
// Word lists: the stems of names and titles (Finnish compounds are built from them, e.g. "iltakahvila").
const FI_TOPICS = [
  "kahvila",
  "kerho",
  "läksykerho",
  "kielikahvila",
  "ompeluseura",
  "jalkapallo",
  "kuoro",
  "ruokapiiri",
  "perhekerho",
  "naistenryhmä",
  "nuorisotalo",
  "liikuntaryhmä",
  "työnhakuklubi",
  "keskusteluryhmä",
  "puutarha",
  "retki",
  "taidepaja",
  "tietokonekurssi",
];
const FI_PREFIX = [
  "ilta",
  "aamu",
  "lauantai",
  "sunnuntai",
  "kesä",
  "talvi",
  "lasten",
  "äitien",
  "isien",
  "senioreiden",
];
/** Every sentence "what, for whom, how" from the three lists: 1,080 different ones, so a phrase such as "suomen kielen"
 * is in about one activity in twelve, as in a real directory, not in every seventh. */
function sentences(what: string[], forWhom: string[], how: string[]): string[] {
  return how.flatMap((c) => forWhom.flatMap((b) => what.map((a) => `${a} ${b} ${c}.`)));
}
const FI_PHRASES = sentences(
  [
    "Suomen kielen harjoittelua",
    "Läksyapua",
    "Ruoanlaittoa yhdessä",
    "Liikuntaa ja pelejä",
    "Keskustelua arjesta",
    "Käsitöitä ja ompelua",
    "Musiikkia ja laulua",
    "Tietokoneen käytön opastusta",
    "Apua työnhakuun",
    "Retkiä lähiluontoon",
    "Leikkiä ja satuja",
    "Vertaistukea",
  ],
  [
    "naisille",
    "nuorille",
    "lapsiperheille",
    "senioreille",
    "kaikille kiinnostuneille",
    "vasta muuttaneille",
    "opiskelijoille",
    "työnhakijoille",
    "isille ja lapsille",
    "äideille",
  ],
  [
    "rennossa porukassa",
    "vapaaehtoisten tuella",
    "kirjaston tiloissa",
    "seurakuntatalolla",
    "nuorisotalolla",
    "verkossa",
    "kahvin ja pullan äärellä",
    "kerran viikossa",
    "tulkin avustuksella",
  ],
);
const EN_PHRASES = sentences(
  [
    "Finnish practice",
    "Homework help",
    "Cooking together",
    "Sports and games",
    "Talking about everyday life",
    "Crafts and sewing",
    "Music and singing",
    "Computer guidance",
    "Help with job seeking",
    "Nature walks",
    "Play and stories",
    "Peer support",
  ],
  [
    "for women",
    "for young people",
    "for families",
    "for seniors",
    "for anyone interested",
    "for newcomers",
    "for students",
    "for job seekers",
    "for fathers and children",
    "for mothers",
  ],
  [
    "in a relaxed group",
    "with volunteers",
    "at the library",
    "at the parish hall",
    "at the youth centre",
    "online",
    "over coffee",
    "once a week",
    "with an interpreter",
  ],
);
const EN_TOPICS = [
  "café",
  "club",
  "homework club",
  "language café",
  "sewing circle",
  "football",
  "choir",
  "cooking circle",
  "family club",
  "women's group",
  "youth house",
  "sports group",
  "job club",
  "discussion group",
  "garden",
  "excursion",
  "art workshop",
  "computer course",
];
const SV_PHRASES = [
  "Vi övar finska och svenska i en avslappnad grupp",
  "Träffa nya människor och lär dig vardagen i Finland",
  "En öppen mötesplats för barnfamiljer med kaffe och lek",
  "Hjälp med blanketter och läxor av frivilliga",
];
/** Swedish texts for one activity in three (the rest show a marked Finnish fallback on Swedish pages): the same topics
 * and prefixes as the Finnish ones, in the same order, so a Swedish title says what its Finnish one says. */
const SV_TOPICS = [
  "kafé",
  "klubb",
  "läxklubb",
  "språkkafé",
  "syjunta",
  "fotboll",
  "kör",
  "matcirkel",
  "familjeklubb",
  "kvinnogrupp",
  "ungdomsgård",
  "motionsgrupp",
  "jobbklubb",
  "diskussionsgrupp",
  "trädgård",
  "utflykt",
  "konstverkstad",
  "datakurs",
];
const SV_PREFIX = ["kvälls", "morgon", "lördags", "söndags", "sommar", "vinter", "barn", "mamma", "pappa", "senior"];
const SV_SENTENCES = sentences(
  [
    "Vi övar finska",
    "Läxhjälp",
    "Vi lagar mat tillsammans",
    "Motion och spel",
    "Samtal om vardagen",
    "Handarbete och sömnad",
    "Musik och sång",
    "Handledning i datoranvändning",
    "Hjälp med jobbsökningen",
    "Utflykter i naturen",
    "Lek och sagor",
    "Kamratstöd",
  ],
  [
    "för kvinnor",
    "för unga",
    "för barnfamiljer",
    "för seniorer",
    "för alla intresserade",
    "för nyinflyttade",
    "för studerande",
    "för arbetssökande",
    "för pappor och barn",
    "för mammor",
  ],
  [
    "i en avslappnad grupp",
    "med stöd av frivilliga",
    "i bibliotekets lokaler",
    "i församlingshemmet",
    "på ungdomsgården",
    "på nätet",
    "över kaffe och bulle",
    "en gång i veckan",
    "med hjälp av tolk",
  ],
);
const KINDS = ["registered", "unregistered_group", "congregation", "project"];
const ASSOCIATION_WORDS = ["Monikulttuurinen", "Kansainvälinen", "Afrikkalainen", "Arabiankielinen", "Somalialainen"];
const ASSOCIATION_KINDS = ["yhdistys ry", "naisyhdistys ry", "nuorisoseura ry", "kulttuuriyhdistys ry", "seurakunta"];
const LANGUAGES = ["fi", "sv", "en", "ar", "so", "fa", "ru", "uk", "ku", "ti", "fr", "es"];

/** Referral states and how many of each out of every 100, with the path of events that leads there. */
const REFERRAL_STATES: { status: string; share: number; path: [string, string, string][] }[] = (() => {
  const submit: [string, string, string] = ["SUBMIT", "draft", "awaiting_consent"];
  const consent: [string, string, string] = ["CONSENT_RECORDED", "awaiting_consent", "sent"];
  const accept: [string, string, string] = ["ACCEPT", "sent", "accepted"];
  const arrange: [string, string, string] = ["ARRANGE_MEETING", "accepted", "meeting_arranged"];
  const attended: [string, string, string] = ["MARK_ATTENDED", "meeting_arranged", "met"];
  return [
    { status: "draft", share: 2, path: [] },
    { status: "awaiting_consent", share: 3, path: [submit] },
    { status: "sent", share: 6, path: [submit, consent] },
    { status: "no_answer", share: 2, path: [submit, consent, ["NO_ANSWER", "sent", "no_answer"]] },
    { status: "declined", share: 6, path: [submit, consent, ["DECLINE", "sent", "declined"]] },
    { status: "accepted", share: 5, path: [submit, consent, accept] },
    {
      status: "meeting_proposed",
      share: 3,
      path: [submit, consent, accept, ["PROPOSE_TIMES", "accepted", "meeting_proposed"]],
    },
    { status: "meeting_arranged", share: 5, path: [submit, consent, accept, arrange] },
    { status: "met", share: 8, path: [submit, consent, accept, arrange, attended] },
    {
      status: "no_show",
      share: 3,
      path: [submit, consent, accept, arrange, ["MARK_NO_SHOW", "meeting_arranged", "no_show"]],
    },
    { status: "closed", share: 45, path: [submit, consent, accept, arrange, attended, ["CLOSE", "met", "closed"]] },
    { status: "cancelled", share: 8, path: [submit, ["CANCEL", "awaiting_consent", "cancelled"]] },
    {
      status: "redirected",
      share: 4,
      path: [submit, consent, ["DECLINE", "sent", "declined"], ["REDIRECT", "declined", "redirected"]],
    },
  ];
})();

function frozenSnapshots(workflow: string): Record<string, unknown> {
  const list = JSON.parse(
    readFileSync(`workflows/${workflow}/snapshots/v${machineVersion(workflow as never)}.json`, "utf8"),
  ) as { value: string }[];
  return Object.fromEntries(list.map((s) => [s.value, s]));
}

export async function seedLarge(url: string, log: (line: string) => void = console.log) {
  await migrateDatabase(url);
  const prisma = createDb(url);
  const demo = await seedDemo(prisma);
  const passwordHash = (await prisma.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0].email } })).passwordHash;
  await prisma.$disconnect();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const started = performance.now();
      const result = await client.query(sql, params);
      log(
        `${label.padEnd(28)} ${String(result.rowCount ?? "").padStart(8)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    };
    const userIds = Object.fromEntries(
      (
        await client.query<{ email: string; id: string }>("SELECT email, id FROM app_user WHERE email = ANY($1)", [
          DEMO_USERS.map((u) => u.email),
        ])
      ).rows.map((r) => [r.email, r.id]),
    );
    const socialWorker = userIds["social.worker@demo.co-act.fi"];
    const staff = userIds["staff@demo.co-act.fi"];
    const kotoUnit = demo.units.get("Kotoutumisen sosiaalityö (KOTO)")!;
    const demoAssociations = [...demo.associations.values()];
    const contactDemo = {
      demoCounty: demo.countyId,
      units: [kotoUnit, demo.units.get("Järjestöyhteistyö")!],
      liaison: userIds["liaison@demo.co-act.fi"],
    };

    const done = await client.query("SELECT 1 FROM county WHERE name = $1", [FIRST_COUNTY]);
    if (done.rowCount) {
      // A database seeded before the contact point existed gets its requests added.
      const contact = await client.query("SELECT 1 FROM contact_request WHERE id::text LIKE 'c0a70000-%' LIMIT 1");
      if (!contact.rowCount) {
        await client.query("BEGIN");
        await seedContactRequests(client, step, contactDemo);
        await client.query("COMMIT");
        await client.query("ANALYZE contact_request; ANALYZE contact_message");
      }
      log("The large data is in place.");
      return;
    }

    await client.query("BEGIN");
    await step(
      "counties and units",
      `WITH c AS (
         INSERT INTO county (id, name)
         SELECT ('c0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'Hyvinvointialue ' || lpad(i::text, 2, '0')
         FROM generate_series(1, $1::int) i RETURNING id)
       INSERT INTO unit (id, county_id, name, is_koto)
       SELECT gen_random_uuid(), c.id, u.name, u.koto FROM c
       CROSS JOIN (VALUES ('Kotoutumisen sosiaalityö', true), ('Perhesosiaalityö', false), ('Järjestöyhteistyö', false)) u(name, koto)`,
      [LARGE.counties],
    );
    // Each county's ten Co-Act steps, not started (as ensureCountySteps makes them).
    await step(
      "Co-Act path steps",
      `INSERT INTO coact_step (id, county_id, step, status, snapshot, machine_version, version)
       SELECT gen_random_uuid(), c.id, k.step, 'not_started', $1::jsonb, $2::int, 0
       FROM county c CROSS JOIN unnest(enum_range(NULL::"CoactStepKey")) AS k(step)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(initialRow("coact-step").snapshot), initialRow("coact-step").machineVersion],
    );
    await step(
      "associations",
      `INSERT INTO association (id, county_id, name, kind, volunteer_run, multicultural, summary_fi, summary_en, summary_sv,
         description_fi, description_en, description_sv, municipalities, languages, website, contact_email,
         offers_pickup, offers_interpreting, last_reviewed_at, created_at, updated_at)
       SELECT ('a0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
         ('c0000000-0000-4000-8000-' || lpad(to_hex(1 + i % $2::int), 12, '0'))::uuid,
         ($3::text[])[1 + i % 5] || ' ' || ($4::text[])[1 + (i / 5) % 24] || ' ' || ($5::text[])[1 + (i / 7) % 5] || ' ' || i,
         ($6::text[])[1 + i % 4]::"AssociationKind", i % 5 <> 0, i % 3 = 0,
         ($7::text[])[1 + (i * 7) % 1080], ($8::text[])[1 + (i * 7) % 1080], ($9::text[])[1 + i % 4],
         ($7::text[])[1 + (i * 13 + 5) % 1080] || ' ' || ($7::text[])[1 + (i * 17 + 11) % 1080],
         ($8::text[])[1 + (i * 13 + 5) % 1080] || ' ' || ($8::text[])[1 + (i * 17 + 11) % 1080],
         ($9::text[])[1 + (i + 1) % 4] || '.',
         ARRAY[($4::text[])[1 + (i / 5) % 24], ($4::text[])[1 + (i / 5 + 1) % 24]],
         ARRAY['fi', ($10::text[])[1 + i % 12], ($10::text[])[1 + (i / 12) % 12]],
         'https://yhdistys' || i || '.example.fi', 'info@yhdistys' || i || '.example.fi',
         i % 3 = 0, i % 4 = 0,
         now() - ((i % 300) || ' days')::interval, now() - ((i % 900) || ' days')::interval, now() - ((i % 200) || ' days')::interval
       FROM generate_series(1, $1::int) i`,
      [
        LARGE.associations,
        LARGE.counties,
        ASSOCIATION_WORDS,
        MUNICIPALITIES,
        ASSOCIATION_KINDS,
        KINDS,
        FI_PHRASES,
        EN_PHRASES,
        SV_PHRASES,
        LANGUAGES,
      ],
    );
    const perAssociation = LARGE.activities / LARGE.associations;
    await step(
      "activities",
      `INSERT INTO activity (id, association_id, title_fi, title_en, description_fi, description_en, title_sv,
         description_sv, languages, target_groups, online, place, weekday, starts_at, ends_at, free, referral_welcome, capacity, created_at, updated_at)
       SELECT gen_random_uuid(),
         ('a0000000-0000-4000-8000-' || lpad(to_hex(1 + (i - 1) / $2::int), 12, '0'))::uuid,
         initcap(($3::text[])[1 + i % 10] || ($4::text[])[1 + (i / 3) % 18]) || ' ' || i,
         initcap(($5::text[])[1 + (i / 3) % 18]) || ' ' || i,
         ($6::text[])[1 + i % 1080], ($7::text[])[1 + i % 1080],
         CASE WHEN i % 3 = 0 THEN initcap(($10::text[])[1 + i % 10] || ($11::text[])[1 + (i / 3) % 18]) || ' ' || i END,
         CASE WHEN i % 3 = 0 THEN ($12::text[])[1 + i % 1080] END,
         ARRAY['fi', ($8::text[])[1 + i % 12]],
         ARRAY[($9::text[])[1 + i % 6], ($9::text[])[1 + (i / 6) % 6]],
         i % 9 = 0, CASE WHEN i % 9 = 0 THEN NULL ELSE 'Kerhotila ' || i END,
         1 + i % 7, lpad((9 + i % 10)::text, 2, '0') || ':00', lpad((11 + i % 10)::text, 2, '0') || ':00',
         i % 6 <> 0, i % 8 <> 0, (ARRAY['open', 'open', 'waiting_list', 'full'])[1 + i % 4]::"Capacity",
         now() - ((i % 700) || ' days')::interval, now() - ((i % 100) || ' days')::interval
       FROM generate_series(1, $1::int) i`,
      [
        LARGE.activities,
        perAssociation,
        FI_PREFIX,
        FI_TOPICS,
        EN_TOPICS,
        FI_PHRASES,
        EN_PHRASES,
        LANGUAGES,
        [...TARGET_GROUPS],
        SV_PREFIX,
        SV_TOPICS,
        SV_SENTENCES,
      ],
    );
    await step(
      "users",
      `INSERT INTO app_user (id, email, name, role, locale, password_hash, status, snapshot)
       SELECT ('b0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'user' || i || '@large.co-act.fi',
         'Käyttäjä ' || i, (CASE WHEN i % 10 < 6 THEN 'association_staff' WHEN i % 10 < 9 THEN 'social_worker' ELSE 'liaison' END)::"Role",
         CASE WHEN i % 4 = 0 THEN 'en' ELSE 'fi' END, $2, 'active', $3::jsonb
       FROM generate_series(1, $1::int) i`,
      [LARGE.users, passwordHash, JSON.stringify(activeAccountSnapshot())],
    );
    await step(
      "memberships",
      `WITH staff AS (
         INSERT INTO association_membership (user_id, association_id)
         SELECT u.id, ('a0000000-0000-4000-8000-' || lpad(to_hex(1 + n % $1::int), 12, '0'))::uuid
         FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM app_user WHERE email LIKE '%@large.co-act.fi' AND role = 'association_staff') u
         RETURNING 1)
       INSERT INTO unit_membership (user_id, unit_id)
       SELECT u.id, (SELECT id FROM unit ORDER BY id OFFSET (u.n % ($2::int * 3)) LIMIT 1)
       FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM app_user WHERE email LIKE '%@large.co-act.fi' AND role <> 'association_staff') u`,
      [LARGE.associations, LARGE.counties],
    );

    // Every 100 consecutive referrals hold each state its share of times.
    const states = REFERRAL_STATES.flatMap((s) => Array<string>(s.share).fill(s.status));
    const targets = [
      ...demoAssociations,
      ...Array.from({ length: 40 }, (_, i) => `a0000000-0000-4000-8000-${(1 + i * 50).toString(16).padStart(12, "0")}`),
    ];
    await step(
      "referrals",
      `INSERT INTO referral (id, unit_id, created_by_id, association_id, status, snapshot, machine_version, version,
         client_first_name, client_phone, client_languages, client_needs, personal_data_erased_at, decline_reason,
         meeting_at, outcome, sent_at, answered_at, closed_at, created_at, updated_at)
       SELECT ('5eed0000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, $2::uuid, $3::uuid,
         ($4::uuid[])[1 + (i * 7) % cardinality($4::uuid[])], s::"ReferralStatus", $6::jsonb -> s, $7::int, 1,
         CASE WHEN gone THEN NULL ELSE 'Asiakas' END, CASE WHEN gone THEN NULL ELSE '+358 40 000 0000' END,
         CASE WHEN gone THEN '{}'::text[] ELSE ARRAY['ar', 'fi'] END, CASE WHEN gone THEN NULL ELSE 'Suomen kielen harjoittelua' END,
         CASE WHEN gone THEN created + interval '90 days' END,
         CASE WHEN s IN ('declined', 'redirected') THEN (ARRAY['no_capacity', 'not_right_service', 'could_not_reach', 'other'])[1 + i % 4]::"DeclineReason" END,
         CASE WHEN s IN ('meeting_arranged', 'met', 'no_show', 'closed') THEN created + ((2 + i % 20) || ' days')::interval END,
         CASE WHEN s = 'closed' THEN (ARRAY['got_help', 'got_help', 'referred_elsewhere', 'no_longer_needed', 'could_not_reach', 'other'])[1 + i % 6]::"ReferralOutcome" END,
         CASE WHEN s NOT IN ('draft', 'awaiting_consent', 'cancelled') THEN created + interval '1 hour' END,
         CASE WHEN s NOT IN ('draft', 'awaiting_consent', 'cancelled', 'sent', 'no_answer') THEN created + interval '2 days' END,
         CASE WHEN s IN ('closed', 'cancelled', 'redirected') THEN created + interval '30 days' END,
         created, least(now(), created + ((i % 40) || ' days')::interval)
       FROM (
         SELECT i, ($5::text[])[1 + i % 100] AS s, now() - ((i * 317) % (730 * 24)) * interval '1 hour' AS created
         FROM generate_series(1, $1::int) i
       ) r
       CROSS JOIN LATERAL (SELECT s IN ('closed', 'cancelled', 'redirected') AND created < now() - interval '120 days' AS gone) g`,
      [
        LARGE.referrals,
        kotoUnit,
        socialWorker,
        targets,
        states,
        frozenSnapshots("referral"),
        machineVersion("referral"),
      ],
    );
    const consents = frozenSnapshots("consent");
    await step(
      "consents",
      `INSERT INTO consent (id, referral_id, association_id, items, purpose, method, interpreter_used, interpreter_language,
         text_id, text_version, text_language, recorded_by_id, recorded_at, valid_until, status, snapshot, machine_version, version, withdrawn_at)
       SELECT gen_random_uuid(), r.id, r.association_id, ARRAY['first_name', 'phone', 'languages', 'needs']::"DataItem"[],
         'Ensimmäinen tapaaminen ja toimintaan osallistuminen', (ARRAY['written', 'oral', 'electronic'])[1 + n % 3]::"ConsentMethod",
         n % 2 = 0, CASE WHEN n % 2 = 0 THEN 'ar' END, t.id, t.version_label, t.language, r.created_by_id,
         r.created_at + interval '30 minutes', r.created_at + interval '180 days', c.status::"ConsentStatus",
         $1::jsonb -> c.status, $2::int, 1,
         CASE WHEN c.status = 'withdrawn' THEN r.closed_at END
       FROM (SELECT *, row_number() OVER (ORDER BY id) n FROM referral WHERE id::text LIKE '5eed0000-%' AND sent_at IS NOT NULL) r
       CROSS JOIN LATERAL (SELECT CASE WHEN r.personal_data_erased_at IS NOT NULL THEN 'expired'
         WHEN r.status = 'redirected' THEN 'withdrawn' ELSE 'given' END AS status) c
       CROSS JOIN (SELECT id, version_label, language FROM consent_text WHERE language = 'fi' AND is_current) t`,
      [consents, machineVersion("consent")],
    );
    await step(
      "workflow events",
      `INSERT INTO workflow_event (workflow, record_id, event, from_state, to_state, actor_id, created_at)
       SELECT 'referral', r.id, e.p ->> 0, e.p ->> 1, e.p ->> 2,
         CASE WHEN e.p ->> 0 IN ('SUBMIT', 'CONSENT_RECORDED', 'CANCEL', 'REDIRECT') THEN r.created_by_id END,
         least(now(), r.created_at + e.n * interval '1 day')
       FROM referral r
       CROSS JOIN LATERAL jsonb_array_elements($1::jsonb -> r.status::text) WITH ORDINALITY AS e(p, n)
       WHERE r.id::text LIKE '5eed0000-%'`,
      [Object.fromEntries(REFERRAL_STATES.map((s) => [s.status, s.path]))],
    );
    await step(
      "access log",
      `INSERT INTO access_log (referral_id, user_id, organisation, fields, reason, created_at)
       SELECT r.id, CASE WHEN k = 1 THEN r.created_by_id ELSE $1::uuid END, CASE WHEN k = 1 THEN 'unit:' || r.unit_id ELSE 'association:' || r.association_id END,
         ARRAY['first_name', 'phone', 'languages', 'needs']::"DataItem"[], 'referral', r.created_at + k * interval '1 day'
       FROM referral r CROSS JOIN generate_series(1, 2) k
       WHERE r.id::text LIKE '5eed0000-%' AND r.answered_at IS NOT NULL`,
      [staff],
    );
    // A scheduled series' saved snapshot: the machine's initial one, moved to "scheduled" (as its SCHEDULE step leaves it).
    const scheduled = { ...(initialRow("meeting-series").snapshot as object), value: "scheduled" };
    await step(
      "meeting series",
      `INSERT INTO meeting_series (id, unit_id, kind, title, rrule, first_date, start_time, duration_minutes, place,
         online_url, languages, status, snapshot, machine_version, version, created_at, updated_at)
       SELECT ('3ee70000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
         CASE WHEN i <= $6::int THEN (ARRAY[$7::uuid, $8::uuid])[1 + i % 2]
           ELSE (SELECT u.id FROM unit u WHERE u.county_id = ('c0000000-0000-4000-8000-' || lpad(to_hex(1 + i % $2::int), 12, '0'))::uuid
             ORDER BY u.name OFFSET i % 3 LIMIT 1) END,
         (ARRAY['introduction', 'group_visit', 'joint_meeting', 'annual_session'])[1 + i % 4]::"MeetingKind",
         (ARRAY['Tutustumistapaaminen', 'Ryhmävierailu', 'Yhteistapaaminen', 'Kysymys- ja vastaustilaisuus'])[1 + i % 4] || ' ' || i,
         'FREQ=MONTHLY;BYMONTHDAY=' || (1 + i % 28) || ';COUNT=' || $3::int,
         (date_trunc('month', now()) - ((i % 12) || ' months')::interval + ((i % 28) || ' days')::interval)::date,
         (ARRAY['09:00', '13:00', '17:00', '18:30'])[1 + i % 4], (ARRAY[30, 60, 120, 180])[1 + i % 4],
         CASE WHEN i % 3 <> 0 THEN ($5::text[])[1 + i % 24] END,
         CASE WHEN i % 3 <> 1 THEN 'https://meet.example.fi/s' || i END,
         CASE WHEN i % 2 = 0 THEN ARRAY['fi'] ELSE ARRAY['en', 'fi'] END,
         'scheduled', $4::jsonb, $9::int, 1, now() - ((i % 400) || ' days')::interval, now()
       FROM generate_series(1, $1::int + $6::int) i`,
      [
        LARGE.meetingSeries,
        LARGE.counties,
        LARGE.meetingsPerSeries,
        JSON.stringify(scheduled),
        MUNICIPALITIES,
        LARGE.demoMeetingSeries,
        kotoUnit,
        demo.units.get("Järjestöyhteistyö")!,
        machineVersion("meeting-series"),
      ],
    );
    await step(
      "meeting invitations",
      `INSERT INTO meeting_invitation (id, series_id, association_id, personal)
       SELECT gen_random_uuid(), s.id, a.id, a.multicultural
       FROM meeting_series s JOIN unit u ON u.id = s.unit_id
       CROSS JOIN LATERAL (SELECT id, multicultural FROM association WHERE county_id = u.county_id
         ORDER BY id OFFSET (hashtext(s.id::text) & 31) LIMIT 5) a
       WHERE s.id::text LIKE '3ee70000-%'`,
    );
    await step(
      "demo staff's invitations",
      `INSERT INTO meeting_invitation (id, series_id, association_id, personal)
       SELECT gen_random_uuid(), s.id, $1::uuid, true FROM meeting_series s
       WHERE s.id::text LIKE '3ee70000-%' AND s.unit_id = ANY($2::uuid[])
       ON CONFLICT DO NOTHING`,
      [demo.associations.get("Monikulttuurinen naisyhdistys Sisarukset ry")!, [...demo.units.values()]],
    );
    await step(
      "meeting unit invitations",
      `INSERT INTO meeting_invitation (id, series_id, unit_id)
       SELECT gen_random_uuid(), s.id, k.id FROM meeting_series s JOIN unit u ON u.id = s.unit_id
       JOIN unit k ON k.county_id = u.county_id AND k.is_koto AND k.id <> u.id
       WHERE s.id::text LIKE '3ee70000-%'`,
    );
    await step(
      "meeting attendance",
      `INSERT INTO meeting_attendance (id, series_id, occurrence_start, association_id)
       SELECT gen_random_uuid(), i.series_id, (s.first_date + s.start_time::time) AT TIME ZONE 'Europe/Helsinki', i.association_id
       FROM meeting_invitation i JOIN meeting_series s ON s.id = i.series_id
       WHERE s.id::text LIKE '3ee70000-%' AND i.association_id IS NOT NULL AND s.first_date < current_date
         AND hashtext(i.series_id::text || i.association_id::text) % 2 = 0`,
    );
    await seedContactRequests(client, step, contactDemo);
    await client.query("COMMIT");
    // Statistics and the visibility map, as autovacuum would leave them, so plans are those of a settled database.
    await client.query("VACUUM ANALYZE");
    log(`Large data is in place (demo county ${DEMO_COUNTY} holds the referrals).`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Contact-point requests in every state, spread over the counties and the last two years (open ones within the last
 * month), routed ones to a unit of their county, the demo county's to its two units; each answered or closed one with
 * the county's answer.
 */
async function seedContactRequests(
  client: pg.Client,
  step: (label: string, sql: string, params?: unknown[]) => Promise<void>,
  demo: { demoCounty: string; units: string[]; liaison: string },
) {
  const snapshots = Object.fromEntries(
    (["received", "routed", "answered", "closed"] as const).map((status) => [
      status,
      { ...(initialRow("contact-request").snapshot as object), value: status },
    ]),
  );
  await step(
    "contact requests",
    `INSERT INTO contact_request (id, reference, county_id, kind, topic, sender_organisation, sender_name, sender_email,
       sender_locale, message, token_hash, unit_id, status, snapshot, machine_version, version, due_at, waiting_since,
       routed_at, first_answered_at, closed_at, created_at, updated_at)
     SELECT id, 'LS-' || upper(substr(h, 1, 4)) || '-' || upper(substr(h, 5, 4)), county_id, kind, topic,
       'Yhdistys ' || (i % 997) || ' ry', 'Lähettäjä ' || i, 'sender' || i || '@example.fi', (ARRAY['fi', 'en', 'sv'])[1 + i % 3],
       'Hei, haluaisimme kertoa toiminnastamme ja sopia tapaamisen. Viesti ' || i || '.', md5('seed-contact-' || i),
       CASE WHEN status <> 'received' THEN CASE WHEN county_id = $3::uuid THEN ($4::uuid[])[1 + i % 2]
         ELSE (SELECT u.id FROM unit u WHERE u.county_id = c.county_id ORDER BY u.name OFFSET i % 3 LIMIT 1) END END,
       status::"ContactRequestStatus", ($5::jsonb)->status, $6::int, 1, created_at + interval '7 days', created_at,
       CASE WHEN status <> 'received' THEN created_at + interval '1 day' END,
       CASE WHEN status IN ('answered', 'closed') THEN created_at + interval '2 days' END,
       CASE WHEN status = 'closed' THEN created_at + interval '3 days' END, created_at, created_at + interval '3 days'
     FROM generate_series(1, $1::int) i
     CROSS JOIN LATERAL (SELECT ('c0a70000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid AS id,
       lpad(to_hex(i * 7919), 8, '0') AS h,
       CASE WHEN i % 10 = 0 THEN $3::uuid ELSE ('c0000000-0000-4000-8000-' || lpad(to_hex(1 + i % $2::int), 12, '0'))::uuid END AS county_id,
       (ARRAY['message', 'invitation', 'material', 'brochure'])[1 + i % 4]::"ContactKind" AS kind,
       (enum_range(NULL::"ContactTopic"))[1 + i % 6] AS topic,
       (ARRAY['received', 'received', 'routed', 'answered', 'closed', 'closed', 'closed', 'closed', 'closed', 'closed'])[1 + (i / 10) % 10] AS status) c
     CROSS JOIN LATERAL (SELECT now() - CASE WHEN c.status = 'closed' THEN ((i % 730) || ' days')::interval
       ELSE ((i % 30) || ' days')::interval END - ((i % 1440) || ' minutes')::interval AS created_at) t`,
    [
      LARGE.contactRequests,
      LARGE.counties,
      demo.demoCounty,
      demo.units,
      JSON.stringify(snapshots),
      initialRow("contact-request").machineVersion,
    ],
  );
  await step(
    "contact answers",
    `INSERT INTO contact_message (id, request_id, author, author_id, body, created_at)
     SELECT gen_random_uuid(), r.id, 'county', $1::uuid, 'Kiitos viestistänne, otamme yhteyttä.', r.first_answered_at
     FROM contact_request r WHERE r.id::text LIKE 'c0a70000-%' AND r.first_answered_at IS NOT NULL`,
    [demo.liaison],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("Set DATABASE_URL to the database to fill (e.g. postgresql://postgres@127.0.0.1:5432/coact_large)");
  const started = performance.now();
  await seedLarge(url);
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}
