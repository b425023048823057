// What the user administration pages share: the form's fields and the lists of units and associations to pick from.
import { listAssociations } from "~/models/association.server";
import { listCountiesWithUnits } from "~/models/county.server";
import { choice, idList, text } from "~/utils/forms";
import { ROLES } from "~/utils/choices";

export const userFields = { name: text(120), role: choice(ROLES), unitIds: idList, associationIds: idList };

export async function membershipOptions() {
  const [counties, associations] = await Promise.all([listCountiesWithUnits(), listAssociations()]);
  return { counties, associations: associations.map(({ id, name }) => ({ id, name })) };
}
