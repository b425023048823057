// The administrator renames counties, units and associations; the new names show everywhere at once.
import { describe, expect, it } from "vitest";
import * as associations from "~/routes/admin+/associations";
import * as counties from "~/routes/admin+/counties";
import { db } from "~/utils/db.server";
import { cookieForRole, post, run } from "../support/requests";

const admin = await cookieForRole("admin");

describe("renaming", () => {
  it("renames a county and a unit", async () => {
    const county = await db().county.findFirstOrThrow();
    const unit = await db().unit.findFirstOrThrow({ where: { name: "Perhesosiaalityö" } });
    expect(
      (
        await run(
          counties.action,
          post(
            "/admin/counties",
            { intent: "rename-county", id: county.id, name: "Pohjanmaan hyvinvointialue" },
            admin,
          ),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await run(
          counties.action,
          post("/admin/counties", { intent: "rename-unit", id: unit.id, name: "Lapsiperheiden sosiaalityö" }, admin),
        )
      ).status,
    ).toBe(200);
    expect((await db().county.findUniqueOrThrow({ where: { id: county.id } })).name).toBe("Pohjanmaan hyvinvointialue");
    expect((await db().unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe("Lapsiperheiden sosiaalityö");
  });

  it("renames an association, and says which row a refusal belongs to", async () => {
    const association = await db().association.findUniqueOrThrow({ where: { name: "Kylätalon kahvila" } });
    expect(
      (
        await run(
          associations.action,
          post(
            "/admin/associations",
            { intent: "rename", id: association.id, name: "Kylätalon kahvila ja kirpputori" },
            admin,
          ),
        )
      ).status,
    ).toBe(200);
    expect((await db().association.findUniqueOrThrow({ where: { id: association.id } })).name).toBe(
      "Kylätalon kahvila ja kirpputori",
    );
    const taken = await run(
      associations.action,
      post("/admin/associations", { intent: "rename", id: association.id, name: "Vaasan Kurdit ry" }, admin),
    );
    expect(taken.status).toBe(400);
    expect(taken.data).toEqual({ errors: { name: { key: "errors.nameTaken" } }, target: association.id });
  });
});
