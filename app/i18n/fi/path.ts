// The Co-Act path.
export const path = {
  "path.title": "Co-Act-polku",
  "path.intro":
    "Kymmenen askelta hyvinvointialueen ja järjestöjen yhteistyöhön. Askeleet voi ottaa missä järjestyksessä tahansa, ja osan voi ohittaa. Askel vakiintuu vasta, kun sovelluksen tiedot osoittavat sen otetuksi.",
  "path.countyTitle": "Co-Act-polku: {county}",
  "path.overview.title": "Hyvinvointialueiden Co-Act-polut",
  "path.overview.intro": "Hyvinvointialueiden polut rinnakkain: kunkin askeleen tila alueittain.",
  "path.overview.step": "Askel",
  "path.overview.none": "Ei hyvinvointialueita, joiden polkua voisit katsoa.",
  "path.summary": "{established}/10 askelta vakiintunut, {active} työn alla, {lapsed} rauennut, {skipped} ohitettu.",
  "path.stepNumber": "Askel {number}",
  "path.step.visibility": "Näkyvyys",
  "path.step.intro_meetings": "Esittäytymistapaamiset",
  "path.step.contact_point": "Yhteyspiste",
  "path.step.shared_picture": "Yhteinen tilannekuva",
  "path.step.timely_referral": "Oikea-aikainen ohjaus",
  "path.step.consented_referral": "Ohjaus suostumuksella",
  "path.step.accompaniment": "Saattaen ohjaus",
  "path.step.visits_and_joint_meetings": "Vierailut ja yhteiset tapaamiset",
  "path.step.network_representatives": "Verkostojen edustajat",
  "path.step.inclusion": "Osallisuus",
  "path.status.not_started": "Ei aloitettu",
  "path.status.planned": "Suunniteltu",
  "path.status.in_progress": "Työn alla",
  "path.status.established": "Vakiintunut",
  "path.status.lapsed": "Rauennut",
  "path.status.skipped": "Ohitettu",
  "path.owner": "Vastuuhenkilö",
  "path.noOwner": "Ei vastuuhenkilöä",
  "path.targetDate": "Tavoitepäivä",
  "path.noTargetDate": "Ei tavoitepäivää",
  "path.evidenceLabel": "Näyttö",
  "path.staleMark": "vanhentunut",
  "path.nextLabel": "Seuraavaksi",
  "path.skipReasonLabel": "Ohittamisen syy",
  "path.next.not_started": "Suunnittele askel: valitse vastuuhenkilö ja tavoitepäivä.",
  "path.next.planned": "Aloita työ askeleen parissa.",
  "path.next.in_progress": "Jatka työtä, kunnes näyttö täyttyy.",
  "path.next.ready": "Näyttö täyttyy: vakiinnuta askel.",
  "path.next.established": "Pidä näyttö ajan tasalla; tarkistus tehdään joka päivä.",
  "path.next.lapsed": "Uudista näyttö: askel palautuu vakiintuneeksi, kun näyttö taas täyttyy.",
  "path.next.skipped": "Ota askel uudelleen mukaan, kun siitä tulee ajankohtainen.",
  "path.event.PLAN": "Suunnittele",
  "path.event.START": "Aloita",
  "path.event.ESTABLISH": "Vakiinnuta",
  "path.event.SKIP": "Ohita",
  "path.event.UNSKIP": "Ota takaisin polulle",
  "path.changeStep": "Muuta askelta {number}: {step}",
  "path.form.owner": "Vastuuhenkilö",
  "path.form.chooseOwner": "Valitse henkilö",
  "path.form.targetDate": "Tavoitepäivä",
  "path.form.reason": "Miksi askel ohitetaan",
  "path.form.comment": "Kommentti (valinnainen)",
  "path.timeline.title": "Aikajana",
  "path.timeline.none": "Askelia ei ole vielä muutettu.",
  "path.timeline.when": "Milloin",
  "path.timeline.who": "Kuka",
  "path.timeline.step": "Askel",
  "path.timeline.change": "Muutos",
  "path.timeline.comment": "Kommentti",
  "path.timeline.system": "Päivittäinen tarkistus",
  "path.reevaluate.button": "Tarkista näyttö nyt",
  "path.reevaluate.intro":
    "Näyttö tarkistetaan joka aamu. Vakiintunut askel, jonka näyttö on vanhentunut, raukeaa, ja rauennut palautuu, kun näyttö taas täyttyy.",
  "path.reevaluate.done":
    "Näyttö tarkistettu: {checked, plural, one {{checked} askel} other {{checked} askelta}}, {lapsed} raukesi, {restored} palautui.",
  "path.print": "Tulosta polku",
  "path.refused": "Askelta ei voi vielä vakiinnuttaa: {explanation}",
  "path.conflict":
    "Joku muu muutti tätä askelta juuri ennen sinua, eikä muutostasi tallennettu. Lataa sivu, katso askeleen nykyinen tila ja tee muutos uudelleen tarvittaessa.",
  "path.errors.ownerNotInCounty": "Valitse vastuuhenkilö tämän hyvinvointialueen yksiköistä.",
  "path.thresholds.title": "Co-Act-polun näytön rajat",
  "path.thresholds.intro": "Rajat koskevat kaikkia hyvinvointialueita. Tyhjä kenttä palauttaa oletusarvon.",
  "path.thresholds.range": "Oletus {default}, sallittu {min}–{max}",
  "path.thresholds.save": "Tallenna rajat",
  "path.thresholds.saved": "Rajat tallennettu.",
  "path.thresholds.outOfRange": "Anna kokonaisluku väliltä {min}–{max}.",
  "path.threshold.visibility.reviewedPercent": "Askel 1: tarkistettujen järjestöprofiilien osuus vähintään (%)",
  "path.threshold.visibility.reviewMonths": "Askel 1: profiili tarkistettu viimeisten kuukausien aikana (kk)",
  "path.threshold.visibility.directoryUseDays":
    "Askel 1: alueen henkilöstö käyttänyt hakemistoa viimeisten päivien aikana (pv)",
  "path.threshold.timely_referral.days": "Askel 5: ennakkotiedot viimeisten päivien ajalta (pv)",
  "path.threshold.timely_referral.minNotices": "Askel 5: ennakkotietoja vähintään",
  "path.threshold.consented_referral.days": "Askel 6: ohjaukset viimeisten päivien ajalta (pv)",
  "path.threshold.consented_referral.minSent": "Askel 6: lähetettyjä ohjauksia vähintään",
  "path.threshold.consented_referral.minClosed": "Askel 6: tuloksella päätettyjä ohjauksia vähintään",
  "path.threshold.accompaniment.days": "Askel 7: saattajat ja tulkit viimeisten päivien ajalta (pv)",
  "path.threshold.accompaniment.minDone": "Askel 7: toteutuneita noutoja tai tulkkauksia vähintään",
  "path.evidence.visibility.noAssociations": "Alueella ei ole vielä yhtään järjestöä hakemistossa.",
  "path.evidence.visibility.profilesOld":
    "Vain {reviewed}/{total, plural, one {# järjestöprofiili} other {# järjestöprofiilia}} ({percent} %) on tarkistettu {months} kuukauden aikana; tarvitaan {needed} %.",
  "path.evidence.visibility.directoryUnused": "Alueen henkilöstö ei ole vielä käyttänyt hakemistoa.",
  "path.evidence.visibility.directoryStale":
    "Alueen henkilöstö käytti hakemistoa viimeksi {last}, yli {days, plural, one {# päivä} other {# päivää}} sitten.",
  "path.evidence.visibility.holds":
    "{reviewed}/{total, plural, one {# profiili} other {# profiilia}} ({percent} %) tarkistettu {months} kuukauden aikana, hakemistoa käytetty viimeksi {last}.",
  "path.evidence.timely_referral.holds":
    "{count, plural, one {# ennakkotieto} other {# ennakkotietoa}} järjestöille {days} päivän aikana, viimeisin {last}.",
  "path.evidence.timely_referral.stale":
    "Viimeisin ennakkotieto lähti {last}, yli {days, plural, one {# päivä} other {# päivää}} sitten.",
  "path.evidence.timely_referral.none": "Järjestöille ei ole lähetetty ennakkotietoja.",
  "path.evidence.consented_referral.holds":
    "{sent, plural, one {# ohjaus} other {# ohjausta}} suostumuksella {days} päivän aikana, niistä {closed} päätetty tuloksella.",
  "path.evidence.consented_referral.stale":
    "Viimeisin ohjaus suostumuksella lähti {last}, yli {days, plural, one {# päivä} other {# päivää}} sitten.",
  "path.evidence.consented_referral.none": "Ohjauksia suostumuksella ei ole lähetetty.",
  "path.evidence.consented_referral.notClosed":
    "{sent, plural, one {# ohjaus} other {# ohjausta}} lähetetty {days} päivän aikana, mutta yhtään ei ole päätetty tuloksella (tarvitaan {minClosed}).",
  "path.evidence.accompaniment.holds":
    "{count, plural, one {# nouto tai tulkkaus} other {# noutoa tai tulkkausta}} toteutui {days} päivän aikana, viimeisin {last}.",
  "path.evidence.accompaniment.stale":
    "Viimeisin nouto tai tulkkaus toteutui {last}, yli {days, plural, one {# päivä} other {# päivää}} sitten.",
  "path.evidence.accompaniment.none": "Yhtään noutoa tai tulkkausta ei ole vielä toteutunut.",
  "path.threshold.intro_meetings.days": "Askel 2: tutustumistapaamiset viimeisten päivien ajalta (pv)",
  "path.threshold.intro_meetings.minHeld": "Askel 2: pidettyjä tapaamisia samassa sarjassa vähintään",
  "path.threshold.contact_point.days": "Askel 3: yhteydenotot viimeisten päivien ajalta (pv)",
  "path.threshold.contact_point.onTimePercent":
    "Askel 3: tavoiteajassa vastattujen yhteydenottojen osuus vähintään (%)",
  "path.threshold.contact_point.minRequests": "Askel 3: yhteydenottoja vähintään",
  "path.threshold.shared_picture.reviewMonths":
    "Askel 4: vastuunjakosivu tarkistettu viimeisten kuukausien aikana (kk)",
  "path.threshold.shared_picture.sessionMonths":
    "Askel 4: vuosittainen kysymystilaisuus pidetty viimeisten kuukausien aikana (kk)",
  "path.threshold.visits_and_joint_meetings.days":
    "Askel 8: vierailut ja yhteiset tapaamiset viimeisten päivien ajalta (pv)",
  "path.threshold.visits_and_joint_meetings.heldPercent":
    "Askel 8: suunnitelluista tapaamisista pidettyjen osuus vähintään (%)",
  "path.threshold.visits_and_joint_meetings.minHeld": "Askel 8: pidettyjä vierailuja tai yhteisiä tapaamisia vähintään",
  "path.threshold.inclusion.days": "Askel 10: tapaamiset ja kutsut viimeisten päivien ajalta (pv)",
  "path.threshold.inclusion.minOtherLanguage": "Askel 10: muulla kuin suomen kielellä pidettyjä tapaamisia vähintään",
  "path.threshold.inclusion.minPersonal": "Askel 10: järjestöjen henkilökohtaisia kutsuja vähintään",
  "path.evidence.intro_meetings.holds":
    "Tutustumissarjassa pidettiin {held, plural, one {# tapaaminen} other {# tapaamista}} {days} päivän aikana, jokaisessa esittäytyi järjestö; viimeisin {last}.",
  "path.evidence.intro_meetings.noPresenter":
    "Tutustumissarjassa pidettiin {held, plural, one {# tapaaminen} other {# tapaamista}} {days} päivän aikana, mutta vain {presented} tapaamisessa esittäytyi järjestö (tarvitaan jokaisessa).",
  "path.evidence.intro_meetings.tooFew":
    "Tutustumissarjassa on pidetty {held, plural, one {# tapaaminen} other {# tapaamista}} {days} päivän aikana; tarvitaan vähintään {min} (pidetyksi lasketaan tapaaminen, jonka osallistujat on kirjattu).",
  "path.evidence.intro_meetings.stale":
    "Viimeisin tutustumistapaaminen pidettiin {last}, yli {days, plural, one {# päivä} other {# päivää}} sitten.",
  "path.evidence.intro_meetings.none":
    "Yhtään tutustumistapaamista ei ole pidetty (pidetyksi lasketaan tapaaminen, jonka osallistujat on kirjattu).",
  "path.evidence.contact_point.unpublished":
    "Yhteyspistettä ei ole julkaistu: yhtään aihetta ei ole ohjattu yksikölle.",
  "path.evidence.contact_point.holds":
    "{onTime}/{count, plural, one {# yhteydenotto} other {# yhteydenottoa}} ({percent} %) vastattiin tavoiteajassa {days} päivän aikana.",
  "path.evidence.contact_point.late":
    "Vain {onTime}/{count, plural, one {# yhteydenotto} other {# yhteydenottoa}} ({percent} %) vastattiin tavoiteajassa {days} päivän aikana; tarvitaan {needed} %.",
  "path.evidence.contact_point.stale":
    "Viimeisin yhteydenotto tuli {last}, yli {days, plural, one {# päivä} other {# päivää}} sitten.",
  "path.evidence.contact_point.none":
    "Yhteyspiste on julkaistu, mutta {days} päivän aikana ei ole tullut yhteydenottoja, joiden vastausaikaa voisi arvioida (tarvitaan {min}).",
  "path.evidence.shared_picture.noPage": "Yhteisessä tilannekuvassa ei ole vastuunjakosivua.",
  "path.evidence.shared_picture.pageOld":
    "Vastuunjakosivu tarkistettiin viimeksi {review}, yli {reviewMonths, plural, one {# kuukausi} other {# kuukautta}} sitten.",
  "path.evidence.shared_picture.noSession":
    "Vastuunjako on tarkistettu {review}, mutta vuosittaista kysymystilaisuutta ei ole pidetty.",
  "path.evidence.shared_picture.sessionOld":
    "Viimeisin vuosittainen kysymystilaisuus pidettiin {session}, yli {sessionMonths, plural, one {# kuukausi} other {# kuukautta}} sitten.",
  "path.evidence.shared_picture.holds":
    "Vastuunjako tarkistettu {review} ja vuosittainen kysymystilaisuus pidetty {session}.",
  "path.evidence.visits_and_joint_meetings.holds":
    "{held}/{planned, plural, one {# suunniteltu vierailu tai yhteinen tapaaminen} other {# suunniteltua vierailua tai yhteistä tapaamista}} ({percent} %) pidettiin {days} päivän aikana.",
  "path.evidence.visits_and_joint_meetings.notAsPlanned":
    "Vain {held}/{planned, plural, one {# suunniteltu vierailu tai yhteinen tapaaminen} other {# suunniteltua vierailua tai yhteistä tapaamista}} ({percent} %) pidettiin {days} päivän aikana; tarvitaan {needed} % ja vähintään {min}.",
  "path.evidence.visits_and_joint_meetings.stale":
    "Viimeisin vierailu tai yhteinen tapaaminen pidettiin {last}, yli {days, plural, one {# päivä} other {# päivää}} sitten.",
  "path.evidence.visits_and_joint_meetings.none":
    "Ryhmävierailuja tai yhteisiä tapaamisia ei ole pidetty (pidetyksi lasketaan tapaaminen, jonka osallistujat on kirjattu).",
  "path.evidence.inclusion.holds":
    "{days} päivän aikana {meetings, plural, one {# tapaaminen} other {# tapaamista}} muulla kuin suomen kielellä ja {invitations, plural, one {# henkilökohtainen kutsu} other {# henkilökohtaista kutsua}} järjestöille.",
  "path.evidence.inclusion.none":
    "{days} päivän aikana ei ole pidetty tapaamisia muulla kuin suomen kielellä eikä kutsuttu järjestöjä henkilökohtaisesti.",
  "path.evidence.inclusion.noLanguage":
    "{invitations, plural, one {# henkilökohtainen kutsu} other {# henkilökohtaista kutsua}}, mutta {days} päivän aikana ei ole pidetty tapaamisia muulla kuin suomen kielellä (tarvitaan {minLanguage}).",
  "path.evidence.inclusion.noPersonal":
    "{meetings, plural, one {# tapaaminen} other {# tapaamista}} muulla kuin suomen kielellä, mutta {days} päivän aikana ei ole kutsuttu järjestöjä henkilökohtaisesti (tarvitaan {minPersonal}).",
};
