// Writes app/utils/enums.generated.ts: the schema's enums as plain constant lists, for code that also runs in the
// browser, where Prisma's own browser entry would ship its whole runtime (some 45 kB) for a few lists of names.
// Run by `npm run db:new-migration` after a schema change; app/utils/enums.test.ts fails when the file is stale.
import { writeFileSync } from "node:fs";
import { $Enums } from "@prisma/client";

const lines = [
  "// Generated from prisma/schema.prisma by scripts/generate-enums.ts: do not edit. The schema's enums, in its order.",
  "",
];
for (const [name, values] of Object.entries($Enums)) {
  lines.push(`export const ${name} = ${JSON.stringify(Object.values(values))} as const;`);
  lines.push(`export type ${name} = (typeof ${name})[number];`);
}
writeFileSync("app/utils/enums.generated.ts", `${lines.join("\n")}\n`);
console.log(`app/utils/enums.generated.ts: ${Object.keys($Enums).length} enums`);
