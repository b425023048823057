// Concern notices.
export const concern = {
  "concern.nav": "Huoli-ilmoitukset",
  "concern.title": "Huoli-ilmoitukset",
  "concern.intro":
    "Huoli-ilmoituksella järjestö kertoo hyvinvointialueelle ihmisestä, joka tarvitsee apua eikä itse saa yhteyttä palveluihin. Ilmoitus menee vain alueen vastaanottavalle yksikölle.",
  "concern.none": "Ei huoli-ilmoituksia.",
  "concern.new": "Uusi huoli-ilmoitus",
  "concern.newIntro":
    "Kerro, kuka ihminen on, miten hänet tavoittaa ja mikä huoli on. Tiedot näkee vain hyvinvointialueen vastaanottava yksikkö, ja jokainen katselu kirjataan. Kerro ihmiselle, että teet ilmoituksen.",
  "concern.association": "Järjestö",
  "concern.personName": "Ihmisen nimi",
  "concern.personPhone": "Puhelinnumero",
  "concern.personEmail": "Sähköposti",
  "concern.personAddress": "Osoite",
  "concern.personLanguages": "Kielet, joilla hänen kanssaan voi puhua",
  "concern.situation": "Mikä huoli on",
  "concern.send": "Lähetä ilmoitus",
  "concern.notice": "Huoli-ilmoitus",
  "concern.person": "Ihminen ja tilanne",
  "concern.loggedView": "Näiden tietojen katselu on kirjattu lokiin.",
  "concern.noPersonalDataHere":
    "Ilmoituksen henkilötiedot näkee vain hyvinvointialueen vastaanottava yksikkö. Tässä näkyy ilmoituksen tila ja lopuksi yleisellä tasolla, mitä tehtiin.",
  "concern.personalDataErased":
    "Henkilön tiedot ja tilanteen kuvaus poistettiin {date}, kun säilytysaika ilmoituksen sulkemisesta päättyi.",
  "concern.outcome": "Mitä tehtiin",
  "concern.outcomeHint": "Kirjoita yleisellä tasolla, ilman henkilötietoja: järjestö näkee tämän.",
  "concern.handle": "Käsittely",
  "concern.event.RECEIVE": "Merkitse vastaanotetuksi",
  "concern.event.TAKE_CONTACT": "Yhteys ihmiseen otettu",
  "concern.event.CLOSE": "Sulje ilmoitus",
  "concern.accessLog": "Kuka on katsonut henkilötietoja",
  "concern.error.noReceivingUnit":
    "Hyvinvointialueella ei ole vielä huoli-ilmoituksia vastaanottavaa yksikköä. Ota yhteyttä järjestöyhdyshenkilöön.",
  "concern.status.submitted": "lähetetty",
  "concern.status.received": "vastaanotettu",
  "concern.status.contact_taken": "yhteys otettu",
  "concern.status.closed": "suljettu",
};
