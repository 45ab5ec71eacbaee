import type { CSSProperties } from "react";
import type { Translator } from "@/lib/i18n/translate";
import { ConfirmSubmit } from "./confirm-submit";
import { confirmTexts } from "./confirm-texts";

/**
 * Switches one row on or off: a form sending the row's id and its new state (`values`: the off and on values of the
 * `active` field). Switching off asks first (ConfirmSubmit, texts `${messages}.deactivate`, `…Confirm`, `…Yes`);
 * switching on is one click (`${messages}.activate`). Works without JavaScript.
 */
export function ActiveToggle({
  action,
  id,
  active,
  values = ["false", "true"],
  t,
  messages,
  style,
}: {
  action: (form: FormData) => Promise<void>;
  id: string;
  active: boolean;
  values?: readonly [off: string, on: string];
  t: Translator;
  /** The message key prefix of the texts, e.g. "users". */
  messages: string;
  style?: CSSProperties;
}) {
  return (
    <form action={action} style={style}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? values[0] : values[1]} />
      {active ? (
        <ConfirmSubmit {...confirmTexts(t, `${messages}.deactivate`)} variant="secondary" />
      ) : (
        <button className="btn btn-secondary btn-small" type="submit">
          {t(`${messages}.activate`)}
        </button>
      )}
    </form>
  );
}
