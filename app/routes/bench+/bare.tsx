// The benchmark's yardstick (`npm run bench`): a loader returning a constant, rendered in the same root layout as every
// page, so a page's throughput can be read as a share of what the framework itself allows. Only with BENCH_ROUTES.
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/i18n";
import { env } from "~/utils/env.server";

export function loader() {
  if (env().BENCH_ROUTES !== "true") throw new Response("Not found", { status: 404 });
  return { title: "app.name" as const };
}

export default function Bare() {
  const { title } = useLoaderData<typeof loader>();
  return <h1>{useT()(title)}</h1>;
}
