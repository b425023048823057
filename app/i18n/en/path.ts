// The Co-Act path.
import type { Texts } from "../texts";
import type { path as fi } from "../fi/path";

export const path: Texts<typeof fi> = {
  "path.title": "Co-Act path",
  "path.intro":
    "Ten steps of cooperation between the county and the associations. The steps can be taken in any order, and some may be skipped. A step is established only when the app's records show that it has been taken.",
  "path.countyTitle": "Co-Act path: {county}",
  "path.overview.title": "The counties' Co-Act paths",
  "path.overview.intro": "The counties' paths side by side: the state of each step in each county.",
  "path.overview.step": "Step",
  "path.overview.none": "No counties whose path you may see.",
  "path.summary": "{established}/10 steps established, {active} in progress, {lapsed} lapsed, {skipped} skipped.",
  "path.stepNumber": "Step {number}",
  "path.step.visibility": "Visibility",
  "path.step.intro_meetings": "Introduction meetings",
  "path.step.contact_point": "Contact point",
  "path.step.shared_picture": "Shared picture",
  "path.step.timely_referral": "Timely referral",
  "path.step.consented_referral": "Referral with consent",
  "path.step.accompaniment": "Accompaniment",
  "path.step.visits_and_joint_meetings": "Visits and joint meetings",
  "path.step.network_representatives": "Network representatives",
  "path.step.inclusion": "Inclusion",
  "path.status.not_started": "Not started",
  "path.status.planned": "Planned",
  "path.status.in_progress": "In progress",
  "path.status.established": "Established",
  "path.status.lapsed": "Lapsed",
  "path.status.skipped": "Skipped",
  "path.owner": "Owner",
  "path.noOwner": "No owner",
  "path.targetDate": "Target date",
  "path.noTargetDate": "No target date",
  "path.evidenceLabel": "Evidence",
  "path.staleMark": "stale",
  "path.nextLabel": "Next",
  "path.skipReasonLabel": "Reason for skipping",
  "path.next.not_started": "Plan the step: choose an owner and a target date.",
  "path.next.planned": "Start working on the step.",
  "path.next.in_progress": "Keep working until the evidence is there.",
  "path.next.ready": "The evidence is there: establish the step.",
  "path.next.established": "Keep the evidence current; it is checked every day.",
  "path.next.lapsed": "Renew the evidence: the step is established again once it holds.",
  "path.next.skipped": "Take the step up again when it becomes relevant.",
  "path.event.PLAN": "Plan",
  "path.event.START": "Start",
  "path.event.ESTABLISH": "Establish",
  "path.event.SKIP": "Skip",
  "path.event.UNSKIP": "Put back on the path",
  "path.changeStep": "Change step {number}: {step}",
  "path.form.owner": "Owner",
  "path.form.chooseOwner": "Choose a person",
  "path.form.targetDate": "Target date",
  "path.form.reason": "Why the step is skipped",
  "path.form.comment": "Comment (optional)",
  "path.timeline.title": "Timeline",
  "path.timeline.none": "No step has been changed yet.",
  "path.timeline.when": "When",
  "path.timeline.who": "Who",
  "path.timeline.step": "Step",
  "path.timeline.change": "Change",
  "path.timeline.comment": "Comment",
  "path.timeline.system": "Daily check",
  "path.reevaluate.button": "Check the evidence now",
  "path.reevaluate.intro":
    "The evidence is checked every morning. An established step whose evidence went stale lapses, and a lapsed one is established again when its evidence holds.",
  "path.reevaluate.done":
    "Evidence checked: {checked, plural, one {{checked} step} other {{checked} steps}}, {lapsed} lapsed, {restored} restored.",
  "path.print": "Print the path",
  "path.refused": "The step cannot be established yet: {explanation}",
  "path.conflict":
    "Someone else changed this step just before you, and your change was not saved. Reload the page, look at the step's current state and make your change again if it is still needed.",
  "path.errors.ownerNotInCounty": "Choose the owner from the staff of this county's units.",
  "path.thresholds.title": "Evidence thresholds of the Co-Act path",
  "path.thresholds.intro": "The thresholds apply to every county. An empty field restores the default.",
  "path.thresholds.range": "Default {default}, allowed {min}–{max}",
  "path.thresholds.save": "Save the thresholds",
  "path.thresholds.saved": "Thresholds saved.",
  "path.thresholds.outOfRange": "Give a whole number from {min} to {max}.",
  "path.threshold.visibility.reviewedPercent": "Step 1: share of association profiles reviewed, at least (%)",
  "path.threshold.visibility.reviewMonths": "Step 1: profile reviewed within the last (months)",
  "path.threshold.visibility.directoryUseDays": "Step 1: county staff used the directory within the last (days)",
  "path.threshold.timely_referral.days": "Step 5: advance notices within the last (days)",
  "path.threshold.timely_referral.minNotices": "Step 5: advance notices, at least",
  "path.threshold.consented_referral.days": "Step 6: referrals within the last (days)",
  "path.threshold.consented_referral.minSent": "Step 6: referrals sent, at least",
  "path.threshold.consented_referral.minClosed": "Step 6: referrals closed with an outcome, at least",
  "path.threshold.accompaniment.days": "Step 7: pickups and interpreting within the last (days)",
  "path.threshold.accompaniment.minDone": "Step 7: pickups or interpreting done, at least",
  "path.evidence.visibility.noAssociations": "The county has no associations in the directory yet.",
  "path.evidence.visibility.profilesOld":
    "Only {reviewed}/{total, plural, one {# association profile} other {# association profiles}} ({percent} %) {total, plural, one {was} other {were}} reviewed in the last {months, plural, one {month} other {# months}}; {needed} % are needed.",
  "path.evidence.visibility.directoryUnused": "The county's staff have not used the directory yet.",
  "path.evidence.visibility.directoryStale":
    "The county's staff last used the directory on {last}, more than {days, plural, one {# day} other {# days}} ago.",
  "path.evidence.visibility.holds":
    "{reviewed}/{total, plural, one {# profile} other {# profiles}} ({percent} %) reviewed in the last {months, plural, one {month} other {# months}}, directory last used on {last}.",
  "path.evidence.timely_referral.holds":
    "{count, plural, one {# advance notice} other {# advance notices}} to associations in the last {days, plural, one {day} other {# days}}, the latest on {last}.",
  "path.evidence.timely_referral.stale":
    "The latest advance notice was sent on {last}, more than {days, plural, one {# day} other {# days}} ago.",
  "path.evidence.timely_referral.none": "No advance notices have been sent to associations.",
  "path.evidence.consented_referral.holds":
    "{sent, plural, one {# referral} other {# referrals}} with consent in the last {days, plural, one {day} other {# days}}, {closed} of them closed with an outcome.",
  "path.evidence.consented_referral.stale":
    "The latest referral with consent was sent on {last}, more than {days, plural, one {# day} other {# days}} ago.",
  "path.evidence.consented_referral.none": "No referrals with consent have been sent.",
  "path.evidence.consented_referral.notClosed":
    "{sent, plural, one {# referral} other {# referrals}} sent in the last {days, plural, one {day} other {# days}}, but none closed with an outcome ({minClosed} needed).",
  "path.evidence.accompaniment.holds":
    "{count, plural, one {# pickup or interpreting session} other {# pickups or interpreting sessions}} done in the last {days, plural, one {day} other {# days}}, the latest on {last}.",
  "path.evidence.accompaniment.stale":
    "The latest pickup or interpreting was done on {last}, more than {days, plural, one {# day} other {# days}} ago.",
  "path.evidence.accompaniment.none": "No pickup or interpreting has been done yet.",
  "path.threshold.intro_meetings.days": "Step 2: introduction meetings in the last days (days)",
  "path.threshold.intro_meetings.minHeld": "Step 2: meetings held in one series, at least",
  "path.threshold.contact_point.days": "Step 3: contact requests in the last days (days)",
  "path.threshold.contact_point.onTimePercent": "Step 3: share of requests answered within target, at least (%)",
  "path.threshold.contact_point.minRequests": "Step 3: contact requests, at least",
  "path.threshold.shared_picture.reviewMonths":
    "Step 4: division of responsibilities reviewed in the last months (months)",
  "path.threshold.shared_picture.sessionMonths": "Step 4: annual Q&A session held in the last months (months)",
  "path.threshold.visits_and_joint_meetings.days": "Step 8: group visits and joint meetings in the last days (days)",
  "path.threshold.visits_and_joint_meetings.heldPercent":
    "Step 8: share of planned meetings that were held, at least (%)",
  "path.threshold.visits_and_joint_meetings.minHeld": "Step 8: group visits or joint meetings held, at least",
  "path.threshold.inclusion.days": "Step 10: meetings and invitations in the last days (days)",
  "path.threshold.inclusion.minOtherLanguage": "Step 10: meetings held in a language other than Finnish, at least",
  "path.threshold.inclusion.minPersonal": "Step 10: personal invitations of associations, at least",
  "path.evidence.intro_meetings.holds":
    "An introduction series held {held, plural, one {# meeting} other {# meetings}} in {days, plural, one {# day} other {# days}}, an association presenting at each; the last on {last}.",
  "path.evidence.intro_meetings.noPresenter":
    "An introduction series held {held, plural, one {# meeting} other {# meetings}} in {days, plural, one {# day} other {# days}}, but an association presented at only {presented} (one is needed at each).",
  "path.evidence.intro_meetings.tooFew":
    "An introduction series has held {held, plural, one {# meeting} other {# meetings}} in {days, plural, one {# day} other {# days}}; at least {min, plural, one {# is} other {# are}} needed (a meeting counts as held when its attendance is recorded).",
  "path.evidence.intro_meetings.stale":
    "The last introduction meeting was held on {last}, over {days, plural, one {# day} other {# days}} ago.",
  "path.evidence.intro_meetings.none":
    "No introduction meeting has been held (a meeting counts as held when its attendance is recorded).",
  "path.evidence.contact_point.unpublished": "The contact point is not published: no topic is routed to a unit.",
  "path.evidence.contact_point.holds":
    "{onTime} of {count, plural, one {# contact request} other {# contact requests}} ({percent} %) {onTime, plural, one {was} other {were}} answered within target in {days, plural, one {# day} other {# days}}.",
  "path.evidence.contact_point.late":
    "Only {onTime} of {count, plural, one {# contact request} other {# contact requests}} ({percent} %) {onTime, plural, one {was} other {were}} answered within target in {days, plural, one {# day} other {# days}}; {needed} % are needed.",
  "path.evidence.contact_point.stale":
    "The last contact request came on {last}, over {days, plural, one {# day} other {# days}} ago.",
  "path.evidence.contact_point.none":
    "The contact point is published, but no request whose answer time can be judged came in {days, plural, one {# day} other {# days}} ({min} needed).",
  "path.evidence.shared_picture.noPage": "The shared picture has no division-of-responsibilities page.",
  "path.evidence.shared_picture.pageOld":
    "The division of responsibilities was last reviewed on {review}, over {reviewMonths, plural, one {# month} other {# months}} ago.",
  "path.evidence.shared_picture.noSession":
    "The division of responsibilities was reviewed on {review}, but no annual Q&A session has been held.",
  "path.evidence.shared_picture.sessionOld":
    "The last annual Q&A session was held on {session}, over {sessionMonths, plural, one {# month} other {# months}} ago.",
  "path.evidence.shared_picture.holds":
    "Division of responsibilities reviewed on {review} and annual Q&A session held on {session}.",
  "path.evidence.visits_and_joint_meetings.holds":
    "{held} of {planned, plural, one {# planned group visit or joint meeting} other {# planned group visits or joint meetings}} ({percent} %) {held, plural, one {was} other {were}} held in {days, plural, one {# day} other {# days}}.",
  "path.evidence.visits_and_joint_meetings.notAsPlanned":
    "Only {held} of {planned, plural, one {# planned group visit or joint meeting} other {# planned group visits or joint meetings}} ({percent} %) {held, plural, one {was} other {were}} held in {days, plural, one {# day} other {# days}}; {needed} % and at least {min} are needed.",
  "path.evidence.visits_and_joint_meetings.stale":
    "The last group visit or joint meeting was held on {last}, over {days, plural, one {# day} other {# days}} ago.",
  "path.evidence.visits_and_joint_meetings.none":
    "No group visit or joint meeting has been held (a meeting counts as held when its attendance is recorded).",
  "path.evidence.inclusion.holds":
    "In {days, plural, one {# day} other {# days}}, {meetings, plural, one {# meeting} other {# meetings}} in a language other than Finnish and {invitations, plural, one {# personal invitation} other {# personal invitations}} to associations.",
  "path.evidence.inclusion.none":
    "In {days, plural, one {# day} other {# days}}, no meeting was held in a language other than Finnish and no association was invited personally.",
  "path.evidence.inclusion.noLanguage":
    "{invitations, plural, one {# personal invitation} other {# personal invitations}}, but no meeting in a language other than Finnish was held in {days, plural, one {# day} other {# days}} ({minLanguage} needed).",
  "path.evidence.inclusion.noPersonal":
    "{meetings, plural, one {# meeting} other {# meetings}} in a language other than Finnish, but no association was invited personally in {days, plural, one {# day} other {# days}} ({minPersonal} needed).",
};
