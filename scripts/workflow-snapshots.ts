// Freezes the snapshots of every reachable state of each workflow at its current machine version, for the upgrade
// tests (docs/decisions/006-workflow-versions.md): `npx tsx scripts/workflow-snapshots.ts`, after bumping a version.
// A version's file, once written, is never rewritten: it stands for the rows that version saved.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { reachableSnapshots } from "#workflows/snapshots";
import { machineVersion, WORKFLOWS, type WorkflowName } from "~/utils/workflow.server";

for (const name of Object.keys(WORKFLOWS) as WorkflowName[]) {
  const file = `workflows/${name}/snapshots/v${machineVersion(name)}.json`;
  if (existsSync(file)) {
    console.log(`${file}: kept (frozen)`);
    continue;
  }
  mkdirSync(`workflows/${name}/snapshots`, { recursive: true });
  const snapshots = reachableSnapshots(WORKFLOWS[name].machine);
  writeFileSync(file, `${JSON.stringify(snapshots, null, 2)}\n`);
  console.log(`${file}: ${snapshots.length} snapshots written`);
}
