// Concern notices.
import type { Texts } from "../texts";
import type { concern as fi } from "../fi/concern";

export const concern: Texts<typeof fi> = {
  "concern.nav": "Concern notices",
  "concern.title": "Concern notices",
  "concern.intro":
    "With a concern notice an association tells the county about a person who needs help and cannot reach services on their own. The notice goes only to the county's receiving unit.",
  "concern.none": "No concern notices.",
  "concern.new": "New concern notice",
  "concern.newIntro":
    "Tell who the person is, how to reach them and what the concern is. Only the county's receiving unit sees these details, and every view is logged. Tell the person that you are making the notice.",
  "concern.association": "Association",
  "concern.personName": "The person's name",
  "concern.personPhone": "Phone number",
  "concern.personEmail": "E-mail",
  "concern.personAddress": "Address",
  "concern.personLanguages": "Languages they can be spoken to in",
  "concern.situation": "What the concern is",
  "concern.send": "Send the notice",
  "concern.notice": "Concern notice",
  "concern.person": "The person and the situation",
  "concern.loggedView": "Viewing these details has been written to the log.",
  "concern.noPersonalDataHere":
    "Only the county's receiving unit sees the notice's personal data. Here you see its status and, at the end, what was done in general terms.",
  "concern.personalDataErased":
    "The person's details and the situation were erased on {date}, at the end of the retention period after the notice was closed.",
  "concern.outcome": "What was done",
  "concern.outcomeHint": "Write in general terms, without personal data: the association reads this.",
  "concern.handle": "Handling",
  "concern.event.RECEIVE": "Mark as received",
  "concern.event.TAKE_CONTACT": "Contact with the person taken",
  "concern.event.CLOSE": "Close the notice",
  "concern.accessLog": "Who has viewed the personal data",
  "concern.error.noReceivingUnit":
    "The county has no unit receiving concern notices yet. Please contact the association liaison.",
  "concern.status.submitted": "submitted",
  "concern.status.received": "received",
  "concern.status.contact_taken": "contact taken",
  "concern.status.closed": "closed",
};
