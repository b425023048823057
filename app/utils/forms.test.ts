// A refused form says why in the user's language, with the limit filled in.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translate } from "~/i18n/i18n";
import { nameList, parseForm } from "./forms";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("a comma-separated list", () => {
  it("refuses a name that is too long with the longest length allowed, in every language", () => {
    const parsed = parseForm(z.object({ places: nameList(5, 12) }), form({ places: "Vaasa, Mustasaaren kunta" }));
    expect(parsed.ok).toBe(false);
    const error = !parsed.ok ? parsed.errors.places! : null;
    expect(error).toEqual({ key: "errors.tooLong", params: { max: 12 } });
    for (const locale of ["fi", "sv", "en"] as const) {
      expect(translate(locale, error!.key, error!.params)).toMatch(/12/);
    }
  });
});
