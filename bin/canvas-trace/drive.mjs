// node --experimental-websocket drive.mjs LABEL ACTION [args]
//  ACTION: drops N [traceFile] | connects N | moves N | css "<css>" | js "<expr>" | shot file.png
import { connect } from './cdp.mjs';
import fs from 'node:fs';
import { execSync } from 'node:child_process';
const [label, action, ...args] = process.argv.slice(2);
const info = JSON.parse(fs.readFileSync(`/tmp/canvas-trace/debugger-${label}.json`, 'utf8'));
const port = info.address.split(':')[1];
const v = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
const c = await connect(v.webSocketDebuggerUrl);
const { targetInfos } = await c.send('Target.getTargets');
const page = targetInfos.find(t => t.type === 'page' && t.url.includes('/plans/'));
const { sessionId } = await c.send('Target.attachToTarget', { targetId: page.targetId, flatten: true });
const evaluate = async (expression) => {
  const r = await c.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
  if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
  return r.result.value;
};
const idle = `(() => { const f = window.Vaadin && window.Vaadin.Flow; return Object.values(f.clients).every(c => !c.isActive || !c.isActive()); })()`;
async function gesture(call) {
  const t = await evaluate(`new Promise(resolve => (function () { ${info.gesture} }).call(null, ${JSON.stringify(call)}, resolve))`);
  for (let i = 0; i < 300 && !(await evaluate(idle)); i++) await new Promise(r => setTimeout(r, 50));
  return t;
}
// Chromium's processes: the browser listening on the port and its descendants; CPU per thread (name) in ms.
function chromiumPids() {
  const line = execSync(`ss -ltnp 'sport = :${port}'`).toString();
  const root = Number(/pid=(\d+)/.exec(line)[1]);
  const parent = new Map();
  for (const pid of fs.readdirSync('/proc').filter(p => /^\d+$/.test(p))) {
    try { const st = fs.readFileSync(`/proc/${pid}/stat`, 'utf8'); parent.set(Number(pid), Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1])); } catch {}
  }
  const pids = [root];
  for (let changed = true; changed;) { changed = false; for (const [p, pp] of parent) if (pids.includes(pp) && !pids.includes(p)) { pids.push(p); changed = true; } }
  return pids;
}
function cpuByThread() {
  const out = {};
  for (const pid of chromiumPids()) {
    let kind = 'browser';
    try { const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'); const m = /--type=([a-z-]+)/.exec(cmd); if (m) kind = m[1]; } catch { continue; }
    let tasks = []; try { tasks = fs.readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tasks) {
      try {
        const st = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')')).replace(/\d+$/, '');
        const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
        const ms = (Number(f[11]) + Number(f[12])) * 10;
        const key = kind + '/' + name; out[key] = (out[key] || 0) + ms;
      } catch {}
    }
  }
  return out;
}
function diff(a, b, n) { const d = {}; let total = 0; for (const k of Object.keys(b)) { const x = (b[k] - (a[k] || 0)) / n; if (x > 0) { d[k] = Math.round(x); total += x; } } return { total: Math.round(total), ...Object.fromEntries(Object.entries(d).sort((p, q) => q[1] - p[1]).slice(0, 12)) }; }
const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.ceil(s.length * 0.95) - 1]; };
async function series(kind, n, trace) {
  const calls = [];
  for (let i = 0; i < n; i++) {
    if (kind === 'drops') calls.push(info.drop.replace('%X%', String((i % 7) * 30)));
    if (kind === 'connects') { const s = info.stores; const k = 100 + (Date.now() % 300) + i; calls.push(info.connect.replace('%A%', s[k]).replace('%B%', s[s.length - 1 - k])); }
    if (kind === 'moves') calls.push(info.move.replace('%D%', i % 2 === 0 ? '10' : '-10'));
  }
  let events = [], done, complete = new Promise(r => done = r);
  if (trace) {
    c.on(m => { if (m.method === 'Tracing.dataCollected') events.push(...m.params.value); else if (m.method === 'Tracing.tracingComplete') done(); });
    const categories = process.env.CATS || ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
      'disabled-by-default-devtools.timeline.invalidationTracking', 'blink.user_timing', 'cc', 'viz', 'benchmark', 'blink', 'loading', 'v8.execute', 'gpu', 'disabled-by-default-devtools.timeline.layers'].join(',');
    await c.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  }
  const l0 = load(); const cpu0 = cpuByThread(); const times = [];
  for (const call of calls) { times.push(await gesture(call)); await new Promise(r => setTimeout(r, 200)); }
  const cpu1 = cpuByThread(); const l1 = load();
  console.log(`${label} ${kind} x${n}, load ${l0} -> ${l1}: gesture to painted median ${median(times.map(t => t[0])).toFixed(0)} p95 ${p95(times.map(t => t[0])).toFixed(0)};`
    + ` to patch ${median(times.map(t => t[1])).toFixed(0)}, in patch ${median(times.map(t => t[2])).toFixed(0)}, to painted ${median(times.map(t => t[3])).toFixed(0)}`);
  console.log('  chromium CPU per edit ms', JSON.stringify(diff(cpu0, cpu1, n)));
  if (trace) { await c.send('Tracing.end'); await complete; fs.writeFileSync(trace, JSON.stringify({ traceEvents: events })); console.log('  trace', events.length, 'events ->', trace); }
}
if (['drops', 'connects', 'moves'].includes(action)) await series(action, Number(args[0] || 10), args[1]);
else if (action === 'profile') {
  // The page's JavaScript under V8's sampling profiler over N drops: self and inclusive time per function, per edit.
  await c.send('Profiler.enable', {}, sessionId);
  await c.send('Profiler.setSamplingInterval', { interval: 200 }, sessionId);
  await c.send('Profiler.start', {}, sessionId);
  const n = Number(args[0] || 6);
  for (let i = 0; i < n; i++) { await gesture(info.drop.replace('%X%', String((i % 7) * 30))); await new Promise(r => setTimeout(r, 200)); }
  const { profile } = await c.send('Profiler.stop', {}, sessionId);
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const self = new Map(); const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (profile.timeDeltas[i] || 0)));
  const name = node => node.callFrame.functionName + ' ' + node.callFrame.url.split('/').pop() + ':' + node.callFrame.lineNumber;
  const inclusive = new Map();
  const walk = (node, onStack) => {
    const own = dt.get(node.id) || 0; let total = own;
    for (const child of node.children || []) total += walk(byId.get(child), new Set([...onStack, name(node)]));
    self.set(name(node), (self.get(name(node)) || 0) + own);
    if (!onStack.has(name(node))) inclusive.set(name(node), (inclusive.get(name(node)) || 0) + total);
    return total;
  };
  walk(profile.nodes[0], new Set());
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, us]) => `${(us / 1000 / n).toFixed(1).padStart(7)}  ${f}`).join('\n');
  console.log('self ms per edit:\n' + top(self, 25));
  console.log('inclusive ms per edit (design-canvas):\n' + top(new Map([...inclusive].filter(([f]) => /patch|parsedSvg|clean|splitDashes|showOverview|updated|highlight|makeRoom|keepClear|importNode/.test(f))), 15));
}
else if (action === 'css') console.log(await evaluate(`(() => { let s = document.getElementById('paint-variant'); if (!s) { s = document.createElement('style'); s.id = 'paint-variant'; document.head.appendChild(s); } s.textContent = ${JSON.stringify(args[0] || '')}; return 'css set'; })()`));
else if (action === 'js') console.log(JSON.stringify(await evaluate(args[0])));
else if (action === 'shot') { const r = await c.send('Page.captureScreenshot', { format: 'png' }, sessionId); fs.writeFileSync(args[0], Buffer.from(r.data, 'base64')); console.log('shot', args[0]); }
c.close();
process.exit(0);
