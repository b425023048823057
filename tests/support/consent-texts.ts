// A reviewed Arabic consent text as an admin types it into the form of /admin/consent-texts: a short, plausible
// translation of the base text, for the tests that add a right-to-left version and choose it in a referral.

/** The form's fields, one paragraph per line; without the review (reviewerName, reviewedOn), which tests add. */
export const ARABIC_CONSENT_TEXT = {
  language: "ar",
  versionLabel: "2026-12-ar1",
  title: "موافقة على مشاركة المعلومات مع جمعية",
  beforeList: [
    "يريد الأخصائي الاجتماعي أن يخبر جمعية عنك.",
    "يمكن للجمعية بعد ذلك أن تتصل بك أو تكتب إليك. يمكنكم الاتفاق على موعد.",
    "أنت تختار المعلومات التي تحصل عليها الجمعية. ضع علامة على المعلومات المسموح بمشاركتها:",
  ].join("\n"),
  afterList: [
    "تستخدم الجمعية المعلومات لهذا الغرض فقط.",
    "تُحذف المعلومات عندما لا تعود هناك حاجة إليها.",
    "يمكنك سحب موافقتك في أي وقت. أخبر الأخصائي الاجتماعي أو الجمعية. عندها تُحذف معلوماتك فوراً.",
  ].join("\n"),
  item_first_name: "الاسم الأول",
  item_phone: "رقم الهاتف",
  item_email: "البريد الإلكتروني",
  item_languages: "اللغات التي تتحدثها",
  item_address: "العنوان، ليتمكنوا من اصطحابك من المنزل",
  item_needs: "باختصار، ما الذي تحتاجه",
  label_association: "الجمعية",
  label_purpose: "الغرض من استخدام المعلومات",
  label_validUntil: "الموافقة سارية حتى",
  label_date: "التاريخ",
  label_signature: "التوقيع",
};

export const ARABIC_REVIEW = { reviewerName: "Layla Haddad", reviewedOn: "2026-11-20" };
