// Fixed lists that forms offer as choices. A plain module (not .server), so route components may render them too.
import type { AssociationKind } from "@prisma/client";

export const ROLES = ["social_worker", "liaison", "association_staff", "admin"] as const;

export const ASSOCIATION_KINDS: [AssociationKind, ...AssociationKind[]] = ["registered", "unregistered_group", "congregation", "project"];
