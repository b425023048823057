// E-mails and calendar entries: read only on the server, never sent to the browser.
import type { Texts } from "../texts";
import type { mail as fi } from "../fi/mail";

export const mail: Texts<typeof fi> = {
  "email.calendar.summary": "First meeting: {activity}",
  "email.calendar.description":
    "Co-Act referral {reference}. Open it in Co-Act for the details the client agreed to share.",
  "email.referral.action": "Open the referral",
  "email.referral.noPersonalData":
    "For data protection this message holds no client data. You will see it in Co-Act after signing in.",
  "email.referralForAssociation.new.subject": "New referral {reference}: {activity} – answer by {deadline}",
  "email.referralForAssociation.new.body":
    "{unit} has referred a client to {activity}, with the client's consent. Please accept it and propose a time for the first meeting, or decline it, by {deadline}; after that it goes back to the social worker.",
  "email.referralForAssociation.reminder.subject": "Reminder {reference}: {activity} – answer by {deadline}",
  "email.referralForAssociation.reminder.body":
    "A referral from {unit} to {activity} has waited five working days for your answer. Please accept it and propose a time, or decline it, by {deadline}.",
  "email.referralForAssociation.meeting.subject": "First meeting {reference}: {activity}, {meetingAt}",
  "email.referralForAssociation.meeting.body":
    "The first meeting of the referral from {unit} to {activity} is agreed for {meetingAt}. It is in the attached calendar entry; nothing else is needed from you now.",
  "email.referralForAssociation.withdrawn.subject": "Consent withdrawn {reference}: {activity}",
  "email.referralForAssociation.withdrawn.body":
    "The client of the referral from {unit} to {activity} has withdrawn their consent. Their data has been erased; any meeting not yet held is cancelled. Nothing is needed from you.",
  "email.referralForAssociation.cancelled.subject": "Referral cancelled {reference}: {activity}",
  "email.referralForAssociation.cancelled.body":
    "{unit} cancelled its referral to {activity}; any meeting not yet held is cancelled. Nothing is needed from you.",
  "email.referralForCounty.accepted.subject": "Accepted {reference}: {activity}",
  "email.referralForCounty.accepted.body":
    "{associationName} accepted your referral to {activity} and will propose a time for the first meeting.",
  "email.referralForCounty.times_proposed.subject": "Times proposed {reference}: {activity} – choose one",
  "email.referralForCounty.times_proposed.body":
    "{associationName} accepted your referral to {activity} and proposed times for the first meeting: {times}. Please agree one with the client and confirm it in Co-Act.",
  "email.referralForCounty.declined.subject": "Not taken {reference}: {activity}",
  "email.referralForCounty.declined.body":
    "{associationName} could not take your referral to {activity}. You can refer the client to another association without retyping anything.",
  "email.referralForCounty.meeting.subject": "First meeting {reference}: {activity}, {meetingAt}",
  "email.referralForCounty.meeting.body":
    "The first meeting of your referral to {activity} is agreed for {meetingAt}. It is in the attached calendar entry; please tell the client.",
  "email.referralForCounty.no_answer.subject": "No answer {reference}: {activity}",
  "email.referralForCounty.no_answer.body":
    "{associationName} has not answered your referral to {activity} in ten working days. You can refer the client to another association without retyping anything.",
  "email.referralForCounty.attended.subject": "Client came {reference}: {activity}",
  "email.referralForCounty.attended.body":
    "{associationName} recorded that the client came to the first meeting of {activity}. Nothing is needed from you now.",
  "email.referralForCounty.no_show.subject": "Client did not come {reference}: {activity}",
  "email.referralForCounty.no_show.body":
    "{associationName} recorded that the client did not come to the first meeting of {activity}. Please contact the client, and arrange a new time or close the referral.",
  "email.referralForCounty.withdrawn.subject": "Consent withdrawn {reference}: {activity}",
  "email.referralForCounty.withdrawn.body":
    "{associationName} recorded that the client of your referral to {activity} withdrew their consent. The client's data has been erased; any meeting not yet held is cancelled.",
  "email.footer": "This message was sent by Co-Act. Please do not reply to it.",
  "email.invitation.subject": "Your invitation to Co-Act",
  "email.invitation.body":
    "{inviterName} has invited you to Co-Act, where the wellbeing services county and associations work together to support people who have moved to Finland.",
  "email.invitation.expiry": "The link is valid for {days, plural, one {# day} other {# days}}.",
  "email.invitation.action": "Activate your account",
  "email.passwordReset.subject": "Co-Act: change your password",
  "email.passwordReset.body":
    "Someone asked to change the password of your account. If it was not you, you can ignore this message.",
  "email.passwordReset.expiry": "The link is valid for {hours, plural, one {# hour} other {# hours}} and works once.",
  "email.passwordReset.action": "Choose a new password",
  "email.profileReview.subject": "Are the details of {associationName} up to date?",
  "email.profileReview.body":
    "The details of {associationName} in Co-Act were last confirmed on {lastReviewed}. Social workers refer clients on the strength of them.",
  "email.profileReview.oneClick":
    "If they are still right, confirm them with one click. You can also correct them on the same page.",
  "email.profileReview.action": "Check and confirm the details",
  "barometer.email.subject": "How does cooperation work in {countyName}? A five-minute survey",
  "barometer.email.body":
    "{countyName} asks associations and services how cooperation between them works. Your view is needed, also on what does not work.",
  "barometer.email.personal":
    "The link is personal: you can answer without signing in and change your answer until {closesOn}. Any question may be skipped.",
  "barometer.email.anonymous": "Answers are reported only in groups of at least five and never with your name.",
  "barometer.email.action": "Answer the survey",
  "path.email.action": "Open the Co-Act path",
  "path.email.owner.subject": "You own step {number} ({step}) – {county}",
  "path.email.owner.body":
    "{actor} made you the owner of step {number} ({step}) of the Co-Act path of {county}. The target date is {date}.",
  "path.email.owner.todo":
    "What to do: open the path and see what evidence the step needs. The step is established when the app's records show it has been taken.",
  "path.email.lapsed.subject": "Step {number} ({step}) of the Co-Act path has lapsed – {county}",
  "path.email.lapsed.body":
    "The evidence of step {number} ({step}) of {county} no longer held at the check on {checkedAt}, so the step has lapsed.",
  "path.email.lapsed.todo":
    "What to do: renew the evidence (the reason is above). The step is established again at the next daily check, or when you press “Check the evidence now” on the path page.",
  "meeting.calendar.description": "Organised by {organiser}. Details and your answer: {url}",
  "meeting.email.placeLater": "place to be announced",
  "meeting.email.details": "When: {times}. Where: {where}. Language: {languages}. Organised by {organiser}.",
  "meeting.email.page": "The meeting series' page: {url}",
  "meeting.email.answer": "Answer the invitation",
  "meeting.email.action": "Open the meeting series",
  "meeting.email.invitation.subject": "Invitation: {title}",
  "meeting.email.invitation.body":
    "You are invited: {title} ({kind}). The meetings are in the attached calendar entry. Please tell us whether you will come: answering needs no sign-in.",
  "meeting.email.update.subject": "Changed: {title}",
  "meeting.email.update.body":
    "The details of {title} have changed. The attached calendar entry updates your calendar; please check that the new time suits you.",
  "meeting.email.cancelled.subject": "Cancelled: {title}",
  "meeting.email.cancelled.body":
    "The meeting series {title} is cancelled. The attached cancellation removes the meetings from your calendar; nothing else is needed from you.",
  "meeting.email.occurrence_cancelled.subject": "Cancelled on {cancelled}: {title}",
  "meeting.email.occurrence_cancelled.body":
    "The meeting {title} on {cancelled} is cancelled. The other meetings go ahead; the attached cancellation removes only this one from your calendar.",
  "meeting.email.reminder.subject": "Reminder for tomorrow: {title}",
  "meeting.email.reminder.body":
    "A reminder: {title} is tomorrow, {times}. If you cannot come, please say so with your answer link.",
  "contact.email.action": "Open the request",
  "contact.email.linkIsPersonal": "The link is personal: please do not forward it.",
  "contact.email.receipt.subject": "Your request was received ({reference})",
  "contact.email.receipt.body": "{countyName} received what you sent: {kind}. The reference number is {reference}.",
  "contact.email.receipt.target": "The target is to answer by {dueOn}. The link shows the answer once it is given.",
  "contact.email.answer.subject": "An answer to your request ({reference})",
  "contact.email.answer.body": "{countyName} ({unitName}) answered your request {reference}:",
  "contact.email.reply": "You can reply through the link; your reply goes to the same unit.",
  "contact.email.county.action": "Open the request",
  "contact.email.county.new.subject": "New contact request {reference}",
  "contact.email.county.new.body": "An organisation contacted {countyName} ({reference}). Please answer by {dueOn}.",
  "contact.email.county.routed.subject": "Contact request {reference} was routed to your unit",
  "contact.email.county.routed.body": "Contact request {reference} was routed to your unit. Please answer by {dueOn}.",
  "contact.email.county.reply.subject": "The sender replied: {reference}",
  "contact.email.county.reply.body": "The sender of contact request {reference} replied. Please answer by {dueOn}.",
  "contact.email.county.reminder.subject": "Reminder: contact request {reference} waits for an answer",
  "contact.email.county.reminder.body": "Contact request {reference} waits for an answer. The target is {dueOn}.",
  "concern.email.subject": "New concern notice {reference}",
  "concern.email.body": "Your unit received concern notice {reference}. Read it in Co-Act and mark it as received.",
  "concern.email.noPersonalData": "This message holds no personal data; it is shown only in the app.",
  "concern.email.action": "Open the notice",
  "network.email.handover.subject": "A representative left: {unit} needs a new representative in {network}",
  "network.email.handover.deactivated":
    "The account of {person} has been closed. They represented {unit} in the network {network}; the role is now being handed over and the seat shows as vacant.",
  "network.email.handover.left_unit":
    "{person} is no longer a member of {unit}. They represented the unit in the network {network}; the role is now being handed over and the seat shows as vacant.",
  "network.email.handover.todo":
    "What to do: propose a new representative from {unit} on the network's page. The seat stays vacant until the new representative accepts.",
  "network.email.handover.action": "Open the network's page",
};
