// One association network at /networks/:networkId, for everyone of its county: its theme, convener and member
// associations, the units whose work it concerns (edited by the liaison), its meetings, and its current and past
// representatives with the steps the assignment workflow offers the viewer (the person accepts or declines their own
// proposal; the unit and the liaison propose, withdraw, start a handover, end). A network of another county is not found.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Checkbox, FormError, SelectField, TextField } from "~/components/form";
import { useLocale, useT } from "~/i18n/i18n";
import {
  getNetwork,
  linkableSeries,
  linkSeries,
  NetworkProblem,
  proposableUnits,
  proposeRepresentative,
  setRelevance,
  stepRepresentative,
} from "~/models/network.server";
import { requireUser } from "~/utils/auth.server";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { forbidden, NotAllowed } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { eventSchema, linkSchema, proposeSchema, relevanceSchema } from "./networks.server";
import { TableWrap } from "~/components/table-wrap";

export const meta = titled("network.list.title");

async function loadNetwork(request: Request, networkId: string | undefined) {
  const user = await requireUser(request);
  const network = await getNetwork(user, requireId(networkId));
  if (!network) notFound();
  return { user, network };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, network } = await loadNetwork(request, params.networkId);
  const relevant = new Set(network.relevance.map((r) => r.unit.id));
  const [units, countyUnits, series] = await Promise.all([
    proposableUnits(user, network.countyId),
    network.mayManage
      ? db().unit.findMany({
          where: { countyId: network.countyId },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : [],
    network.mayManage ? linkableSeries(network.id, network.countyId) : [],
  ]);
  // People of the assignment's unit, to choose a substitute from when accepting.
  const unitPeople = await db().unitMembership.findMany({
    where: {
      unitId: { in: network.representatives.filter((r) => r.offered.includes("ACCEPT")).map((r) => r.unit.id) },
      user: { status: "active" },
    },
    select: { unitId: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return {
    network,
    proposable: units.filter((u) => relevant.has(u.id)),
    countyUnits,
    series: series.filter((s) => !s.networkId),
    unitPeople,
    userId: user.id,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, network } = await loadNetwork(request, params.networkId);
  // Authorised before the form is read: someone who neither keeps the network, nor may propose for a unit of its
  // county, nor is named in one of its assignments has nothing to do here.
  const named = network.representatives.some((r) => r.personId === user.id);
  if (!network.mayManage && !named && !(await proposableUnits(user, network.countyId)).length) forbidden();
  const body = await readForm(request);
  if (!body.ok) return body.refusal;
  const form = body.formData;
  const intent = form.get("intent");
  const done = redirect(`/networks/${network.id}?saved=1`);
  try {
    if (intent === "relevance") {
      if (!network.mayManage) throw new NotAllowed();
      const parsed = parseForm(relevanceSchema, form);
      if (!parsed.ok) return invalid(parsed.errors, 400, "relevance");
      await setRelevance(user, network.id, parsed.data.unitIds);
      return done;
    }
    if (intent === "link") {
      if (!network.mayManage) throw new NotAllowed();
      const parsed = parseForm(linkSchema, form);
      if (!parsed.ok) return invalid(parsed.errors, 400, "link");
      await linkSeries(user, network.id, parsed.data.seriesId, parsed.data.linked === "yes");
      return done;
    }
    if (intent === "propose") {
      const parsed = parseForm(proposeSchema, form);
      if (!parsed.ok) return invalid(parsed.errors, 400, "propose");
      await proposeRepresentative(user, { networkId: network.id, ...parsed.data });
      return done;
    }
    const parsed = parseForm(eventSchema, form);
    if (!parsed.ok) return invalid(parsed.errors, 400, "event");
    const { assignmentId, version, event, termStart, termEnd, substituteId } = parsed.data;
    await stepRepresentative(
      user,
      network.id,
      assignmentId,
      event as never,
      version,
      termStart ? { termStart, termEnd: termEnd ?? null, substituteId: substituteId ?? null } : undefined,
    );
    return done;
  } catch (error) {
    if (error instanceof NetworkProblem) return invalid({ form: { key: error.key } }, 400, String(intent ?? "event"));
    return problemResponse(error);
  }
}

/** The options of a select: one per record, its name shown. */
function Options({ items }: { items: { id: string; name: string }[] }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}

type Representative = ReturnType<typeof useLoaderData<typeof loader>>["network"]["representatives"][number];

function RepresentativeRow({ rep, people }: { rep: Representative; people: { id: string; name: string }[] }) {
  const t = useT();
  const locale = useLocale();
  const term = rep.termStart
    ? `${formatDate(rep.termStart, locale)} – ${rep.termEnd ? formatDate(rep.termEnd, locale) : ""}`
    : "–";
  return (
    <tr>
      <th scope="row">{rep.person.name}</th>
      <td>{rep.unit.name}</td>
      <td>
        <span className={`badge status-${rep.status}`}>{t(`network.status.${rep.status}`)}</span>
      </td>
      <td>{term}</td>
      <td>{rep.substitute?.name ?? t("network.noSubstitute")}</td>
      {rep.current ? (
        <td>
          {rep.offered.map((event) =>
            event === "ACCEPT" ? (
              <Form method="post" key={event} className="card">
                <input type="hidden" name="assignmentId" value={rep.id} />
                <input type="hidden" name="version" value={rep.version} />
                <TextField
                  name="termStart"
                  id={`termStart-${rep.id}`}
                  label="network.termStart"
                  hint="network.dateHint"
                  type="date"
                  required
                  defaultValue={new Date().toISOString().slice(0, 10)}
                />
                <TextField
                  name="termEnd"
                  id={`termEnd-${rep.id}`}
                  label="network.termEnd"
                  hint="network.dateHint"
                  type="date"
                />
                <SelectField name="substituteId" id={`substitute-${rep.id}`} label="network.substitute">
                  <option value="">{t("network.noSubstitute")}</option>
                  {people
                    .filter((p) => p.id !== rep.person.id)
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                </SelectField>
                <button type="submit" name="event" value="ACCEPT">
                  {t("network.event.ACCEPT")}
                </button>
              </Form>
            ) : (
              <Form method="post" key={event} className="inline-form">
                <input type="hidden" name="assignmentId" value={rep.id} />
                <input type="hidden" name="version" value={rep.version} />
                <button
                  type="submit"
                  name="event"
                  value={event}
                  className="secondary"
                  aria-label={`${t(`network.event.${event}`)}: ${rep.person.name}, ${rep.unit.name}`}
                >
                  {t(`network.event.${event}`)}
                </button>
              </Form>
            ),
          )}
        </td>
      ) : null}
    </tr>
  );
}

export default function NetworkPage() {
  const { network, proposable, countyUnits, series, unitPeople } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const [search] = useSearchParams();
  const t = useT();
  const current = network.representatives.filter((r) => r.current);
  const past = network.representatives.filter((r) => !r.current);
  const relevant = new Set(network.relevance.map((r) => r.unit.id));
  const convener = network.convenerAssociation?.name ?? network.convenerUnit?.name ?? t("network.noConvener");
  const head = (withActions: boolean) => (
    <thead>
      <tr>
        <th scope="col">{t("network.person")}</th>
        <th scope="col">{t("network.unit")}</th>
        <th scope="col">{t("network.statusLabel")}</th>
        <th scope="col">{t("network.term")}</th>
        <th scope="col">{t("network.substitute")}</th>
        {withActions ? <th scope="col">{t("network.actions")}</th> : null}
      </tr>
    </thead>
  );
  return (
    <>
      <p>
        <Link to="/networks">{t("network.list.title")}</Link>
      </p>
      <h1>{network.name}</h1>
      {search.get("saved") ? (
        <div className="notice" role="status">
          {t("network.saved")}
        </div>
      ) : null}
      <FormError errors={errors} />
      <dl>
        <dt>{t("network.theme")}</dt>
        <dd>{network.theme}</dd>
        <dt>{t("network.convener")}</dt>
        <dd>{convener}</dd>
      </dl>
      {network.description ? <p>{network.description}</p> : null}
      <p>
        {network.mayManage ? (
          <>
            <Link to={`/networks/${network.id}/edit`}>{t("network.edit.title")}</Link> ·{" "}
          </>
        ) : null}
        <Link to={`/networks/${network.id}/report`}>{t("network.report.link")}</Link>
      </p>

      <h2>{t("network.current")}</h2>
      {current.length ? (
        <TableWrap label={t("network.current")}>
          <table>
            {head(true)}
            <tbody>
              {current.map((rep) => (
                <RepresentativeRow
                  key={rep.id}
                  rep={rep}
                  people={unitPeople.filter((p) => p.unitId === rep.unit.id).map((p) => p.user)}
                />
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("network.noCurrent")}</p>
      )}

      {proposable.length ? (
        <Form method="post" className="card">
          <h2>{t("network.propose.title")}</h2>
          <input type="hidden" name="intent" value="propose" />
          <SelectField name="unitId" label="network.propose.unit">
            <Options items={proposable} />
          </SelectField>
          <SelectField name="personId" label="network.propose.person">
            {proposable.map((u) => (
              <optgroup key={u.id} label={u.name}>
                {u.people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <button type="submit">{t("network.propose.submit")}</button>
        </Form>
      ) : null}

      <h2>{t("network.relevantUnits")}</h2>
      {network.relevance.length ? (
        <ul>
          {network.relevance.map((r) => (
            <li key={r.unit.id}>{r.unit.name}</li>
          ))}
        </ul>
      ) : (
        <p>{t("network.noRelevant")}</p>
      )}
      {network.mayManage ? (
        <Form method="post" className="card">
          <fieldset>
            <legend>{t("network.relevance.title")}</legend>
            <p className="hint">{t("network.relevance.hint")}</p>
            {countyUnits.map((u) => (
              <Checkbox key={u.id} name="unitIds" value={u.id} label={u.name} defaultChecked={relevant.has(u.id)} />
            ))}
          </fieldset>
          <button type="submit" name="intent" value="relevance">
            {t("network.relevance.save")}
          </button>
        </Form>
      ) : null}

      <h2>{t("network.members")}</h2>
      {network.members.length ? (
        <ul>
          {network.members.map((m) => (
            <li key={m.association.id}>
              <Link to={`/directory/associations/${m.association.id}`}>{m.association.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("network.noMembers")}</p>
      )}

      <h2>{t("network.meetings")}</h2>
      {network.meetingSeries.length ? (
        <ul>
          {network.meetingSeries.map((s) => (
            <li key={s.id}>
              <Link to={`/meetings/${s.id}`}>{s.title}</Link> ({t(`meeting.status.${s.status}`)})
              {network.mayManage ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="link" />
                  <input type="hidden" name="seriesId" value={s.id} />
                  <button type="submit" name="linked" value="no" className="link-button">
                    {t("network.unlinkSeries", { title: s.title })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("network.noMeetings")}</p>
      )}

      {series.length ? (
        <Form method="post" className="card">
          <input type="hidden" name="intent" value="link" />
          <SelectField name="seriesId" label="network.linkSeries">
            <Options items={series.map((x) => ({ id: x.id, name: x.title }))} />
          </SelectField>
          <button type="submit" name="linked" value="yes">
            {t("network.linkSeriesSubmit")}
          </button>
        </Form>
      ) : null}

      <h2>{t("network.past")}</h2>
      {past.length ? (
        <TableWrap label={t("network.past")}>
          <table>
            {head(false)}
            <tbody>
              {past.map((rep) => (
                <RepresentativeRow key={rep.id} rep={rep} people={[]} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("network.noPast")}</p>
      )}
    </>
  );
}
