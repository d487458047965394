// 值班 contact: the duty editor is reached by QQ, 微信 or phone. One value
// and its kind are site settings (the value column keeps its first name,
// dutyQq, from when it could only be a QQ number). Pure: the settings form,
// its schema and the contact lines all read it.

export const DUTY_CONTACT_KINDS = ["qq", "wechat", "phone"] as const;
export type DutyContactKind = (typeof DUTY_CONTACT_KINDS)[number];

export const DUTY_CONTACT_LABELS: Record<DutyContactKind, string> = { qq: "值班QQ", wechat: "值班微信", phone: "值班电话" };

const RULES: Record<DutyContactKind, { pattern: RegExp; message: string }> = {
  qq: { pattern: /^\d{5,12}$/, message: "值班QQ须为5到12位数字" },
  wechat: { pattern: /^[A-Za-z][-_A-Za-z0-9]{5,19}$/, message: "微信号须为6到20位字母、数字、下划线或减号，以字母开头" },
  phone: { pattern: /^(?=(?:\D*\d){3})[\d\s+()-]{3,30}$/, message: "值班电话只能包含数字、空格和 + - ( )" },
};

export function isDutyContactKind(value: string): value is DutyContactKind {
  return (DUTY_CONTACT_KINDS as readonly string[]).includes(value);
}

/** What is wrong with a value for its kind, or null (an empty value is fine: the line is then not shown). */
export function dutyContactProblem(kind: DutyContactKind, value: string): string | null {
  if (!value) return null;
  const rule = RULES[kind];
  return rule.pattern.test(value) ? null : rule.message;
}

/** A `tel:` address: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** The contact line as shown: a phone number is a `tel:` link; QQ and 微信 are text. Null when unset. */
export function dutyContactLine(kind: string, value: string): { label: string; value: string; href: string | null } | null {
  if (!value) return null;
  const k = isDutyContactKind(kind) ? kind : "qq";
  return { label: DUTY_CONTACT_LABELS[k], value, href: k === "phone" ? telHref(value) : null };
}
