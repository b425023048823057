import { useActionData, useLoaderData } from "@remix-run/react";
import { SetPasswordForm } from "~/components/set-password";
import { resetPassword } from "~/models/user.server";
import { titled } from "~/utils/meta";
import { setPasswordAction, setPasswordLoader } from "~/utils/set-password.server";

export const meta = titled("reset.title");
export const loader = setPasswordLoader("password_reset");
export const action = setPasswordAction(resetPassword);

export default function ResetPassword() {
  const { token, usable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <SetPasswordForm
      title="reset.title"
      intro="reset.intro"
      submit="reset.submit"
      token={token}
      usable={usable}
      errors={actionData?.errors}
    />
  );
}
