// Demo data that makes Co-Act useful at first start: one county with three units, associations of every kind with
// activities in several languages, and one account per role (passwords in the README). Safe to run again.
import { pathToFileURL } from "node:url";
import { subMonths } from "date-fns";
import type { AssociationKind, ContactTopic, PicturePageKind, PrismaClient, Role } from "@prisma/client";
import { hashPassword } from "../app/utils/password.server";
import { activeAccountSnapshot } from "../app/models/user.server";
import { ensureCountySteps } from "../app/models/coact-path.server";
import { ruleFor } from "../app/utils/recurrence.server";
import { initialRow, step } from "../app/utils/workflow.server";

export const DEMO_PASSWORD = "Demo-salasana-2026";
export const DEMO_COUNTY = "Demo-hyvinvointialue";

export const DEMO_USERS: {
  email: string;
  name: string;
  role: Role;
  units?: string[];
  associations?: string[];
  locale?: string;
}[] = [
  { email: "admin@demo.co-act.fi", name: "Aino Ylläpitäjä", role: "admin" },
  { email: "liaison@demo.co-act.fi", name: "Leena Yhdyshenkilö", role: "liaison", units: ["Järjestöyhteistyö"] },
  {
    email: "social.worker@demo.co-act.fi",
    name: "Sami Sosiaalityöntekijä",
    role: "social_worker",
    units: ["Kotoutumisen sosiaalityö (KOTO)"],
  },
  {
    email: "staff@demo.co-act.fi",
    name: "Jamal Vapaaehtoinen",
    role: "association_staff",
    associations: ["Monikulttuurinen naisyhdistys Sisarukset ry", "Kylätalon kahvila"],
    locale: "en",
  },
];

const UNITS = [
  { name: "Kotoutumisen sosiaalityö (KOTO)", isKoto: true, receivesConcernNotices: true },
  { name: "Perhesosiaalityö", isKoto: false },
  { name: "Järjestöyhteistyö", isKoto: false },
];

const PICTURE_PAGES: { kind: PicturePageKind; title: string; body: string }[] = [
  {
    kind: "responsibilities",
    title: "Kuka tekee mitä, kun perhe on juuri muuttanut alueelle",
    body: [
      "KOTO-sosiaalityö: alkukartoitus, kotoutumissuunnitelma, toimeentulo- ja asumisasiat, ohjaus palveluihin.",
      "Järjestöt: vertaistuki, kielikahvilat, vapaa-ajan toiminta, tuki arjen asioissa ja ensimmäisillä käynneillä.",
      "Yhdessä: ohjaus järjestön toimintaan asiakkaan suostumuksella; tapaaminen sovitaan järjestön kanssa.",
    ].join("\n\n"),
  },
  {
    kind: "explainer",
    title: "Mitä tarkoittaa perusneuvonta ja -ohjaus?",
    body: [
      "Perusneuvonta ja -ohjaus tarkoittaa, että sosiaalityöntekijä kertoo, mitä palveluja on olemassa ja miten niihin haetaan, ja auttaa ensimmäisissä yhteydenotoissa.",
      "Se ei tarkoita, että työntekijä hoitaa asian ihmisen puolesta loppuun asti. Siksi järjestön tuki arjessa on tärkeää.",
    ].join("\n\n"),
  },
  {
    kind: "case_example",
    title: "Esimerkki: yksin asuva iäkäs mies, joka ei saa yhteyttä palveluihin",
    body: [
      "Järjestön vapaaehtoinen huomasi, ettei mies ollut saanut asumistukipäätöstä eikä osannut soittaa palveluun.",
      "Järjestö teki huoli-ilmoituksen. KOTO-yksikkö otti yhteyttä tulkin kanssa, ja asia ratkesi kahdessa viikossa.",
    ].join("\n\n"),
  },
];

const CONTACT_ROUTES: [ContactTopic, string][] = [
  ["integration_services", "Kotoutumisen sosiaalityö (KOTO)"],
  ["client_cooperation", "Kotoutumisen sosiaalityö (KOTO)"],
  ["volunteering", "Järjestöyhteistyö"],
];

type DemoActivity = {
  titleFi: string;
  titleEn: string;
  titleSv?: string;
  descriptionFi: string;
  descriptionEn: string;
  descriptionSv?: string;
  languages: string[];
  targetGroups: string[];
  weekday?: number;
  startsAt?: string;
  endsAt?: string;
  online?: boolean;
  place?: string;
};

type DemoAssociation = {
  name: string;
  kind: AssociationKind;
  volunteerRun: boolean;
  multicultural: boolean;
  municipalities: string[];
  languages: string[];
  offersPickup?: boolean;
  offersInterpreting?: boolean;
  summaryFi: string;
  summaryEn: string;
  summarySv?: string;
  reviewedMonthsAgo?: number;
  activities: DemoActivity[];
};

const ASSOCIATIONS: DemoAssociation[] = [
  {
    name: "Monikulttuurinen naisyhdistys Sisarukset ry",
    kind: "registered",
    volunteerRun: true,
    multicultural: true,
    municipalities: ["Vaasa", "Mustasaari"],
    languages: ["fi", "ar", "so", "en"],
    offersPickup: true,
    offersInterpreting: true,
    summaryFi: "Naisten kohtaamispaikka, suomen kielen harjoittelua ja vertaistukea.",
    summaryEn: "A meeting place for women: Finnish practice and peer support.",
    summarySv: "En mötesplats för kvinnor: vi övar finska och stöder varandra.",
    activities: [
      {
        titleFi: "Naisten iltakahvila",
        titleEn: "Women's evening café",
        titleSv: "Kvällskafé för kvinnor",
        descriptionFi: "Keskustelua ja kahvia arabiaksi ja suomeksi.",
        descriptionEn: "Conversation and coffee in Arabic and Finnish.",
        descriptionSv: "Samtal och kaffe på arabiska och finska.",
        languages: ["ar", "fi"],
        targetGroups: ["women", "newly_arrived"],
        weekday: 2,
        startsAt: "17:00",
        endsAt: "19:00",
        place: "Kirkkopuistikko 12, Vaasa",
      },
      {
        titleFi: "Suomen kielen keskusteluryhmä",
        titleEn: "Finnish conversation group",
        descriptionFi: "Arjen suomea pienryhmässä.",
        descriptionEn: "Everyday Finnish in a small group.",
        languages: ["fi", "so"],
        targetGroups: ["women", "job_seekers"],
        weekday: 4,
        startsAt: "10:00",
        endsAt: "11:30",
        place: "Kirkkopuistikko 12, Vaasa",
      },
    ],
  },
  {
    name: "Kylätalon kahvila",
    kind: "unregistered_group",
    volunteerRun: true,
    multicultural: false,
    municipalities: ["Mustasaari"],
    languages: ["fi", "sv"],
    offersPickup: true,
    summaryFi: "Kyläläisten vapaaehtoisvoimin pyörittämä kahvila.",
    summaryEn: "A café run by village volunteers.",
    summarySv: "Ett kafé som byns frivilliga håller öppet.",
    activities: [
      {
        titleFi: "Lauantaikahvila perheille",
        titleEn: "Saturday café for families",
        titleSv: "Lördagskafé för barnfamiljer",
        descriptionFi: "Leikkinurkka ja kahvit lapsiperheille.",
        descriptionEn: "Play corner and coffee for families with children.",
        descriptionSv: "Lekhörna och kaffe för barnfamiljer.",
        languages: ["fi", "sv"],
        targetGroups: ["families"],
        weekday: 6,
        startsAt: "11:00",
        endsAt: "14:00",
        place: "Kylätie 3, Mustasaari",
      },
    ],
  },
  {
    name: "Pohjanmaan Afganistanilaiset ry",
    kind: "registered",
    volunteerRun: true,
    multicultural: true,
    municipalities: ["Vaasa"],
    languages: ["fa", "ps", "fi"],
    offersInterpreting: true,
    summaryFi: "Dari- ja pashtunkielisten yhteisö.",
    summaryEn: "A community of Dari and Pashto speakers.",
    activities: [
      {
        titleFi: "Läksykerho",
        titleEn: "Homework club",
        descriptionFi: "Apua koulutehtäviin.",
        descriptionEn: "Help with homework.",
        languages: ["fa", "fi"],
        targetGroups: ["youth", "families"],
        weekday: 3,
        startsAt: "16:00",
        endsAt: "18:00",
        place: "Hovioikeudenpuistikko 5, Vaasa",
      },
    ],
  },
  {
    name: "Vaasan Punainen Risti, ystävätoiminta",
    kind: "registered",
    volunteerRun: false,
    multicultural: false,
    municipalities: ["Vaasa", "Mustasaari", "Laihia"],
    languages: ["fi", "sv", "en"],
    offersPickup: true,
    summaryFi: "Ystävätoimintaa ja kotoutumisen tukea.",
    summaryEn: "Friendship services and integration support.",
    activities: [
      {
        titleFi: "Kotoutumisen ystävä",
        titleEn: "Integration friend",
        titleSv: "Vän i vardagen",
        descriptionFi: "Vapaaehtoinen ystävä arkeen.",
        descriptionEn: "A volunteer friend for everyday life.",
        descriptionSv: "En frivillig vän som följer med i vardagen.",
        languages: ["fi", "en"],
        targetGroups: ["newly_arrived", "elderly"],
      },
    ],
  },
  {
    name: "Ukrainalaisten yhdistys Kalyna ry",
    kind: "registered",
    volunteerRun: true,
    multicultural: true,
    municipalities: ["Vaasa"],
    languages: ["uk", "ru", "fi"],
    offersInterpreting: true,
    summaryFi: "Ukrainasta muuttaneiden vertaistukea.",
    summaryEn: "Peer support for people from Ukraine.",
    activities: [
      {
        titleFi: "Vertaistukiryhmä äideille",
        titleEn: "Peer group for mothers",
        descriptionFi: "Tapaamiset ukrainaksi.",
        descriptionEn: "Meetings in Ukrainian.",
        languages: ["uk"],
        targetGroups: ["women", "families"],
        weekday: 1,
        startsAt: "18:00",
        endsAt: "20:00",
        place: "Raastuvankatu 20, Vaasa",
      },
      {
        titleFi: "Verkkokahvila",
        titleEn: "Online café",
        descriptionFi: "Videotapaaminen.",
        descriptionEn: "Video meeting.",
        languages: ["uk", "ru"],
        targetGroups: ["elderly"],
        weekday: 5,
        startsAt: "12:00",
        endsAt: "13:00",
        online: true,
      },
    ],
  },
  {
    name: "Vaasan seurakuntayhtymä, kansainvälinen työ",
    kind: "congregation",
    volunteerRun: false,
    multicultural: true,
    municipalities: ["Vaasa"],
    languages: ["fi", "sv", "en", "fa"],
    summaryFi: "Kansainvälisen työn kohtaamiset.",
    summaryEn: "International work meetings.",
    activities: [
      {
        titleFi: "Kansainvälinen perhekerho",
        titleEn: "International family club",
        descriptionFi: "Laulua ja leikkiä.",
        descriptionEn: "Songs and play.",
        languages: ["fi", "en"],
        targetGroups: ["families"],
        weekday: 3,
        startsAt: "09:30",
        endsAt: "11:00",
        place: "Koulukatu 28, Vaasa",
      },
    ],
  },
  {
    name: "Somaliliitto Pohjanmaa ry",
    kind: "registered",
    volunteerRun: true,
    multicultural: true,
    municipalities: ["Vaasa", "Mustasaari"],
    languages: ["so", "fi", "en"],
    offersInterpreting: true,
    summaryFi: "Somalinkielisten yhdistys.",
    summaryEn: "An association of Somali speakers.",
    reviewedMonthsAgo: 8,
    activities: [
      {
        titleFi: "Nuorten futis",
        titleEn: "Youth football",
        descriptionFi: "Jalkapalloa nuorille.",
        descriptionEn: "Football for young people.",
        languages: ["so", "fi"],
        targetGroups: ["youth"],
        weekday: 7,
        startsAt: "15:00",
        endsAt: "17:00",
        place: "Hietalahden kenttä, Vaasa",
      },
    ],
  },
  {
    name: "Työpolku-hanke",
    kind: "project",
    volunteerRun: false,
    multicultural: false,
    municipalities: ["Vaasa", "Laihia"],
    languages: ["fi", "en", "ar"],
    summaryFi: "Työnhaun tukea maahan muuttaneille.",
    summaryEn: "Job-search support for immigrants.",
    activities: [
      {
        titleFi: "CV-paja",
        titleEn: "CV workshop",
        descriptionFi: "Apua työhakemuksiin.",
        descriptionEn: "Help with job applications.",
        languages: ["fi", "en", "ar"],
        targetGroups: ["job_seekers"],
        weekday: 2,
        startsAt: "13:00",
        endsAt: "15:00",
        place: "Pitkäkatu 40, Vaasa",
      },
      {
        titleFi: "Iltaisin: työelämän arabiaa ja suomea",
        titleEn: "Evenings: working-life Arabic and Finnish",
        descriptionFi: "Työelämän sanastoa.",
        descriptionEn: "Working-life vocabulary.",
        languages: ["ar", "fi"],
        targetGroups: ["job_seekers", "newly_arrived"],
        weekday: 4,
        startsAt: "18:00",
        endsAt: "19:30",
        online: true,
      },
    ],
  },
  {
    name: "Laihian kotoutujien tukiryhmä",
    kind: "unregistered_group",
    volunteerRun: true,
    multicultural: true,
    municipalities: ["Laihia"],
    languages: ["fi", "en", "ti"],
    offersPickup: true,
    summaryFi: "Pieni vapaaehtoisryhmä Laihialla.",
    summaryEn: "A small volunteer group in Laihia.",
    reviewedMonthsAgo: 7,
    activities: [
      {
        titleFi: "Asiointiapu",
        titleEn: "Help with errands",
        descriptionFi: "Saattajat virastoihin.",
        descriptionEn: "Company to offices.",
        languages: ["fi", "en"],
        targetGroups: ["newly_arrived"],
        weekday: 1,
        startsAt: "10:00",
        endsAt: "12:00",
        place: "Laihian kirjasto",
      },
    ],
  },
  {
    name: "Vaasan Kurdit ry",
    kind: "registered",
    volunteerRun: true,
    multicultural: true,
    municipalities: ["Vaasa"],
    languages: ["ku", "ar", "fi"],
    summaryFi: "Kurdinkielinen kulttuuriyhdistys.",
    summaryEn: "A Kurdish cultural association.",
    activities: [
      {
        titleFi: "Kulttuuri-ilta",
        titleEn: "Culture evening",
        descriptionFi: "Musiikkia ja ruokaa.",
        descriptionEn: "Music and food.",
        languages: ["ku", "ar"],
        targetGroups: ["families", "youth"],
        weekday: 5,
        startsAt: "18:00",
        endsAt: "21:00",
        place: "Palosaarentie 7, Vaasa",
      },
    ],
  },
  {
    name: "Senioreiden digitupa",
    kind: "project",
    volunteerRun: false,
    multicultural: false,
    municipalities: ["Vaasa", "Mustasaari"],
    languages: ["fi", "sv", "ru"],
    summaryFi: "Digitaitoja ikääntyneille.",
    summaryEn: "Digital skills for older people.",
    summarySv: "Digitala färdigheter för äldre.",
    activities: [
      {
        titleFi: "Digiapu senioreille",
        titleEn: "Digital help for seniors",
        titleSv: "Digihjälp för seniorer",
        descriptionFi: "Puhelimen ja verkkopalvelujen käyttöä.",
        descriptionEn: "Using phones and online services.",
        descriptionSv: "Hur du använder telefonen och tjänster på nätet.",
        languages: ["fi", "ru"],
        targetGroups: ["elderly"],
        weekday: 3,
        startsAt: "13:00",
        endsAt: "15:00",
        place: "Kirjasto, Vaasa",
      },
    ],
  },
  {
    name: "Kansainvälinen nuorisokeskus Silta",
    kind: "registered",
    volunteerRun: false,
    multicultural: true,
    municipalities: ["Vaasa"],
    languages: ["fi", "en", "ar", "fa"],
    summaryFi: "Nuorten harrastuksia ja ohjausta.",
    summaryEn: "Hobbies and guidance for young people.",
    activities: [
      {
        titleFi: "Nuorten ilta",
        titleEn: "Youth evening",
        descriptionFi: "Pelejä ja ohjausta.",
        descriptionEn: "Games and guidance.",
        languages: ["fi", "en", "ar"],
        targetGroups: ["youth"],
        weekday: 4,
        startsAt: "17:00",
        endsAt: "20:00",
        place: "Rauhankatu 8, Vaasa",
      },
    ],
  },
  {
    name: "Vietnamilaisten perheiden yhdistys ry",
    kind: "registered",
    volunteerRun: true,
    multicultural: true,
    municipalities: ["Vaasa"],
    languages: ["vi", "fi"],
    summaryFi: "Vietnaminkielisten perheiden yhteisö.",
    summaryEn: "A community of Vietnamese-speaking families.",
    activities: [
      {
        titleFi: "Perheiden sunnuntai",
        titleEn: "Family Sunday",
        descriptionFi: "Yhteinen ateria ja leikkiä koko päivän.",
        descriptionEn: "A shared meal and play all day.",
        languages: ["vi", "fi"],
        targetGroups: ["families"],
        weekday: 7,
        startsAt: "12:00",
        endsAt: "15:00",
        place: "Gerbyntie 18, Vaasa",
      },
    ],
  },
];

export async function seedDemo(db: PrismaClient, now = new Date()) {
  const county = await db.county.upsert({ where: { name: DEMO_COUNTY }, update: {}, create: { name: DEMO_COUNTY } });
  await ensureCountySteps(db, county.id);
  const units = new Map<string, string>();
  for (const unit of UNITS) {
    const row = await db.unit.upsert({
      where: { countyId_name: { countyId: county.id, name: unit.name } },
      update: {},
      create: { ...unit, countyId: county.id },
    });
    units.set(unit.name, row.id);
  }
  const associations = new Map<string, string>();
  for (const { activities, reviewedMonthsAgo, ...association } of ASSOCIATIONS) {
    const row = await db.association.upsert({
      where: { name: association.name },
      update: {},
      create: { ...association, countyId: county.id, lastReviewedAt: subMonths(now, reviewedMonthsAgo ?? 1) },
    });
    associations.set(association.name, row.id);
    for (const activity of activities) {
      await db.activity.upsert({
        where: { associationId_titleFi: { associationId: row.id, titleFi: activity.titleFi } },
        update: {},
        create: { ...activity, associationId: row.id },
      });
    }
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const snapshot = activeAccountSnapshot();
  for (const user of DEMO_USERS) {
    const row = await db.user.upsert({
      where: { email: user.email },
      update: {},
      create: {
        email: user.email,
        name: user.name,
        role: user.role,
        locale: user.locale ?? "fi",
        passwordHash,
        status: "active",
        snapshot,
      },
    });
    await db.unitMembership.createMany({
      data: (user.units ?? []).map((u) => ({ userId: row.id, unitId: units.get(u)! })),
      skipDuplicates: true,
    });
    await db.associationMembership.createMany({
      data: (user.associations ?? []).map((a) => ({ userId: row.id, associationId: associations.get(a)! })),
      skipDuplicates: true,
    });
  }
  await seedMeetings(db, units, associations, now);
  // The shared picture's first pages, written by the liaison (version 1 of each).
  const liaison = await db.user.findUniqueOrThrow({ where: { email: "liaison@demo.co-act.fi" }, select: { id: true } });
  for (const page of PICTURE_PAGES) {
    const row = await db.picturePage.upsert({
      where: { countyId_title: { countyId: county.id, title: page.title } },
      update: {},
      create: { ...page, countyId: county.id },
    });
    await db.picturePageVersion.upsert({
      where: { pageId_number: { pageId: row.id, number: 1 } },
      update: {},
      create: { pageId: row.id, number: 1, title: page.title, body: page.body, createdById: liaison.id },
    });
  }
  // The contact point routes these topics to a unit at once; the rest wait for the liaison.
  for (const [topic, unit] of CONTACT_ROUTES) {
    await db.contactRoute.upsert({
      where: { countyId_topic: { countyId: county.id, topic } },
      update: {},
      create: { countyId: county.id, topic, unitId: units.get(unit)! },
    });
  }
  await seedNetworks(db, county.id, units, associations);
  return { countyId: county.id, units, associations };
}

/** The n-th given weekday (0 = Sunday) of the month `monthsAhead` from now, as a calendar date (UTC fields). */
function nthWeekdayOfMonth(now: Date, monthsAhead: number, weekday: number, n: number) {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(first.getTime() + (offset + (n - 1) * 7) * 86_400_000);
}

/**
 * Demo meetings (issue 11): a monthly English introduction series on the second Tuesday at 17:00 with personal
 * invitations, a monthly group visit of the KOTO team, a quarterly joint meeting, and a draft annual Q&A session.
 */
async function seedMeetings(
  db: PrismaClient,
  units: Map<string, string>,
  associations: Map<string, string>,
  now: Date,
) {
  const liaisonUnit = units.get("Järjestöyhteistyö")!;
  const koto = units.get("Kotoutumisen sosiaalityö (KOTO)")!;
  const association = (name: string) => associations.get(name)!;
  const series = [
    {
      unitId: liaisonUnit,
      kind: "introduction" as const,
      title: "Introduction meetings in English",
      description: "Associations present themselves in 10 minutes each; questions welcome.",
      firstDate: nthWeekdayOfMonth(now, 0, 2, 2),
      pattern: "monthly_weekday" as const,
      count: 12,
      startTime: "17:00",
      durationMinutes: 30,
      place: "Vaasan kaupunginkirjasto, Kokoushuone 2",
      onlineUrl: "https://meet.example.fi/co-act-intro",
      languages: ["en"],
      schedule: true,
      invite: [
        { unitId: koto },
        { associationId: association("Monikulttuurinen naisyhdistys Sisarukset ry"), personal: true },
        { associationId: association("Somaliliitto Pohjanmaa ry"), personal: true },
        { associationId: association("Kylätalon kahvila") },
      ],
    },
    {
      unitId: koto,
      kind: "group_visit" as const,
      title: "KOTO-tiimin ryhmävierailu",
      description: "",
      hostAssociationId: association("Kylätalon kahvila"),
      firstDate: nthWeekdayOfMonth(now, 1, 3, 1),
      pattern: "monthly_weekday" as const,
      count: 6,
      startTime: "14:00",
      durationMinutes: 60,
      place: "Kylätalo",
      languages: ["fi"],
      schedule: true,
      invite: [{ associationId: association("Kylätalon kahvila") }],
    },
    {
      unitId: koto,
      kind: "joint_meeting" as const,
      title: "Yhteistapaaminen: mielenterveystuki",
      description: "Kolmen kuukauden välein, kaksi tuntia.",
      firstDate: nthWeekdayOfMonth(now, 1, 4, 1),
      pattern: "quarterly" as const,
      count: 4,
      startTime: "13:00",
      durationMinutes: 120,
      place: "Sosiaalitoimisto, Vaasa",
      languages: ["fi", "en"],
      schedule: true,
      invite: [
        { unitId: koto },
        { associationId: association("Monikulttuurinen naisyhdistys Sisarukset ry") },
        { associationId: association("Vaasan Punainen Risti, ystävätoiminta") },
      ],
    },
    {
      unitId: liaisonUnit,
      kind: "annual_session" as const,
      title: "Vuosittainen kysymys- ja vastaustilaisuus",
      description: "",
      firstDate: nthWeekdayOfMonth(now, 3, 3, 4),
      pattern: "yearly" as const,
      count: 3,
      startTime: "18:00",
      durationMinutes: 180,
      place: "Vaasan kaupungintalo",
      languages: ["fi", "en"],
      schedule: false,
      invite: [],
    },
  ];
  for (const { pattern, count, schedule, invite, ...values } of series) {
    if (await db.meetingSeries.count({ where: { title: values.title } })) continue;
    const { id } = await db.meetingSeries.create({
      data: {
        ...values,
        rrule: ruleFor(pattern, values.firstDate, { count }),
        ...initialRow("meeting-series"),
        invitations: { create: invite },
      },
    });
    // Scheduled as the organiser would, without mails: nobody has answered demo invitations.
    if (schedule)
      await db.$transaction((tx) =>
        step(tx, "meeting-series", id, { type: "SCHEDULE", actor: { id: null, party: "county" } }),
      );
  }
}

/**
 * Demo association networks (issue 13): two networks of the county; the first concerns the KOTO unit's work and the
 * KOTO social worker represents the unit in it. The second concerns no unit yet (the liaison marks it in the demo).
 */
async function seedNetworks(
  db: PrismaClient,
  countyId: string,
  units: Map<string, string>,
  associations: Map<string, string>,
) {
  if (await db.network.count({ where: { countyId } })) return;
  const koto = units.get("Kotoutumisen sosiaalityö (KOTO)")!;
  const sisters = associations.get("Monikulttuurinen naisyhdistys Sisarukset ry")!;
  const families = await db.network.create({
    data: {
      countyId,
      name: "Lapset ja perheet -verkosto",
      theme: "Lapset ja perheet",
      description: "Lasten ja perheiden parissa toimivat järjestöt; kokoontuu neljästi vuodessa.",
      convenerAssociationId: sisters,
      members: { create: [{ associationId: sisters }, { associationId: associations.get("Kylätalon kahvila")! }] },
      relevance: { create: [{ unitId: koto }] },
    },
  });
  await db.network.create({
    data: {
      countyId,
      name: "Mielenterveys- ja päihdeverkosto",
      theme: "Mielenterveys ja päihteet",
      description: "Mielenterveys- ja päihdetyön järjestöt.",
      convenerUnitId: units.get("Järjestöyhteistyö")!,
      members: { create: [{ associationId: associations.get("Vaasan Punainen Risti, ystävätoiminta")! }] },
    },
  });
  const worker = await db.user.findUniqueOrThrow({ where: { email: "social.worker@demo.co-act.fi" } });
  const { id } = await db.networkRepresentative.create({
    data: {
      networkId: families.id,
      unitId: koto,
      personId: worker.id,
      termStart: new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1)),
      ...initialRow("network-representative"),
    },
  });
  await db.$transaction((tx) =>
    step(tx, "network-representative", id, { type: "ACCEPT", actor: { id: worker.id, party: "self" } }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { createDb } = await import("../app/utils/db.server");
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL (or start the app once, which seeds the embedded database itself)");
  const db = createDb(url);
  await seedDemo(db);
  await db.$disconnect();
  console.log("Demo data is in place.");
}
