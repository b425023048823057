// Everything the interface says in Finnish, sent to the browser of a page in Finnish (e-mails are in mail.ts, which
// only the server reads).
import { common } from "./common";
import { account } from "./account";
import { home } from "./home";
import { directory } from "./directory";
import { referral } from "./referral";
import { consent } from "./consent";
import { admin } from "./admin";
import { meeting } from "./meeting";
import { path } from "./path";
import { barometer } from "./barometer";
import { contact } from "./contact";
import { network } from "./network";
import { picture } from "./picture";
import { concern } from "./concern";

export const ui = {
  ...common,
  ...account,
  ...home,
  ...directory,
  ...referral,
  ...consent,
  ...admin,
  ...meeting,
  ...path,
  ...barometer,
  ...contact,
  ...network,
  ...picture,
  ...concern,
};
