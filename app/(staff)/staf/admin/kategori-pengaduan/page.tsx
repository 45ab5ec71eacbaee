import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listHandlingCategories } from "@/lib/complaints/handling-category-queries";
import { MAX_HANDLING_DAYS } from "@/lib/complaints/handling-categories";
import { ActionForm } from "@/components/complaints/action-form";
import { TextField } from "@/components/ui/field";
import { saveHandlingCategoryAction } from "./actions";

export const dynamic = "force-dynamic";

/** ADMIN: complaint handling categories and their deadlines in working days (issue 13). */
export default async function HandlingCategoriesPage() {
  await requirePageCapability("manageReferenceData", "/staf/admin/kategori-pengaduan");
  const { t } = await getTranslator("complaints");
  const categories = await listHandlingCategories({ includeInactive: true });
  const fields = (c?: (typeof categories)[number]) => {
    const id = c?.code ?? "new";
    return (
      <>
        {c ? (
          <input type="hidden" name="code" value={c.code} />
        ) : (
          <TextField
            label={t("admin.code")}
            name="code"
            id={`f-${id}-code`}
            required
            maxLength={30}
            pattern="[a-z0-9_]{2,30}"
          />
        )}
        <TextField
          label={t("admin.name")}
          name="name"
          id={`f-${id}-name`}
          defaultValue={c?.name}
          required
          maxLength={80}
        />
        <TextField
          label={t("admin.nameEn")}
          name="nameEn"
          id={`f-${id}-nameEn`}
          defaultValue={c?.nameEn}
          required
          maxLength={80}
        />
        <TextField
          label={t("admin.deadlineDays")}
          name="deadlineDays"
          id={`f-${id}-days`}
          type="number"
          min={1}
          max={MAX_HANDLING_DAYS}
          defaultValue={c?.deadlineDays}
          required
        />
        <div className="row">
          <label>
            <input type="checkbox" name="isDefault" defaultChecked={c?.isDefault ?? false} /> {t("admin.isDefault")}
          </label>
          <label>
            <input type="checkbox" name="active" value="true" defaultChecked={c?.active ?? true} /> {t("admin.active")}
          </label>
        </div>
      </>
    );
  };
  return (
    <div className="stack">
      <h1>{t("admin.title")}</h1>
      <p className="muted">{t("admin.intro")}</p>
      {categories.map((c) => (
        <section
          key={c.code}
          className="card"
          aria-labelledby={`cat-${c.code}`}
          data-testid={`handling-category-${c.code}`}
        >
          <h2 id={`cat-${c.code}`}>
            {c.name} <span className="muted">({c.code})</span>
          </h2>
          <ActionForm
            action={saveHandlingCategoryAction}
            submitLabel={t("admin.save")}
            savedLabel={t("admin.saved")}
            variant="secondary"
          >
            {fields(c)}
          </ActionForm>
        </section>
      ))}
      <section className="card" aria-labelledby="cat-new">
        <h2 id="cat-new">{t("admin.addTitle")}</h2>
        <ActionForm action={saveHandlingCategoryAction} submitLabel={t("admin.save")} savedLabel={t("admin.saved")}>
          {fields()}
        </ActionForm>
      </section>
    </div>
  );
}
