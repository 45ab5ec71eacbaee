/** The survey pages' only stylesheet, inlined in each page (no external asset, a few KB on a slow phone). */
export const SURVEY_CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f6f8}
header{background:#0b5c7a;color:#fff;padding:.75rem 1rem}header p{margin:0}header a{color:#fff}
.wrap{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.card{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
fieldset{border:1px solid #d0d7de;border-radius:.5rem;margin:0 0 1rem;padding:.75rem;background:#fff;min-width:0}
legend{font-weight:600;padding:0 .25rem}
fieldset.invalid,.field.invalid input,.field.invalid select,.field.invalid textarea{border-color:#b3261e;border-width:2px}
.opt{display:flex;align-items:center;gap:.6rem;min-height:44px;padding:.25rem .5rem;border-radius:.375rem;cursor:pointer}
.opt:hover{background:#eef4f7}.opt input{width:1.25rem;height:1.25rem;flex:none;margin:0}
.field{margin:0 0 1rem}.field label{display:block;font-weight:600;margin-bottom:.25rem}
input[type=number],input[type=text],input[type=tel],input[type=email],select,textarea{width:100%;font:inherit;padding:.6rem;border:1px solid #6b7280;border-radius:.375rem;background:#fff;color:inherit}
textarea{min-height:6rem}
.hint{color:#4b5563;font-size:.9rem;margin:.25rem 0}
.err{color:#b3261e;font-weight:600;margin:.25rem 0}
.summary{border:2px solid #b3261e;background:#fdecea;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
.summary a{color:#8c1d18}
.notice{border:2px solid #0b5c7a;background:#e6f1f5;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
button,.btn{display:inline-block;font:inherit;font-weight:600;min-height:48px;padding:.7rem 1.4rem;border:0;border-radius:.5rem;background:#0b5c7a;color:#fff;text-decoration:none;cursor:pointer;width:100%;text-align:center}
button:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,.opt:focus-within{outline:3px solid #f59e0b;outline-offset:2px}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.muted{color:#4b5563}
@media (min-width:40rem){button,.btn{width:auto}}
`;
