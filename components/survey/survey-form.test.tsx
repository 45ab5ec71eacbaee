import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { SurveyDocument } from "./survey-document";
import { SurveyForm } from "./survey-form";

describe("survey form (React, rendered to static HTML)", () => {
  const html = renderToStaticMarkup(
    <SurveyForm
      locale="id"
      form={{
        action: "/s/abc",
        values: { U1: "4", age: "31", comment: "<b>ramah</b>" },
        fields: { "answers.U2": "wajib" },
        hidden: { via: "link" },
      }}
    />,
  );
  it("re-renders typed answers, Likert questions as fieldset+legend with radios, and an error per field", () => {
    expect(html.match(/<fieldset/g)?.length).toBe(11); // 9 elements + sex + info source
    expect(html).toContain('<input type="radio" name="U1" checked="" value="4"/>');
    expect(html).toContain('<input type="radio" name="U2" value="4"/>');
    expect(html).toContain('value="31"');
    expect(html).toContain("&lt;b&gt;ramah&lt;/b&gt;");
    expect(html).toContain('<p class="err" id="err-U2">Pilih salah satu jawaban.</p>');
    expect(html).toContain('<a href="#f-U2">2. Sistem, Mekanisme, dan Prosedur: Pilih salah satu jawaban.</a>');
    expect(html).not.toContain("<script");
  });
  it("escapes markup in every text", () => {
    const page = renderToStaticMarkup(
      <SurveyDocument
        page={{
          locale: "en",
          title: `<a href="x">'&`,
          officeName: "DPMPTSP",
          blocks: [{ kind: "notice", text: "<script>x</script>" }],
        }}
      />,
    );
    expect(page).toContain("<title>&lt;a href=&quot;x&quot;&gt;&#x27;&amp;</title>");
    expect(page).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<a href="/bahasa?ke=id" lang="id">');
    expect(page).not.toContain("<script");
  });
});
