// What a consent text is made of, shared by the server (app/models/consent-text.server.ts) and the pages that show it.
import type { DataItem } from "@prisma/client";

/** The fields of the signed form, named in the text's language. */
export const FIELD_LABELS = ["association", "purpose", "validUntil", "date", "signature"] as const;
export type FieldLabel = (typeof FIELD_LABELS)[number];

/** What a consent text says, in its language: everything the printed page shows below the page's own chrome. */
export type ConsentTextContent = {
  title: string;
  beforeList: string[];
  afterList: string[];
  itemNames: Record<DataItem, string>;
  fieldLabels: Record<FieldLabel, string>;
};
