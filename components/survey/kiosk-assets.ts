/** The kiosk page's inline stylesheet, script and answer faces (components/survey/kiosk-document.tsx). */

/**
 * The four answer faces as inline SVG (very unhappy → very happy): emoji depend on the kiosk having an emoji font,
 * and a cheap Android or a bare Linux kiosk draws empty boxes instead. Only the mouth changes: its end points and
 * the control point of a quadratic curve (above the ends = frown, below = smile).
 */
const MOUTHS = ["M14 35 Q24 25 34 35", "M15 34 Q24 29 33 34", "M15 31 Q24 37 33 31", "M13 29 Q24 42 35 29"];
const FACE_COLOURS = ["#fca5a5", "#fdba74", "#bef264", "#86efac"];
export const FACES = MOUTHS.map(
  (mouth, i) =>
    `<svg viewBox="0 0 48 48" width="64" height="64" aria-hidden="true" focusable="false"><circle cx="24" cy="24" r="22" fill="${FACE_COLOURS[i]}" stroke="#1a1a1a" stroke-width="2"/><circle cx="17" cy="19" r="2.6" fill="#1a1a1a"/><circle cx="31" cy="19" r="2.6" fill="#1a1a1a"/><path d="${mouth}" fill="none" stroke="#1a1a1a" stroke-width="2.6" stroke-linecap="round"/></svg>`,
);

export const KIOSK_CSS = `
*{box-sizing:border-box}[hidden]{display:none!important}html,body{margin:0;height:100%}body{font:20px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#0b5c7a;color:#fff;display:flex;flex-direction:column}
main{flex:1;display:flex;align-items:center;justify-content:center;padding:1.5rem}
.screen{width:100%;max-width:60rem;text-align:center}h1{font-size:2rem;line-height:1.25;margin:.5rem 0 1.5rem}
.office,.small{font-size:1rem;opacity:.9}
button{font:inherit;cursor:pointer;border-radius:1rem;border:0}
.big{background:#fff;color:#0b5c7a;font-size:1.6rem;font-weight:700;padding:1.25rem 3rem;min-height:88px;margin:1rem}
.link{background:transparent;color:#fff;text-decoration:underline;min-height:56px;padding:.5rem 1rem}
.options{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:1rem}
.opt{background:#fff;color:#1a1a1a;min-height:120px;padding:1rem;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:.4rem;font-weight:600}
.opt .face{line-height:0}
.opt:focus-visible,.big:focus-visible,.link:focus-visible,input:focus-visible,textarea:focus-visible{outline:4px solid #fbbf24;outline-offset:3px}
.nav{display:flex;justify-content:space-between;margin-top:1.5rem}
input,textarea{font:inherit;font-size:1.6rem;padding:.75rem;border-radius:.75rem;border:2px solid #fff;width:100%;max-width:30rem}
textarea{min-height:8rem;font-size:1.2rem}.err{background:#fdecea;color:#8c1d18;border-radius:.5rem;padding:.5rem 1rem;display:inline-block}
footer{padding:.5rem 1rem;font-size:1rem;display:flex;gap:1rem;justify-content:space-between;background:#084a63}
`;

/* Plain ES2017 so old tablets run it; everything the kiosk needs is in this file and the config above. */
export const KIOSK_SCRIPT = `
(function(){
var C=JSON.parse(document.getElementById('kiosk-config').textContent);
var KEY_NAME='lentera-kiosk-key:'+C.counter;
var url=new URL(location.href);
if(url.searchParams.get('kunci')){localStorage.setItem(KEY_NAME,url.searchParams.get('kunci'));url.searchParams.delete('kunci');history.replaceState(null,'',url.pathname+url.search);}
var key=localStorage.getItem(KEY_NAME);
var $=function(id){return document.getElementById(id)};
var fmt=function(s,v){return s.replace(/\\{(\\w+)\\}/g,function(m,k){return k in v?v[k]:m})};
var steps=[];C.questions.forEach(function(q){steps.push({kind:'q',q:q})});
steps.push({kind:'age'});C.profile.forEach(function(p){steps.push({kind:'p',p:p})});steps.push({kind:'comment'});
var state,idx,idleTimer,resetTimer;
function show(id){['welcome','question','thanks','blocked'].forEach(function(s){$(s).hidden=s!==id})}
function blocked(text){$('blockedText').textContent=text;show('blocked')}
function reset(){clearTimeout(idleTimer);clearTimeout(resetTimer);state={answers:{},respondent:{}};idx=0;show('welcome')}
function touch(){clearTimeout(idleTimer);if(!$('question').hidden)idleTimer=setTimeout(reset,C.idleMs)}
['pointerdown','keydown','input'].forEach(function(e){document.addEventListener(e,touch,true)});
function button(cls,html,onClick){var b=document.createElement('button');b.type='button';b.className=cls;b.innerHTML=html;b.addEventListener('click',onClick);return b}
function esc(s){var d=document.createElement('div');d.textContent=String(s);return d.innerHTML}
function render(){
  var s=steps[idx];show('question');touch();
  $('progress').textContent=fmt(C.text.progress,{n:idx+1,total:steps.length});
  var box=$('options');box.innerHTML='';$('back').textContent=C.text.back;$('back').hidden=idx===0;$('skipBtn').hidden=true;
  if(s.kind==='q'){$('qtext').textContent=s.q.text;s.q.options.forEach(function(o){box.appendChild(button('opt','<span class="face" aria-hidden="true">'+o.face+'</span><span>'+esc(o.label)+'</span>',function(){state.answers[s.q.code]=o.value;next()}))})}
  else if(s.kind==='p'){$('qtext').textContent=s.p.text;s.p.options.forEach(function(o){box.appendChild(button('opt','<span>'+esc(o.label)+'</span>',function(){if(s.p.key==='infoSource')state.infoSource=o.value;else state.respondent[s.p.key]=o.value;next()}))});
    if(s.p.optional){$('skipBtn').hidden=false;$('skipBtn').textContent=C.text.skip;$('skipBtn').onclick=function(){delete state.infoSource;next()}}}
  else if(s.kind==='age'){$('qtext').textContent=C.text.age;var f=document.createElement('form');f.noValidate=true;f.innerHTML='<label for="ageInput" class="small">'+esc(C.text.age)+'</label><br><input id="ageInput" type="number" inputmode="numeric" min="15" max="100" required value="'+(state.respondent.age||'')+'"><p id="ageErr" class="err" hidden>'+esc(C.text.ageError)+'</p><br><button class="big" type="submit">'+esc(C.text.next)+'</button>';
    f.addEventListener('submit',function(e){e.preventDefault();var v=Number($('ageInput').value);if(!Number.isInteger(v)||v<15||v>100){$('ageErr').hidden=false;return}state.respondent.age=v;next()});box.appendChild(f);setTimeout(function(){$('ageInput').focus()},0)}
  else if(s.kind==='comment'){$('qtext').textContent=C.text.comment;var g=document.createElement('form');g.innerHTML='<label for="commentInput" class="small">'+esc(C.text.commentHint)+'</label><br><textarea id="commentInput" maxlength="1000"></textarea><br><button class="big" type="submit" id="sendBtn">'+esc(C.text.send)+'</button>';
    g.addEventListener('submit',function(e){e.preventDefault();var c=$('commentInput').value.trim();if(c)state.comment=c;finish()});box.appendChild(g)}
  if(s.kind!=='age')$('qtext').focus();
}
function next(){idx++;render()}
$('back').addEventListener('click',function(){if(idx>0){idx--;render()}});
$('start').addEventListener('click',function(){idx=0;render()});
$('fs').addEventListener('click',function(){if(document.documentElement.requestFullscreen)document.documentElement.requestFullscreen().catch(function(){})});
function uuid(){if(crypto.randomUUID)return crypto.randomUUID();var a=new Uint8Array(16);crypto.getRandomValues(a);return Array.prototype.map.call(a,function(b){return('0'+b.toString(16)).slice(-2)}).join('')}
/* IndexedDB queue: the answer is on the device before any network attempt. */
var dbp=new Promise(function(res,rej){var r=indexedDB.open('lentera-kiosk',1);r.onupgradeneeded=function(){r.result.createObjectStore('queue',{keyPath:'idempotencyKey'})};r.onsuccess=function(){res(r.result)};r.onerror=function(){rej(r.error)}});
function tx(mode,fn){return dbp.then(function(db){return new Promise(function(res,rej){var t=db.transaction('queue',mode);var out=fn(t.objectStore('queue'));t.oncomplete=function(){res(out&&out.result)};t.onerror=function(){rej(t.error)}})})}
function queued(){return tx('readonly',function(s){return s.getAll()})}
function updatePending(){return queued().then(function(items){var n=items.length;var el=$('pending');el.dataset.count=String(n);el.textContent=n?fmt(C.text.pending,{n:n}):''})}
function finish(){
  var item={questionnaire:C.questionnaire,answers:state.answers,respondent:state.respondent,channel:'kiosk',counter:C.counter,submittedAt:new Date().toISOString(),idempotencyKey:'kiosk-'+uuid()};
  if(state.infoSource)item.infoSource=state.infoSource;if(state.comment)item.comment=state.comment;
  tx('readwrite',function(s){return s.put(item)}).then(function(){updatePending();sync()});
  show('thanks');$('thanksTitle').focus();clearTimeout(idleTimer);resetTimer=setTimeout(reset,C.resetMs);
}
var syncing=false;
function sync(){
  if(syncing||!key)return Promise.resolve();syncing=true;
  return queued().then(function(items){
    return items.reduce(function(p,item){return p.then(function(ok){if(!ok)return false;
      return fetch('/api/v1/responses',{method:'POST',headers:{'content-type':'application/json','x-kiosk-key':key},body:JSON.stringify(item)}).then(function(r){
        if(r.status===401){blocked(C.text.keyRejected);return false}
        if(r.ok||r.status===409||r.status===422){return tx('readwrite',function(s){return s.delete(item.idempotencyKey)}).then(function(){return true})}
        return false;
      },function(){return false})})},Promise.resolve(true));
  }).then(function(){syncing=false;net();return updatePending()},function(){syncing=false});
}
function net(){$('net').textContent=navigator.onLine?'':C.text.offline}
window.addEventListener('online',function(){net();sync()});window.addEventListener('offline',net);
setInterval(sync,15000);
if('serviceWorker' in navigator){navigator.serviceWorker.register('/kiosk-sw.js',{scope:'/kiosk/'}).then(function(){return navigator.serviceWorker.ready}).then(function(){
  if(navigator.onLine&&window.caches)return caches.open('lentera-kiosk-v1').then(function(c){return c.add(location.pathname)});
}).then(function(){document.body.dataset.offlineReady='1'}).catch(function(){})}
/* Ask the browser not to evict the queue under storage pressure (queued answers are the only copy). */
if(navigator.storage&&navigator.storage.persist)navigator.storage.persist().catch(function(){});
reset();net();updatePending();
if(!key){blocked(C.text.notEnrolled)}else{sync()}
})();
`;
