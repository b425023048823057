// E-mails and calendar entries: read only on the server, never sent to the browser.
export const mail = {
  "email.calendar.summary": "Ensitapaaminen: {activity}",
  "email.calendar.description":
    "Co-Act-ohjaus {reference}. Avaa se Co-Actissa nähdäksesi tiedot, joiden jakamiseen asiakas suostui.",
  "email.referral.action": "Avaa ohjaus",
  "email.referral.noPersonalData":
    "Tietosuojan vuoksi viestissä ei ole asiakkaan tietoja. Näet ne Co-Actissa kirjauduttuasi.",
  "email.referralForAssociation.new.subject": "Uusi ohjaus {reference}: {activity} – vastaa viimeistään {deadline}",
  "email.referralForAssociation.new.body":
    "{unit} on ohjannut asiakkaan toimintaan {activity} asiakkaan suostumuksella. Hyväksy ohjaus ja ehdota ensitapaamisen aikaa, tai kieltäydy, viimeistään {deadline}; sen jälkeen ohjaus palaa sosiaalityöntekijälle.",
  "email.referralForAssociation.reminder.subject": "Muistutus {reference}: {activity} – vastaa viimeistään {deadline}",
  "email.referralForAssociation.reminder.body":
    "Ohjaus ({unit}) toimintaan {activity} on odottanut vastaustanne viisi arkipäivää. Hyväksy ja ehdota aikaa, tai kieltäydy, viimeistään {deadline}.",
  "email.referralForAssociation.meeting.subject": "Ensitapaaminen {reference}: {activity}, {meetingAt}",
  "email.referralForAssociation.meeting.body":
    "Ohjauksen ({unit}) ensitapaaminen toiminnassa {activity} on sovittu ajalle {meetingAt}. Se on liitteenä kalenterimerkintänä; muuta ei nyt tarvita.",
  "email.referralForAssociation.withdrawn.subject": "Suostumus peruttu {reference}: {activity}",
  "email.referralForAssociation.withdrawn.body":
    "Ohjauksen ({unit}) asiakas toimintaan {activity} on perunut suostumuksensa. Hänen tietonsa on poistettu; pitämätön tapaaminen on peruttu. Teiltä ei tarvita mitään.",
  "email.referralForAssociation.cancelled.subject": "Ohjaus peruttu {reference}: {activity}",
  "email.referralForAssociation.cancelled.body":
    "{unit} perui ohjauksensa toimintaan {activity}; pitämätön tapaaminen on peruttu. Teiltä ei tarvita mitään.",
  "email.referralForCounty.accepted.subject": "Hyväksytty {reference}: {activity}",
  "email.referralForCounty.accepted.body":
    "{associationName} hyväksyi ohjauksesi toimintaan {activity} ja ehdottaa ensitapaamisen aikaa.",
  "email.referralForCounty.times_proposed.subject": "Aikoja ehdotettu {reference}: {activity} – valitse yksi",
  "email.referralForCounty.times_proposed.body":
    "{associationName} hyväksyi ohjauksesi toimintaan {activity} ja ehdotti ensitapaamiselle aikoja: {times}. Sovi yksi asiakkaan kanssa ja vahvista se Co-Actissa.",
  "email.referralForCounty.declined.subject": "Ei otettu vastaan {reference}: {activity}",
  "email.referralForCounty.declined.body":
    "{associationName} ei voinut ottaa vastaan ohjaustasi toimintaan {activity}. Voit ohjata asiakkaan toiseen järjestöön kirjoittamatta tietoja uudelleen.",
  "email.referralForCounty.meeting.subject": "Ensitapaaminen {reference}: {activity}, {meetingAt}",
  "email.referralForCounty.meeting.body":
    "Ohjauksesi ensitapaaminen toiminnassa {activity} on sovittu ajalle {meetingAt}. Se on liitteenä kalenterimerkintänä; kerro aika asiakkaalle.",
  "email.referralForCounty.no_answer.subject": "Ei vastausta {reference}: {activity}",
  "email.referralForCounty.no_answer.body":
    "{associationName} ei ole vastannut ohjaukseesi toimintaan {activity} kymmenessä arkipäivässä. Voit ohjata asiakkaan toiseen järjestöön kirjoittamatta tietoja uudelleen.",
  "email.referralForCounty.attended.subject": "Asiakas tuli {reference}: {activity}",
  "email.referralForCounty.attended.body":
    "{associationName} kirjasi, että asiakas tuli ensitapaamiseen ({activity}). Sinulta ei nyt tarvita mitään.",
  "email.referralForCounty.no_show.subject": "Asiakas ei tullut {reference}: {activity}",
  "email.referralForCounty.no_show.body":
    "{associationName} kirjasi, ettei asiakas tullut ensitapaamiseen ({activity}). Ota yhteyttä asiakkaaseen ja sovi uusi aika tai päätä ohjaus.",
  "email.referralForCounty.withdrawn.subject": "Suostumus peruttu {reference}: {activity}",
  "email.referralForCounty.withdrawn.body":
    "{associationName} kirjasi, että ohjauksesi asiakas ({activity}) perui suostumuksensa. Asiakkaan tiedot on poistettu; pitämätön tapaaminen on peruttu.",
  "email.footer": "Tämä viesti on lähetetty Co-Act-palvelusta. Älä vastaa tähän viestiin.",
  "email.invitation.subject": "Kutsu Co-Act-palveluun",
  "email.invitation.body":
    "{inviterName} kutsui sinut Co-Act-palveluun, jossa hyvinvointialue ja järjestöt tekevät yhteistyötä maahan muuttaneiden tukemiseksi.",
  "email.invitation.expiry": "Linkki on voimassa {days, plural, one {# päivän} other {# päivää}}.",
  "email.invitation.action": "Ota tili käyttöön",
  "email.passwordReset.subject": "Co-Act: salasanan vaihtaminen",
  "email.passwordReset.body":
    "Joku pyysi salasanan vaihtamista tilillesi. Jos se et ollut sinä, voit jättää viestin huomiotta.",
  "email.passwordReset.expiry": "Linkki on voimassa {hours, plural, one {# tunnin} other {# tuntia}} ja toimii kerran.",
  "email.passwordReset.action": "Valitse uusi salasana",
  "email.profileReview.subject": "Ovatko järjestön {associationName} tiedot ajan tasalla?",
  "email.profileReview.body":
    "Järjestön {associationName} tiedot Co-Actissa on tarkistettu viimeksi {lastReviewed}. Sosiaalityöntekijät ohjaavat asiakkaita näiden tietojen perusteella.",
  "email.profileReview.oneClick":
    "Jos tiedot pitävät paikkansa, vahvista ne yhdellä painalluksella. Voit myös korjata ne samalla sivulla.",
  "email.profileReview.action": "Tarkista ja vahvista tiedot",
  "barometer.email.subject": "Miten yhteistyö toimii: {countyName}? Viiden minuutin kysely",
  "barometer.email.body":
    "{countyName} kysyy järjestöiltä ja palveluilta, miten niiden välinen yhteistyö toimii. Näkemyksesi on tärkeä, myös siitä mikä ei toimi.",
  "barometer.email.personal":
    "Linkki on henkilökohtainen: voit vastata kirjautumatta ja muuttaa vastaustasi {closesOn} asti. Kaikki kysymykset voi ohittaa.",
  "barometer.email.anonymous":
    "Vastaukset raportoidaan vain vähintään viiden vastaajan ryhminä eikä koskaan nimelläsi.",
  "barometer.email.action": "Vastaa kyselyyn",
  "path.email.action": "Avaa Co-Act-polku",
  "path.email.owner.subject": "Olet askeleen {number} ({step}) vastuuhenkilö – {county}",
  "path.email.owner.body":
    "{actor} nimesi sinut hyvinvointialueen {county} Co-Act-polun askeleen {number} ({step}) vastuuhenkilöksi. Tavoitepäivä on {date}.",
  "path.email.owner.todo":
    "Mitä tehdä: avaa polku ja katso, mitä näyttöä askel vaatii. Askel vakiintuu, kun sovelluksen tiedot osoittavat sen otetuksi.",
  "path.email.lapsed.subject": "Co-Act-polun askel {number} ({step}) on rauennut – {county}",
  "path.email.lapsed.body":
    "Hyvinvointialueen {county} askeleen {number} ({step}) näyttö ei enää täyttynyt tarkistuksessa {checkedAt}, joten askel on nyt rauennut.",
  "path.email.lapsed.todo":
    "Mitä tehdä: uudista näyttö (katso syy yllä). Askel palautuu vakiintuneeksi seuraavassa päivittäisessä tarkistuksessa tai kun painat polun sivulla ”Tarkista näyttö nyt”.",
  "meeting.calendar.description": "Järjestäjä: {organiser}. Tiedot ja vastaus: {url}",
  "meeting.email.placeLater": "paikka ilmoitetaan myöhemmin",
  "meeting.email.details": "Aika: {times}. Paikka: {where}. Kieli: {languages}. Järjestäjä: {organiser}.",
  "meeting.email.page": "Tapaamissarjan sivu: {url}",
  "meeting.email.answer": "Vastaa kutsuun",
  "meeting.email.action": "Avaa tapaamissarja",
  "meeting.email.invitation.subject": "Kutsu: {title}",
  "meeting.email.invitation.body":
    "Sinut on kutsuttu: {title} ({kind}). Tapaaminen on liitteenä kalenterimerkintänä. Kerro, tuletko: vastaaminen ei vaadi kirjautumista.",
  "meeting.email.update.subject": "Muutos: {title}",
  "meeting.email.update.body":
    "Tapaamissarjan {title} tiedot muuttuivat. Liitteenä oleva kalenterimerkintä päivittää kalenterisi; tarkista, sopiiko uusi aika.",
  "meeting.email.cancelled.subject": "Peruttu: {title}",
  "meeting.email.cancelled.body":
    "Tapaamissarja {title} on peruttu. Liitteenä oleva peruutus poistaa tapaamiset kalenteristasi; sinun ei tarvitse tehdä muuta.",
  "meeting.email.occurrence_cancelled.subject": "Peruttu {cancelled}: {title}",
  "meeting.email.occurrence_cancelled.body":
    "Tapaaminen {title} {cancelled} on peruttu. Muut tapaamiset pidetään ennallaan; liitteenä oleva peruutus poistaa vain tämän kerran kalenteristasi.",
  "meeting.email.reminder.subject": "Muistutus huomisesta: {title}",
  "meeting.email.reminder.body": "Muistutus: {title} on huomenna {times}. Jos et pääse, kerro siitä vastauslinkillä.",
  "contact.email.action": "Avaa yhteydenotto",
  "contact.email.linkIsPersonal": "Linkki on henkilökohtainen: älä välitä sitä eteenpäin.",
  "contact.email.receipt.subject": "Yhteydenottosi on vastaanotettu ({reference})",
  "contact.email.receipt.body":
    "{countyName} on vastaanottanut lähettämäsi kohteen: {kind}. Viitenumero on {reference}.",
  "contact.email.receipt.target":
    "Tavoitteena on vastata viimeistään {dueOn}. Linkistä näet vastauksen, kun se on annettu.",
  "contact.email.answer.subject": "Vastaus yhteydenottoosi ({reference})",
  "contact.email.answer.body": "{countyName} ({unitName}) vastasi yhteydenottoosi {reference}:",
  "contact.email.reply": "Voit vastata linkin kautta; vastauksesi menee samalle yksikölle.",
  "contact.email.county.action": "Avaa yhteydenotto",
  "contact.email.county.new.subject": "Uusi yhteydenotto {reference}",
  "contact.email.county.new.body":
    "Järjestö on ottanut yhteyttä alueeseen {countyName} ({reference}). Vastaa viimeistään {dueOn}.",
  "contact.email.county.routed.subject": "Yhteydenotto {reference} ohjattiin yksiköllenne",
  "contact.email.county.routed.body": "Yhteydenotto {reference} ohjattiin yksiköllenne. Vastaa viimeistään {dueOn}.",
  "contact.email.county.reply.subject": "Lähettäjä vastasi: {reference}",
  "contact.email.county.reply.body": "Yhteydenoton {reference} lähettäjä vastasi. Vastaa viimeistään {dueOn}.",
  "contact.email.county.reminder.subject": "Muistutus: yhteydenotto {reference} odottaa vastausta",
  "contact.email.county.reminder.body": "Yhteydenotto {reference} odottaa vastausta. Määräaika on {dueOn}.",
  "concern.email.subject": "Uusi huoli-ilmoitus {reference}",
  "concern.email.body":
    "Yksikkönne on saanut huoli-ilmoituksen {reference}. Lue se Co-Actissa ja merkitse se vastaanotetuksi.",
  "concern.email.noPersonalData": "Tässä viestissä ei ole henkilötietoja; ne näkyvät vain sovelluksessa.",
  "concern.email.action": "Avaa ilmoitus",
  "network.email.handover.subject": "Edustaja lähti: {unit} tarvitsee uuden edustajan verkostoon {network}",
  "network.email.handover.deactivated":
    "Käyttäjän {person} tili on suljettu. Hän edusti yksikköä {unit} verkostossa {network}; edustus on nyt vaihtumassa ja paikka näkyy vapaana.",
  "network.email.handover.left_unit":
    "{person} ei ole enää yksikön {unit} jäsen. Hän edusti yksikköä verkostossa {network}; edustus on nyt vaihtumassa ja paikka näkyy vapaana.",
  "network.email.handover.todo":
    "Mitä tehdä: ehdottakaa yksiköstä {unit} uutta edustajaa verkoston sivulla. Paikka on vapaana, kunnes uusi edustaja hyväksyy tehtävän.",
  "network.email.handover.action": "Avaa verkoston sivu",
};
