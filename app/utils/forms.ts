// Form input, validated with zod at the edge. Schemas carry translation keys as messages; the server returns keys and
// parameters, and the page shows them in the user's language. Shared by server and browser.
import { z, type ZodTypeAny } from "zod";
import { isMessageKey, type MessageKey, type MessageParams } from "~/i18n/i18n";

export type FieldError = { key: MessageKey; params?: MessageParams };
export type FieldErrors = Record<string, FieldError>;

const MARKUP = /[<>]/;
// Control characters nobody types: everything but tab and line breaks (which one-line fields refuse on their own).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** Text as people type it: no control characters, and on one line unless the field has several. */
const typed = (schema: z.ZodString, lines: "one" | "many") =>
  schema
    .refine((v) => !CONTROL.test(v), "errors.controlCharacters")
    .refine((v) => lines === "many" || !LINE_BREAK.test(v), "errors.lineBreak");

/** A required one-line text without markup. */
export const text = (max: number, min = 1) =>
  typed(
    z
      .string({ required_error: "errors.required", invalid_type_error: "errors.required" })
      .trim()
      .min(min, min === 1 ? "errors.required" : "errors.tooShort")
      .max(max, "errors.tooLong"),
    "one",
  ).refine((v) => !MARKUP.test(v), "errors.noMarkup");

export const optionalText = (max: number) =>
  typed(z.string().trim().max(max, "errors.tooLong"), "one")
    .refine((v) => !MARKUP.test(v), "errors.noMarkup")
    .optional()
    .transform((v) => (v ? v : undefined));

export const email = z
  .string({ required_error: "errors.required", invalid_type_error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .max(254, "errors.tooLong")
  .email("errors.email")
  .transform((v) => v.toLowerCase());

export const uuid = z.string({ required_error: "errors.required" }).uuid("errors.unknownId");

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values as unknown as [T[number], ...T[number][]], { errorMap: () => ({ message: "errors.invalidChoice" }) });

export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.undefined()], { errorMap: () => ({ message: "errors.invalidChoice" }) })
  .transform((v) => v !== undefined);

/** Zero or more ids from repeated fields (multi-selects and checkbox groups). */
export const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(uuid).max(100, "errors.tooMany"),
);

export const newPassword = z
  .string({ required_error: "errors.required" })
  .min(10, "errors.passwordTooShort")
  .max(200, "errors.tooLong");

function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}

function toFieldError(issue: z.ZodIssue): FieldError {
  // A schema's message is a text's key (errors.*, or an area's own); zod's own messages are not.
  const key: MessageKey = isMessageKey(issue.message) ? issue.message : "errors.invalid";
  if (issue.code === "too_big") return { key, params: { max: Number(issue.maximum) } };
  if (issue.code === "too_small") return { key, params: { min: Number(issue.minimum) } };
  if (issue.code === "custom" && issue.params) return { key, params: issue.params as MessageParams };
  return { key };
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseForm<S extends ZodTypeAny>(schema: S, formData: FormData): Parsed<z.output<S>> {
  const result = schema.safeParse(formDataToObject(formData));
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form";
    errors[field] ??= toFieldError(issue);
  }
  return { ok: false, errors };
}

/** Choosing a password from an e-mailed link (invitation or reset). */
export const setPasswordSchema = z
  .object({
    token: z.string().min(1, "errors.tokenInvalid").max(200, "errors.tokenInvalid"),
    password: newPassword,
    confirm: z.string().optional(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "errors.passwordMismatch" });

/** Free text over several lines, without markup; empty is allowed. */
export const longText = (max: number) =>
  typed(z.string().trim().max(max, "errors.tooLong"), "many")
    .refine((v) => !MARKUP.test(v), "errors.noMarkup")
    .optional()
    .transform((v) => v ?? "");

export const optionalUrl = z
  .string()
  .trim()
  .max(300, "errors.tooLong")
  .refine((v) => v === "" || /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i.test(v), "errors.url")
  .optional()
  .transform((v) => (v ? v : null));

export const optionalEmail = z
  .string()
  .trim()
  .max(254, "errors.tooLong")
  .refine((v) => v === "" || z.string().email().safeParse(v).success, "errors.email")
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null));

export const optionalPhone = z
  .string()
  .trim()
  .max(40, "errors.tooLong")
  .refine((v) => v === "" || /^\+?[0-9 ()-]{5,}$/.test(v), "errors.phone")
  .optional()
  .transform((v) => (v ? v : null));

/** A wall-clock time "HH:MM" (Europe/Helsinki); empty is allowed. */
export const optionalTime = z
  .string()
  .trim()
  .refine((v) => v === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), "errors.time")
  .optional()
  .transform((v) => (v ? v : null));

/** Zero or more values from a fixed list (checkbox groups). */
export const choiceList = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(
        z.enum(values as unknown as [string, ...string[]], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
      )
      .max(values.length),
  ) as unknown as z.ZodType<T[number][]>;

/** A comma-separated list of short names (e.g. municipalities). */
export const nameList = (maxItems: number, maxLength: number) =>
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine((list) => list.length <= maxItems, "errors.tooMany")
    .refine((list) => list.every((s) => s.length <= maxLength), {
      message: "errors.tooLong",
      params: { max: maxLength },
    })
    .refine((list) => list.every((s) => !MARKUP.test(s)), "errors.noMarkup")
    .refine((list) => list.every((s) => !CONTROL.test(s) && !LINE_BREAK.test(s)), "errors.controlCharacters");
