// The browser-safe enum lists are the schema's enums, as the generated client knows them: regenerate with
// `npx tsx scripts/generate-enums.ts` when this fails.
import { $Enums } from "@prisma/client";
import { expect, it } from "vitest";
import * as generated from "./enums.generated";

it("equals the schema's enums, in the schema's order", () => {
  expect(Object.fromEntries(Object.entries(generated))).toEqual(
    Object.fromEntries(Object.entries($Enums).map(([name, values]) => [name, Object.values(values)])),
  );
});
