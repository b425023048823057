// The Co-Act path.
import type { Texts } from "../texts";
import type { path as fi } from "../fi/path";

export const path: Texts<typeof fi> = {
  "path.title": "Co-Act-stigen",
  "path.intro":
    "Tio steg mot samarbete mellan välfärdsområdet och föreningarna. Stegen kan tas i vilken ordning som helst, och en del kan hoppas över. Ett steg blir etablerat först när uppgifterna i appen visar att det har tagits.",
  "path.countyTitle": "Co-Act-stigen: {county}",
  "path.overview.title": "Välfärdsområdenas Co-Act-stigar",
  "path.overview.intro": "Välfärdsområdenas stigar sida vid sida: läget för varje steg i varje område.",
  "path.overview.step": "Steg",
  "path.overview.none": "Det finns inga välfärdsområden vars stig du kan se.",
  "path.summary": "Etablerade steg: {established}/10. Pågående: {active}, förfallna: {lapsed}, överhoppade: {skipped}.",
  "path.stepNumber": "Steg {number}",
  "path.step.visibility": "Synlighet",
  "path.step.intro_meetings": "Presentationsmöten",
  "path.step.contact_point": "Kontaktpunkt",
  "path.step.shared_picture": "Gemensam lägesbild",
  "path.step.timely_referral": "Hänvisning i rätt tid",
  "path.step.consented_referral": "Hänvisning med samtycke",
  "path.step.accompaniment": "Ledsagning",
  "path.step.visits_and_joint_meetings": "Besök och gemensamma möten",
  "path.step.network_representatives": "Representanter i nätverken",
  "path.step.inclusion": "Delaktighet",
  "path.status.not_started": "Inte påbörjat",
  "path.status.planned": "Planerat",
  "path.status.in_progress": "Pågår",
  "path.status.established": "Etablerat",
  "path.status.lapsed": "Förfallet",
  "path.status.skipped": "Överhoppat",
  "path.owner": "Ansvarsperson",
  "path.noOwner": "Ingen ansvarsperson",
  "path.targetDate": "Måldatum",
  "path.noTargetDate": "Inget måldatum",
  "path.evidenceLabel": "Belägg",
  "path.staleMark": "inaktuellt",
  "path.nextLabel": "Härnäst",
  "path.skipReasonLabel": "Orsak till att steget hoppats över",
  "path.next.not_started": "Planera steget: välj en ansvarsperson och ett måldatum.",
  "path.next.planned": "Börja arbeta med steget.",
  "path.next.in_progress": "Fortsätt arbetet tills beläggen räcker.",
  "path.next.ready": "Beläggen räcker: etablera steget.",
  "path.next.established": "Håll beläggen aktuella; de kontrolleras varje dag.",
  "path.next.lapsed": "Förnya beläggen: steget blir etablerat igen när beläggen åter räcker.",
  "path.next.skipped": "Ta med steget igen när det blir aktuellt.",
  "path.event.PLAN": "Planera",
  "path.event.START": "Börja",
  "path.event.ESTABLISH": "Etablera",
  "path.event.SKIP": "Hoppa över",
  "path.event.UNSKIP": "Ta tillbaka till stigen",
  "path.changeStep": "Ändra steg {number}: {step}",
  "path.form.owner": "Ansvarsperson",
  "path.form.chooseOwner": "Välj en person",
  "path.form.targetDate": "Måldatum",
  "path.form.reason": "Varför steget hoppas över",
  "path.form.comment": "Kommentar (frivillig)",
  "path.timeline.title": "Tidslinje",
  "path.timeline.none": "Inga steg har ändrats ännu.",
  "path.timeline.when": "När",
  "path.timeline.who": "Vem",
  "path.timeline.step": "Steg",
  "path.timeline.change": "Ändring",
  "path.timeline.comment": "Kommentar",
  "path.timeline.system": "Daglig kontroll",
  "path.reevaluate.button": "Kontrollera beläggen nu",
  "path.reevaluate.intro":
    "Beläggen kontrolleras varje morgon. Ett etablerat steg vars belägg har blivit inaktuella förfaller, och ett förfallet steg blir etablerat igen när beläggen åter räcker.",
  "path.reevaluate.done": "Beläggen kontrollerade: {checked} steg, {lapsed} förföll, {restored} återställdes.",
  "path.print": "Skriv ut stigen",
  "path.refused": "Steget kan inte etableras ännu: {explanation}",
  "path.conflict":
    "Någon annan ändrade det här steget strax före dig, och din ändring sparades inte. Ladda om sidan, se efter hur läget för steget är nu och gör ändringen på nytt om det behövs.",
  "path.errors.ownerNotInCounty": "Välj en ansvarsperson bland personalen vid det här välfärdsområdets enheter.",
  "path.thresholds.title": "Gränsvärden för belägg på Co-Act-stigen",
  "path.thresholds.intro": "Gränsvärdena gäller alla välfärdsområden. Ett tomt fält återställer standardvärdet.",
  "path.thresholds.range": "Standard {default}, tillåtet {min}–{max}",
  "path.thresholds.save": "Spara gränsvärdena",
  "path.thresholds.saved": "Gränsvärdena har sparats.",
  "path.thresholds.outOfRange": "Ange ett heltal mellan {min} och {max}.",
  "path.threshold.visibility.reviewedPercent": "Steg 1: andel granskade föreningsprofiler minst (%)",
  "path.threshold.visibility.reviewMonths": "Steg 1: profilen granskad under de senaste månaderna (mån.)",
  "path.threshold.visibility.directoryUseDays":
    "Steg 1: områdets personal har använt katalogen under de senaste dagarna (dagar)",
  "path.threshold.timely_referral.days": "Steg 5: förhandsanmälningar under de senaste dagarna (dagar)",
  "path.threshold.timely_referral.minNotices": "Steg 5: antal förhandsanmälningar minst",
  "path.threshold.consented_referral.days": "Steg 6: hänvisningar under de senaste dagarna (dagar)",
  "path.threshold.consented_referral.minSent": "Steg 6: antal skickade hänvisningar minst",
  "path.threshold.consented_referral.minClosed": "Steg 6: antal hänvisningar avslutade med ett resultat minst",
  "path.threshold.accompaniment.days": "Steg 7: ledsagare och tolkar under de senaste dagarna (dagar)",
  "path.threshold.accompaniment.minDone": "Steg 7: antal genomförda hämtningar eller tolkningar minst",
  "path.evidence.visibility.noAssociations": "Området har ännu inga föreningar i katalogen.",
  "path.evidence.visibility.profilesOld":
    "Bara {reviewed}/{total, plural, one {# föreningsprofil} other {# föreningsprofiler}} ({percent} %) har granskats under {months, plural, one {den senaste månaden} other {de senaste # månaderna}}; det behövs {needed} %.",
  "path.evidence.visibility.directoryUnused": "Områdets personal har ännu inte använt katalogen.",
  "path.evidence.visibility.directoryStale":
    "Områdets personal använde katalogen senast den {last}, för mer än {days, plural, one {# dag} other {# dagar}} sedan.",
  "path.evidence.visibility.holds":
    "{reviewed}/{total, plural, one {# profil} other {# profiler}} ({percent} %) har granskats under {months, plural, one {den senaste månaden} other {de senaste # månaderna}}, och katalogen användes senast den {last}.",
  "path.evidence.timely_referral.holds":
    "{count, plural, one {# förhandsanmälan} other {# förhandsanmälningar}} till föreningar under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}, den senaste den {last}.",
  "path.evidence.timely_referral.stale":
    "Den senaste förhandsanmälan skickades den {last}, för mer än {days, plural, one {# dag} other {# dagar}} sedan.",
  "path.evidence.timely_referral.none": "Inga förhandsanmälningar har skickats till föreningar.",
  "path.evidence.consented_referral.holds":
    "{sent, plural, one {# hänvisning} other {# hänvisningar}} med samtycke under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}, av dem har {closed} avslutats med ett resultat.",
  "path.evidence.consented_referral.stale":
    "Den senaste hänvisningen med samtycke skickades den {last}, för mer än {days, plural, one {# dag} other {# dagar}} sedan.",
  "path.evidence.consented_referral.none": "Inga hänvisningar med samtycke har skickats.",
  "path.evidence.consented_referral.notClosed":
    "{sent, plural, one {# hänvisning} other {# hänvisningar}} har skickats under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}, men ingen har avslutats med ett resultat (det behövs {minClosed}).",
  "path.evidence.accompaniment.holds":
    "{count, plural, one {# hämtning eller tolkning} other {# hämtningar eller tolkningar}} genomfördes under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}, den senaste den {last}.",
  "path.evidence.accompaniment.stale":
    "Den senaste hämtningen eller tolkningen genomfördes den {last}, för mer än {days, plural, one {# dag} other {# dagar}} sedan.",
  "path.evidence.accompaniment.none": "Ingen hämtning eller tolkning har genomförts ännu.",
  "path.threshold.intro_meetings.days": "Steg 2: presentationsmöten under de senaste dagarna (dagar)",
  "path.threshold.intro_meetings.minHeld": "Steg 2: antal hållna möten i samma serie minst",
  "path.threshold.contact_point.days": "Steg 3: kontaktbegäranden under de senaste dagarna (dagar)",
  "path.threshold.contact_point.onTimePercent": "Steg 3: andel kontaktbegäranden som besvarats inom måltiden minst (%)",
  "path.threshold.contact_point.minRequests": "Steg 3: antal kontaktbegäranden minst",
  "path.threshold.shared_picture.reviewMonths":
    "Steg 4: sidan om ansvarsfördelningen granskad under de senaste månaderna (mån.)",
  "path.threshold.shared_picture.sessionMonths":
    "Steg 4: årligt frågetillfälle hållet under de senaste månaderna (mån.)",
  "path.threshold.visits_and_joint_meetings.days":
    "Steg 8: besök och gemensamma möten under de senaste dagarna (dagar)",
  "path.threshold.visits_and_joint_meetings.heldPercent": "Steg 8: andel hållna av de planerade mötena minst (%)",
  "path.threshold.visits_and_joint_meetings.minHeld": "Steg 8: antal hållna besök eller gemensamma möten minst",
  "path.threshold.inclusion.days": "Steg 10: möten och inbjudningar under de senaste dagarna (dagar)",
  "path.threshold.inclusion.minOtherLanguage": "Steg 10: antal möten på något annat språk än finska minst",
  "path.threshold.inclusion.minPersonal": "Steg 10: antal personliga inbjudningar till föreningar minst",
  "path.evidence.intro_meetings.holds":
    "I en presentationsserie hölls {held, plural, one {# möte} other {# möten}} under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}, och på varje möte presenterade sig en förening; det senaste den {last}.",
  "path.evidence.intro_meetings.noPresenter":
    "I en presentationsserie hölls {held, plural, one {# möte} other {# möten}} under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}, men bara på {presented} av dem presenterade sig en förening (det behövs en på varje möte).",
  "path.evidence.intro_meetings.tooFew":
    "I en presentationsserie har {held, plural, one {# möte} other {# möten}} hållits under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}; det behövs minst {min} (ett möte räknas som hållet när deltagarna har registrerats).",
  "path.evidence.intro_meetings.stale":
    "Det senaste presentationsmötet hölls den {last}, för mer än {days, plural, one {# dag} other {# dagar}} sedan.",
  "path.evidence.intro_meetings.none":
    "Inga presentationsmöten har hållits (ett möte räknas som hållet när deltagarna har registrerats).",
  "path.evidence.contact_point.unpublished":
    "Kontaktpunkten har inte publicerats: inga ämnen har styrts till en enhet.",
  "path.evidence.contact_point.holds":
    "{onTime}/{count, plural, one {# kontaktbegäran} other {# kontaktbegäranden}} ({percent} %) besvarades inom måltiden under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}.",
  "path.evidence.contact_point.late":
    "Bara {onTime}/{count, plural, one {# kontaktbegäran} other {# kontaktbegäranden}} ({percent} %) besvarades inom måltiden under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}; det behövs {needed} %.",
  "path.evidence.contact_point.stale":
    "Den senaste kontaktbegäran kom den {last}, för mer än {days, plural, one {# dag} other {# dagar}} sedan.",
  "path.evidence.contact_point.none":
    "Kontaktpunkten är publicerad, men under {days, plural, one {den senaste dagen} other {de senaste # dagarna}} har det inte kommit några kontaktbegäranden vars svarstid kan bedömas (det behövs {min}).",
  "path.evidence.shared_picture.noPage": "Den gemensamma lägesbilden har ingen sida om ansvarsfördelningen.",
  "path.evidence.shared_picture.pageOld":
    "Sidan om ansvarsfördelningen granskades senast den {review}, för mer än {reviewMonths, plural, one {# månad} other {# månader}} sedan.",
  "path.evidence.shared_picture.noSession":
    "Ansvarsfördelningen granskades den {review}, men inget årligt frågetillfälle har hållits.",
  "path.evidence.shared_picture.sessionOld":
    "Det senaste årliga frågetillfället hölls den {session}, för mer än {sessionMonths, plural, one {# månad} other {# månader}} sedan.",
  "path.evidence.shared_picture.holds":
    "Ansvarsfördelningen granskad den {review} och årligt frågetillfälle hållet den {session}.",
  "path.evidence.visits_and_joint_meetings.holds":
    "{held}/{planned, plural, one {# planerat gruppbesök eller gemensamt möte} other {# planerade gruppbesök eller gemensamma möten}} ({percent} %) hölls under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}.",
  "path.evidence.visits_and_joint_meetings.notAsPlanned":
    "Bara {held}/{planned, plural, one {# planerat gruppbesök eller gemensamt möte} other {# planerade gruppbesök eller gemensamma möten}} ({percent} %) hölls under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}; det behövs {needed} % och minst {min}.",
  "path.evidence.visits_and_joint_meetings.stale":
    "Det senaste gruppbesöket eller gemensamma mötet hölls den {last}, för mer än {days, plural, one {# dag} other {# dagar}} sedan.",
  "path.evidence.visits_and_joint_meetings.none":
    "Inga gruppbesök eller gemensamma möten har hållits (ett möte räknas som hållet när deltagarna har registrerats).",
  "path.evidence.inclusion.holds":
    "Under {days, plural, one {den senaste dagen} other {de senaste # dagarna}}: {meetings, plural, one {# möte} other {# möten}} på något annat språk än finska och {invitations, plural, one {# personlig inbjudan} other {# personliga inbjudningar}} till föreningar.",
  "path.evidence.inclusion.none":
    "Under {days, plural, one {den senaste dagen} other {de senaste # dagarna}} har inga möten hållits på något annat språk än finska och inga föreningar har bjudits in personligen.",
  "path.evidence.inclusion.noLanguage":
    "{invitations, plural, one {# personlig inbjudan} other {# personliga inbjudningar}}, men under {days, plural, one {den senaste dagen} other {de senaste # dagarna}} har inga möten hållits på något annat språk än finska (det behövs {minLanguage}).",
  "path.evidence.inclusion.noPersonal":
    "{meetings, plural, one {# möte} other {# möten}} på något annat språk än finska, men under {days, plural, one {den senaste dagen} other {de senaste # dagarna}} har inga föreningar bjudits in personligen (det behövs {minPersonal}).",
};
