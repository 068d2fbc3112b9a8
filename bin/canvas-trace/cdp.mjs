// Minimal CDP client: node --experimental-websocket cdp.mjs
export async function connect(url) {
  const ws = new WebSocket(url);
  await new Promise((ok, bad) => { ws.onopen = ok; ws.onerror = bad; });
  let id = 0;
  const pending = new Map();
  const listeners = [];
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && pending.has(msg.id)) { const p = pending.get(msg.id); pending.delete(msg.id); msg.error ? p.bad(new Error(JSON.stringify(msg.error))) : p.ok(msg.result); }
    else for (const l of listeners) l(msg);
  };
  return {
    send(method, params = {}, sessionId) { const i = ++id; ws.send(JSON.stringify({ id: i, method, params, ...(sessionId ? { sessionId } : {}) })); return new Promise((ok, bad) => pending.set(i, { ok, bad })); },
    on(f) { listeners.push(f); },
    close() { ws.close(); }
  };
}
