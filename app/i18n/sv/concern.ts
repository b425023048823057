// Concern notices.
import type { Texts } from "../texts";
import type { concern as fi } from "../fi/concern";

export const concern: Texts<typeof fi> = {
  "concern.nav": "Orosanmälningar",
  "concern.title": "Orosanmälningar",
  "concern.intro":
    "Med en orosanmälan berättar en förening för välfärdsområdet om en människa som behöver hjälp och inte själv får kontakt med tjänsterna. Anmälan går bara till områdets mottagande enhet.",
  "concern.none": "Inga orosanmälningar.",
  "concern.new": "Ny orosanmälan",
  "concern.newIntro":
    "Berätta vem personen är, hur man når hen och vad oron gäller. Bara välfärdsområdets mottagande enhet ser uppgifterna, och varje visning registreras. Berätta för personen att du gör en anmälan.",
  "concern.association": "Förening",
  "concern.personName": "Personens namn",
  "concern.personPhone": "Telefonnummer",
  "concern.personEmail": "E-post",
  "concern.personAddress": "Adress",
  "concern.personLanguages": "Språk som man kan tala med personen på",
  "concern.situation": "Vad oron gäller",
  "concern.send": "Skicka anmälan",
  "concern.notice": "Orosanmälan",
  "concern.person": "Personen och situationen",
  "concern.loggedView": "Visningen av de här uppgifterna har registrerats i loggen.",
  "concern.noPersonalDataHere":
    "Bara välfärdsområdets mottagande enhet ser anmälans personuppgifter. Här ser du anmälans status och till sist i allmänna drag vad som gjordes.",
  "concern.personalDataErased":
    "Personens uppgifter och beskrivningen av situationen raderades {date}, när lagringstiden efter att anmälan stängdes hade gått ut.",
  "concern.outcome": "Vad som gjordes",
  "concern.outcomeHint": "Skriv i allmänna drag, utan personuppgifter: föreningen ser det här.",
  "concern.handle": "Behandling",
  "concern.event.RECEIVE": "Markera som mottagen",
  "concern.event.TAKE_CONTACT": "Kontakt med personen tagen",
  "concern.event.CLOSE": "Stäng anmälan",
  "concern.accessLog": "Vem som har sett personuppgifterna",
  "concern.error.noReceivingUnit":
    "Välfärdsområdet har ännu ingen enhet som tar emot orosanmälningar. Kontakta föreningarnas kontaktperson.",
  "concern.status.submitted": "skickad",
  "concern.status.received": "mottagen",
  "concern.status.contact_taken": "kontakt tagen",
  "concern.status.closed": "stängd",
};
