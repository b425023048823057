// The shared frame of every e-mail: a plain-text part and a simple, accessible HTML part built from the same lines.
// E-mails never carry client personal data: they say that something needs attention and link to it.
export type RenderedEmail = { subject: string; text: string; html: string; calendar?: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function layout({
  lang,
  subject,
  paragraphs,
  action,
  footer,
}: {
  lang: string;
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}): RenderedEmail {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), "", "--", footer].join("\n\n");
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5;max-width:36rem;margin:0 auto;padding:1rem">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${action ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#0b5394;color:#fff;padding:.75rem 1.25rem;border-radius:.375rem;text-decoration:none">${escapeHtml(action.label)}</a></p>` : ""}
<p style="color:#555;font-size:.875rem">${escapeHtml(footer)}</p>
</body></html>`;
  return { subject, text, html };
}
