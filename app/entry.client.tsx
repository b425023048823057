import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { asLocale, loadMessages } from "./i18n/i18n";

// The page's texts are in its language's own chunk: loaded first, so that hydration renders what the server did.
void loadMessages(asLocale(document.documentElement.lang)).then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  }),
);
