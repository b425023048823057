import { useActionData, useLoaderData } from "@remix-run/react";
import { SetPasswordForm } from "~/components/set-password";
import { acceptInvitation } from "~/models/user.server";
import { titled } from "~/utils/meta";
import { setPasswordAction, setPasswordLoader } from "~/utils/set-password.server";

export const meta = titled("invitation.title");
export const loader = setPasswordLoader("invitation");
export const action = setPasswordAction(acceptInvitation);

export default function AcceptInvitation() {
  const { token, usable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <SetPasswordForm
      title="invitation.title"
      intro="invitation.intro"
      submit="invitation.submit"
      token={token}
      usable={usable}
      errors={actionData?.errors}
    />
  );
}
