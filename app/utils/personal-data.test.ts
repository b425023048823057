// Proves that the personal-data check catches identity codes, phone numbers and e-mail addresses, and lets counts, months and years through.
import { describe, expect, it } from "vitest";
import { isIdentityCode, looksPersonal, personalDataIn } from "./personal-data";

describe("personal identity codes", () => {
  it.each([
    "131052-308T", // the classic example: 13 Oct 1952
    "131052-308t", // typed in lower case
    "010594Y9032", // new century sign for the 1900s (2023 reform)
    "020304A123P", // 2000s
    "311299-9872",
    "010101+101Y", // 1800s
  ])("recognises %s with the right check character", (code) => {
    expect(isIdentityCode(code)).toBe(true);
    expect(personalDataIn(`Asiakas ${code} tulee maaliskuussa`)).toBe("identityCode");
  });

  it.each([
    "131052-308U", // wrong check character
    "010101A123X", // wrong check character
    "321052-3082", // no 32nd day (check character right for the digits)
    "131352-3087", // no 13th month (check character right for the digits)
    "131052G308T", // G is no century sign
  ])("does not take %s for an identity code", (code) => {
    expect(isIdentityCode(code)).toBe(false);
    expect(personalDataIn(code)).not.toBe("identityCode");
  });

  it("does not take a code glued inside a longer word for one", () => {
    expect(personalDataIn("X131052-308TX")).not.toBe("identityCode");
  });
});

describe("phone numbers", () => {
  it.each([
    "040 123 4567",
    "0401234567",
    "+358 40 123 4567",
    "+358401234567",
    "(09) 123 4567",
    "040-123 45 67",
    "soita 050\u00a0765\u00a04321 iltaisin",
  ])("recognises %s", (text) => {
    expect(personalDataIn(text)).toBe("phone");
  });
});

describe("e-mail addresses", () => {
  it.each(["matti.meikalainen@example.fi", "Yhteys: amina+koto@posti.example.com.", "ABC@EXAMPLE.ORG"])(
    "recognises %s",
    (text) => {
      expect(personalDataIn(text)).toBe("email");
    },
  );
});

describe("general information", () => {
  it.each([
    "3 perhettä, 2 aikuista ja 5 lasta",
    "maaliskuussa 2027",
    "in March 2027",
    "15.3.2027",
    "2027-03-15",
    "keväällä 2026–2027",
    "2026 - 2027",
    "12 henkeä, 4 perhettä, 1 yksin tuleva nuori",
    "Odottavat kotoutumiskoulutusta, tarvitsevat suomen kielen harjoittelua ja lastenhoitoa",
    "waiting for integration training @ the adult education centre",
    "Dari, pashto",
    "",
  ])("lets %j through", (text) => {
    expect(personalDataIn(text)).toBeNull();
    expect(looksPersonal(text)).toBe(false);
  });
});
