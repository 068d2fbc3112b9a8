// The planner's canvas in the browser: pan, zoom, select, drag, connect and drop from the palette. It only reports
// gestures to the server (DesignCanvas, @ClientCallable); the server decides what an edit means and sends the new
// drawing back: whole through update(), or only the parts that changed through patch(). A large plan also comes with
// an overview (zones and counts), shown instead of the elements while the view is zoomed out below LOD_SCALE.
// Run through executeJs with `this` bound to the canvas element; installs once.
(function (host) {
  if (host.__canvas) {
    return;
  }
  const viewport = host.querySelector('.canvas-viewport');
  const state = { scale: 1, tx: 0, ty: 0, followFit: true, mode: 'move', selected: null, revision: 0, width: 0,
    height: 0 };
  const MIN_SCALE = 0.01; // a 1,000-store drawing is about 8,000 units wide: fitted into 200 pixels, 0.025
  const MAX_SCALE = 4;
  // Below this zoom a store's 10-unit name is under 5 pixels: the overview (zones and counts) is shown instead.
  const LOD_SCALE = 0.5;
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const DRAG_THRESHOLD = 4;
  const MOVABLE = ['location', 'store'];
  const SELECTABLE = ['location', 'store', 'link', 'flow'];
  const pointers = new Map();
  let gesture = null;
  let pinch = null;
  let suppressClick = false;
  // Parts moved by a drag (a transform on them) until the server's answer puts them where they now are.
  let displaced = [];

  const style = document.createElement('style');
  // The canvas takes the keyboard focus as a whole: the drawing's frame shows it (the host draws no outline).
  style.textContent = '#design-canvas:focus-visible .canvas-viewport { outline: 3px solid #1f6feb;'
      + ' outline-offset: -3px; }'
      + ' .canvas-selected { filter: drop-shadow(0 0 4px #1f6feb) drop-shadow(0 0 2px #1f6feb); }'
      + ' .canvas-dragging { opacity: 0.75; } .canvas-viewport svg { display: block; position: absolute; left: 0; top: 0; user-select: none;'
      + ' max-width: none; }'
      + ' #design-canvas[data-level="zones"] .canvas-detail, #design-canvas[data-level="elements"]'
      + ' .canvas-overview { display: none; }'
      + ' .canvas-ghost { position: fixed; pointer-events: none; z-index: 1000; padding: 4px 8px;'
      + ' background: #fff; border: 1px solid #1f6feb; border-radius: 6px; font-size: 13px; }';
  host.appendChild(style);

  function drawing() {
    return viewport.querySelector('svg');
  }

  // Writes only what changed: an unchanged value written again still makes the browser restyle what depends on it
  // (the level shows or hides all of the drawing's elements).
  function applyTransform() {
    const svg = drawing();
    if (svg) {
      const transform = 'translate(' + state.tx + 'px, ' + state.ty + 'px) scale(' + state.scale + ')';
      if (svg.style.transform !== transform) {
        svg.style.transformOrigin = '0 0';
        svg.style.transform = transform;
      }
    }
    const zoom = String(Math.round(state.scale * 100));
    if (host.dataset.zoom !== zoom) {
      host.dataset.zoom = zoom;
    }
    const overview = viewport.querySelector(':scope > svg > .canvas-overview');
    const level = overview && overview.childElementCount > 0 && state.scale < LOD_SCALE ? 'zones' : 'elements';
    if (host.dataset.level !== level) {
      host.dataset.level = level;
    }
    const label = host.querySelector('.canvas-zoom-level');
    if (label && label.textContent !== zoom + ' %') {
      label.textContent = zoom + ' %';
    }
  }

  // The frame's size as the ResizeObserver last reported it. Fitting after an edit must not ask the page for it
  // (getBoundingClientRect): that forces the browser to lay out the new drawing and the rest of the response's
  // changes at once, in the middle of the update, and again when the frame is painted.
  let frameSize = null;

  function viewportSize() {
    if (!frameSize) {
      const r = viewport.getBoundingClientRect();
      frameSize = { width: r.width, height: r.height };
    }
    return frameSize;
  }

  function toDiagram(clientX, clientY) {
    const r = viewport.getBoundingClientRect();
    return { x: (clientX - r.left - state.tx) / state.scale, y: (clientY - r.top - state.ty) / state.scale };
  }

  function zoomAt(factor, clientX, clientY) {
    state.followFit = false;
    const r = viewport.getBoundingClientRect();
    const px = clientX === undefined ? r.width / 2 : clientX - r.left;
    const py = clientY === undefined ? r.height / 2 : clientY - r.top;
    const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, state.scale * factor));
    state.tx = px - (px - state.tx) * scale / state.scale;
    state.ty = py - (py - state.ty) * scale / state.scale;
    state.scale = scale;
    applyTransform();
  }

  // The view the canvas keeps by itself (until the user zooms or pans) on a window up to COMPACT_WINDOW wide: the
  // whole drawing when it is readable fitted, else READABLE_SCALE at the drawing's top left, where a store's 11-unit
  // name is 8 pixels high (docs/planner-ui.md, "Readable at 1,280 px"). Fit (the button, 0) always shows the whole.
  const READABLE_SCALE = 0.75;
  const COMPACT_WINDOW = 1440;

  // After Fit (the button, 0) the view follows the whole drawing, readable or not.
  let wholeAsked = false;
  function fit(whole) {
    wholeAsked = wholeAsked || whole === true;
    const svg = drawing();
    if (!svg) {
      return;
    }
    const width = state.width;
    const height = state.height;
    const r = viewportSize();
    if (!(width > 0 && height > 0 && r.width > 0 && r.height > 0)) {
      return;
    }
    const fitted = Math.min(r.width / width, r.height / height) * 0.98;
    const overview = viewport.querySelector('.canvas-overview');
    if (!wholeAsked && fitted < READABLE_SCALE && window.innerWidth <= COMPACT_WINDOW
        && !(overview && overview.childElementCount > 0)) {
      state.scale = READABLE_SCALE;
      state.tx = 8;
      state.ty = 8;
      applyTransform();
      return;
    }
    state.scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, fitted));
    state.tx = (r.width - width * state.scale) / 2;
    state.ty = Math.max(0, (r.height - height * state.scale) / 2);
    applyTransform();
  }

  // Defence in depth: the server's SVG writer escapes every name, but nothing that could run is ever inserted.
  function clean(node) {
    for (const element of Array.from(node.querySelectorAll('script, foreignObject, iframe, object, embed'))) {
      element.remove();
    }
    for (const element of [node, ...node.querySelectorAll('*')]) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || ((name === 'href' || name === 'xlink:href')
            && !attribute.value.startsWith('#'))) {
          element.removeAttribute(attribute.name);
        }
      }
    }
  }

  // Dashed and dotted lines in pieces the browser can rasterise quickly. Chromium rasterises the drawing tile by
  // tile (in software where there is no GPU) and dashes a path whole every time it draws it into a tile, except a
  // path that is one straight line, whose dashes it cuts to the tile. At 1,000 stores 686 flows are dashed (internet,
  // VPN, ExpressRoute Microsoft peering), routes thousands of units long, and every tile an edit invalidates dashed
  // them all again: about 700 ms of CPU per edit zoomed in, against 250 ms with the dashes drawn solid
  // (docs/planner-ui.md, "Measured figures"). So each straight run of a dashed route becomes a path of its own, and
  // each elbow a short path of its own (its round join kept), cut where the pattern has a gap and continued from
  // where it was (stroke-dashoffset): the dashes fall exactly where they fell.
  const NUMBER_PAIR = /(-?[\d.]+),(-?[\d.]+)/;
  const POLYLINES = /^(M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+)+)+$/;

  function splitDashes(root) {
    for (const path of Array.from(root.querySelectorAll('path'))) {
      const group = path.parentNode;
      const style = group && group.getAttribute ? group.getAttribute('style') || '' : '';
      const dashes = /stroke-dasharray:\s*([\d.,\s]+)/.exec(style);
      const d = path.getAttribute('d') || '';
      if (!dashes || style.includes('dashoffset') || path.attributes.length !== 1 || !POLYLINES.test(d)) {
        continue;
      }
      let pattern = dashes[1].split(/[\s,]+/).map(Number).filter(n => n >= 0);
      if (pattern.length % 2 === 1) {
        pattern = pattern.concat(pattern);
      }
      const period = pattern.reduce((a, b) => a + b, 0);
      if (!(period > 0) || pattern.some(n => !isFinite(n))) {
        continue;
      }
      const pieces = [];
      for (const run of d.split('M').filter(part => part)) {
        const points = run.split('L').map(pair => NUMBER_PAIR.exec(pair)).map(m => [Number(m[1]), Number(m[2])]);
        pieces.push(...dashedPieces(points, pattern, period));
      }
      if (pieces.length <= 1) {
        continue;
      }
      for (const piece of pieces) {
        const part = document.createElementNS(SVG_NS, 'path');
        part.setAttribute('d', 'M' + piece.points.map(p => p[0] + ',' + p[1]).join('L'));
        if (piece.offset !== 0) {
          part.setAttribute('style', 'stroke-dashoffset:' + piece.offset);
        }
        group.insertBefore(part, path);
      }
      path.remove();
    }
  }

  // The middle of the first gap of the pattern at or after length `at`.
  function gapAfter(at, pattern, period) {
    const base = Math.floor(at / period) * period;
    for (let turn = 0; turn < 2; turn++) {
      let position = base + turn * period;
      for (let i = 0; i < pattern.length; i += 2) {
        const middle = position + pattern[i] + pattern[i + 1] / 2;
        if (pattern[i + 1] > 0 && middle >= at) {
          return middle;
        }
        position += pattern[i] + pattern[i + 1];
      }
    }
    return Infinity;
  }

  // One polyline cut into pieces at gaps: a straight run's middle alone, each elbow with a little of both sides.
  function dashedPieces(points, pattern, period) {
    const cuts = []; // lengths along the line where it is cut, each inside a gap
    const starts = [0];
    for (let i = 1; i < points.length; i++) {
      const length = Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
      starts.push(starts[i - 1] + length);
      const first = gapAfter(starts[i - 1], pattern, period);
      const last = gapAfter(starts[i] - 2 * period, pattern, period);
      if (length > 4 * period && first < last && last < starts[i]) {
        cuts.push(first, last);
      }
    }
    const pointAt = length => {
      let i = 1;
      while (i < points.length - 1 && starts[i] < length) {
        i++;
      }
      const t = (length - starts[i - 1]) / ((starts[i] - starts[i - 1]) || 1);
      const round = v => Math.round(v * 1000) / 1000;
      return [round(points[i - 1][0] + (points[i][0] - points[i - 1][0]) * t),
        round(points[i - 1][1] + (points[i][1] - points[i - 1][1]) * t)];
    };
    const pieces = [];
    let from = 0;
    let fromPoint = points[0];
    for (const cut of cuts.concat([Infinity])) {
      const to = Math.min(cut, starts[starts.length - 1]);
      const piece = [fromPoint];
      for (let i = 1; i < points.length; i++) {
        if (starts[i] > from && starts[i] < to) {
          piece.push(points[i]);
        }
      }
      const toPoint = cut === Infinity ? points[points.length - 1] : pointAt(cut);
      piece.push(toPoint);
      pieces.push({ points: piece, offset: Math.round(from * 1000) / 1000 });
      from = to;
      fromPoint = toPoint;
    }
    return pieces;
  }

  // What the view shows now: the overview's zones or the drawing's elements (keyboard choice walks this one).
  function visibleLayer() {
    const layer = viewport.querySelector(host.dataset.level === 'zones' ? '.canvas-overview' : '.canvas-detail');
    return layer || viewport;
  }

  // Parses markup (one <svg> element), drops anything executable, and answers it imported into this page.
  function parsedSvg(markup) {
    const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = parsed.documentElement;
    if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS
        || root.getElementsByTagName('parsererror').length > 0) {
      return null;
    }
    clean(root);
    splitDashes(root);
    return document.importNode(root, true);
  }

  // The overview as last put in: an edit that leaves it as it was (most edits at zoomed-in levels, where it is
  // hidden anyway) neither parses it again nor makes the browser lay it out again.
  let overviewShown = null;

  function showOverview(svg, markup) {
    let layer = svg.querySelector(':scope > .canvas-overview');
    if (layer && markup === overviewShown) {
      return;
    }
    if (!layer) {
      layer = document.createElementNS(SVG_NS, 'g');
      layer.setAttribute('class', 'canvas-overview');
      svg.appendChild(layer);
    }
    overviewShown = markup;
    const overview = markup ? parsedSvg(markup) : null;
    layer.replaceChildren(...(overview ? Array.from(overview.childNodes) : []));
  }

  // Puts the overview's groups that changed into the page (DesignCanvas, OverviewParts): each named by its kind and
  // id ("location dc"), {removed: [key], parts: [[key, follows, markup]]}, in painting order.
  function patchOverview(svg, update) {
    const layer = svg.querySelector(':scope > .canvas-overview');
    if (!layer) {
      return;
    }
    if (update.removed.length === 0 && update.parts.length === 0) {
      return;
    }
    const byKey = new Map();
    for (const child of layer.children) {
      if (child.hasAttribute('data-element-kind')) {
        byKey.set(child.getAttribute('data-element-kind') + ' ' + child.getAttribute('data-element-id'), child);
      }
    }
    if (!putParts(layer, byKey, update.removed, update.parts)) {
      return;
    }
    overviewShown = null; // the page's overview is no longer one markup string
  }

  // Puts the parts of a layer that changed into the page (the drawing's in patch, the overview's in patchOverview):
  // removes the parts whose keys are in removed, and puts each of parts ([key, follows, markup], in painting order)
  // in place of its old self, after the part it follows (first when it follows none). byKey maps each part's key to
  // its element in the layer and is kept up to date. False when the new parts' markup does not parse.
  function putParts(layer, byKey, removed, parts) {
    for (const key of removed) {
      const old = byKey.get(key);
      if (old) {
        old.remove();
        byKey.delete(key);
      }
    }
    if (parts.length === 0) {
      return true;
    }
    const fresh = parsedSvg('<svg xmlns="' + SVG_NS + '">' + parts.map(part => part[2]).join('') + '</svg>');
    if (!fresh) {
      return false;
    }
    const elements = Array.from(fresh.children);
    parts.forEach((part, i) => {
      const old = byKey.get(part[0]);
      if (old) {
        old.remove();
      }
      const after = part[1] === null ? null : byKey.get(part[1]);
      if (after) {
        after.after(elements[i]);
      } else {
        layer.prepend(elements[i]);
      }
      byKey.set(part[0], elements[i]);
    });
    return true;
  }

  function putBack() {
    displaced.forEach(part => place(part, 0, 0));
    displaced = [];
  }

  // A part the server moved without drawing it again carries the distance in data-shift; a drag adds to it.
  function place(part, dx, dy) {
    const [sx, sy] = (part.getAttribute('data-shift') || '0 0').split(' ').map(Number);
    if (sx + dx === 0 && sy + dy === 0) {
      part.removeAttribute('transform');
    } else {
      part.setAttribute('transform', 'translate(' + (sx + dx) + ' ' + (sy + dy) + ')');
    }
  }

  // The drawing's size is kept in state; the <svg> element only needs to be at least that large (its user units
  // stay pixels, so nothing moves). Writing its size (width, height or viewBox), even unchanged, makes the browser
  // lay out and paint every part again: at 1,000 stores 30,000 shapes, 100-500 ms. So an edit leaves the size alone
  // unless the drawing outgrew it, and then makes a quarter more room than needed, so that a zone growing store by
  // store does not pay that on every drop.
  const ROOM = 1.25;

  function makeRoom(svg, width, height) {
    state.width = width;
    state.height = height;
    const roomWidth = parseFloat(svg.getAttribute('width'));
    const roomHeight = parseFloat(svg.getAttribute('height'));
    if (width <= roomWidth && height <= roomHeight) {
      return;
    }
    const newWidth = Math.ceil(Math.max(roomWidth, width * ROOM));
    const newHeight = Math.ceil(Math.max(roomHeight, height * ROOM));
    svg.setAttribute('width', newWidth);
    svg.setAttribute('height', newHeight);
    svg.setAttribute('viewBox', '0 0 ' + newWidth + ' ' + newHeight);
  }

  function updated(selectedKind, selectedId) {
    // The view follows the drawing (fit to screen) until the user zooms or pans; then it stays as they left it.
    if (state.followFit) {
      fit();
    }
    applyTransform();
    state.selected = selectedKind ? { kind: selectedKind, id: selectedId } : null;
    highlight();
    state.revision++;
    host.dataset.revision = String(state.revision);
  }

  function selector(kind, id) {
    return '[data-element-kind="' + CSS.escape(kind) + '"][data-element-id~="' + CSS.escape(id) + '"]';
  }

  function highlight() {
    keepClearOfPanel();
    for (const element of Array.from(viewport.querySelectorAll('.canvas-selected'))) {
      element.classList.remove('canvas-selected');
    }
    if (state.selected) {
      for (const element of viewport.querySelectorAll(selector(state.selected.kind, state.selected.id))) {
        element.classList.add('canvas-selected');
      }
    }
  }

  function elementAt(target) {
    const group = target && target.closest ? target.closest('[data-element-kind]') : null;
    if (!group || !viewport.contains(group)) {
      return null;
    }
    const kind = group.getAttribute('data-element-kind');
    const id = (group.getAttribute('data-element-id') || '').split(' ')[0];
    return SELECTABLE.includes(kind) ? { kind: kind, id: id } : null;
  }

  function partsOf(element) {
    const parts = Array.from(viewport.querySelectorAll(selector(element.kind, element.id)));
    if (element.kind === 'location') {
      parts.push(...viewport.querySelectorAll('[data-zone="' + CSS.escape(element.id) + '"]'));
    }
    return parts;
  }

  function server() {
    return host.$server;
  }

  // ---- pointer gestures on the drawing ------------------------------------------------------------------------

  viewport.addEventListener('pointerdown', event => {
    if (event.pointerType === 'mouse' && event.button !== 0) {
      return;
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    viewport.setPointerCapture(event.pointerId);
    host.focus({ preventScroll: true });
    if (pointers.size === 2) {
      const [a, b] = Array.from(pointers.values());
      pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), scale: state.scale };
      cancelGesture();
      return;
    }
    const element = elementAt(event.target);
    gesture = {
      startX: event.clientX, startY: event.clientY, tx: state.tx, ty: state.ty, element: element,
      connect: element !== null && MOVABLE.includes(element.kind) && (state.mode === 'connect' || event.shiftKey),
      moved: false, parts: [], line: null
    };
    event.preventDefault();
  });

  viewport.addEventListener('pointermove', event => {
    if (!pointers.has(event.pointerId)) {
      return;
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pinch && pointers.size === 2) {
      const [a, b] = Array.from(pointers.values());
      const factor = pinch.scale * Math.hypot(a.x - b.x, a.y - b.y) / pinch.distance / state.scale;
      zoomAt(factor, (a.x + b.x) / 2, (a.y + b.y) / 2);
      return;
    }
    if (!gesture) {
      return;
    }
    const dx = event.clientX - gesture.startX;
    const dy = event.clientY - gesture.startY;
    if (!gesture.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
      return;
    }
    if (!gesture.moved) {
      gesture.moved = true;
      startDrag();
    }
    const element = gesture.element;
    if (element && gesture.connect) {
      const to = toDiagram(event.clientX, event.clientY);
      gesture.line.setAttribute('x2', to.x);
      gesture.line.setAttribute('y2', to.y);
    } else if (element && MOVABLE.includes(element.kind)) {
      for (const part of gesture.parts) {
        place(part, dx / state.scale, dy / state.scale);
      }
    } else {
      state.followFit = false;
      state.tx = gesture.tx + dx;
      state.ty = gesture.ty + dy;
      applyTransform();
    }
  });

  function startDrag() {
    const element = gesture.element;
    if (element && gesture.connect) {
      const from = toDiagram(gesture.startX, gesture.startY);
      const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      line.setAttribute('x1', from.x);
      line.setAttribute('y1', from.y);
      line.setAttribute('x2', from.x);
      line.setAttribute('y2', from.y);
      line.setAttribute('stroke', '#1f6feb');
      line.setAttribute('stroke-width', 2 / state.scale);
      line.setAttribute('stroke-dasharray', '6 4');
      line.setAttribute('pointer-events', 'none');
      line.setAttribute('class', 'canvas-connector');
      drawing().appendChild(line);
      gesture.line = line;
    } else if (element && MOVABLE.includes(element.kind)) {
      gesture.parts = partsOf(element);
      gesture.parts.forEach(part => part.classList.add('canvas-dragging'));
    }
  }

  function cancelGesture() {
    if (gesture && gesture.line) {
      gesture.line.remove();
    }
    if (gesture) {
      gesture.parts.forEach(part => {
        place(part, 0, 0);
        part.classList.remove('canvas-dragging');
      });
    }
    gesture = null;
  }

  function endPointer(event) {
    pointers.delete(event.pointerId);
    if (pinch) {
      if (pointers.size === 0) {
        pinch = null;
      }
      return;
    }
    const ended = gesture;
    gesture = null;
    if (!ended) {
      return;
    }
    const element = ended.element;
    if (!ended.moved) {
      select(element);
      server().selected(element ? element.kind : '', element ? element.id : '');
      return;
    }
    if (element && ended.connect) {
      ended.line.remove();
      const target = elementAt(document.elementFromPoint(event.clientX, event.clientY));
      if (target && target.kind === element.kind && target.id !== element.id) {
        createdByPointerAt = performance.now();
        server().connected(element.kind, element.id, target.id);
      }
    } else if (element && MOVABLE.includes(element.kind)) {
      const dx = (event.clientX - ended.startX) / state.scale;
      const dy = (event.clientY - ended.startY) / state.scale;
      ended.parts.forEach(part => part.classList.remove('canvas-dragging'));
      displaced.push(...ended.parts);
      server().moved(element.kind, element.id, dx, dy);
    }
  }

  viewport.addEventListener('pointerup', endPointer);
  viewport.addEventListener('pointercancel', event => {
    pointers.delete(event.pointerId);
    pinch = null;
    cancelGesture();
  });

  viewport.addEventListener('wheel', event => {
    event.preventDefault();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX, event.clientY);
  }, { passive: false });

  function select(element) {
    state.selected = element;
    highlight();
  }

  // ---- keyboard: choose, zoom, nudge, delete ------------------------------------------------------------------

  // Every selectable element once, in drawing order (zones, stores, links, flows); an edge carrying several flows
  // offers each of them.
  function selectableElements() {
    const seen = new Set();
    const list = [];
    for (const group of visibleLayer().querySelectorAll('[data-element-kind]')) {
      const kind = group.getAttribute('data-element-kind');
      if (!SELECTABLE.includes(kind)) {
        continue;
      }
      for (const id of (group.getAttribute('data-element-id') || '').split(' ').filter(part => part)) {
        if (!seen.has(kind + ' ' + id)) {
          seen.add(kind + ' ' + id);
          list.push({ kind: kind, id: id });
        }
      }
    }
    return list;
  }

  // Enter (or Space) picks the first element, Tab and Shift+Tab the next and previous. Tab past the last one (or
  // with nothing selected) leaves the canvas as usual, so the keyboard is never trapped here.
  function chooseByKeyboard(step) {
    const list = selectableElements();
    const at = state.selected ? list.findIndex(e => e.kind === state.selected.kind && e.id === state.selected.id)
        : -1;
    const next = step === 0 ? list[0] : list[at + step];
    if (step !== 0 && (at < 0 || !next)) {
      if (state.selected) {
        select(null);
        server().selected('', '');
      }
      return false;
    }
    if (!next) {
      return false;
    }
    select(next);
    reveal(next);
    server().selected(next.kind, next.id);
    return true;
  }

  // Pans (never zooms) so that an element chosen from the keyboard is on screen, clear of the side panel floating
  // over the canvas's right edge; a pointer user sees what they click, a keyboard user must see what they chose.
  function reveal(element) {
    const view = viewport.getBoundingClientRect();
    const panel = document.getElementById('element-panel');
    // The panel keeps its place while hidden, and a keyboard selection opens it: keep clear of it either way.
    const covered = panel ? panel.getBoundingClientRect().left : view.right;
    const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    for (const part of viewport.querySelectorAll(selector(element.kind, element.id))) {
      const r = part.getBoundingClientRect();
      box.left = Math.min(box.left, r.left); box.top = Math.min(box.top, r.top);
      box.right = Math.max(box.right, r.right); box.bottom = Math.max(box.bottom, r.bottom);
    }
    // Room around it when there is room; an element wider (taller) than the free part starts at its left (top).
    const free = { left: view.left, top: view.top, right: Math.min(view.right, covered), bottom: view.bottom };
    const shift = (low, high, from, to) => {
      const margin = Math.max(0, Math.min(24, (high - low - (to - from)) / 2));
      return to - from > high - low || from < low + margin ? low + margin - from : Math.min(0, high - margin - to);
    };
    const dx = shift(free.left, free.right, box.left, box.right);
    const dy = shift(free.top, free.bottom, box.top, box.bottom);
    if (box.left !== Infinity && (dx || dy)) {
      state.followFit = false;
      state.tx += dx;
      state.ty += dy;
      applyTransform();
    }
  }

  // A newly selected element opens in the side panel, which floats over the canvas's right edge (up to 40 % of it
  // at 1,280 px): an element where the panel opens is panned to the left of it, never zoomed, so that what is being
  // edited stays in sight (docs/planner-ui.md, "The side panel beside the selection"). Only sideways, only when the
  // panel would cover it, and not in connect mode (the panel stays closed then); an element wider than the room
  // beside the panel is moved only when almost all of it is under the panel, and then starts at the room's left.
  // Not for what the pointer has just created (a drop from the palette, a dragged link or flow): the architect put
  // it where it is, and panning the drawing under the pointer then would move the zone the next drop aims at.
  let clearedFor = null;
  let createdByPointerAt = -Infinity;
  function keepClearOfPanel() {
    const key = state.selected ? state.selected.kind + ' ' + state.selected.id : null;
    if (key === clearedFor) {
      return;
    }
    clearedFor = key;
    if (performance.now() - createdByPointerAt < 5000) {
      createdByPointerAt = -Infinity;
      return;
    }
    const panel = document.getElementById('element-panel');
    if (!key || !panel || state.mode === 'connect') {
      return;
    }
    const view = viewport.getBoundingClientRect();
    const covered = Math.min(view.right, panel.getBoundingClientRect().left);
    let left = Infinity;
    let right = -Infinity;
    for (const part of visibleLayer().querySelectorAll(selector(state.selected.kind, state.selected.id))) {
      const r = part.getBoundingClientRect();
      if (r.width > 0 || r.height > 0) {
        left = Math.min(left, r.left);
        right = Math.max(right, r.right);
      }
    }
    if (left === Infinity || right <= covered) {
      return;
    }
    const margin = Math.max(0, Math.min(24, (covered - view.left - (right - left)) / 2));
    let dx = covered - margin - right;
    if (right - left > covered - view.left - 2 * margin) {
      if (left < covered - 48) {
        return; // wider than the room and already partly in it
      }
      dx = view.left + margin - left;
    }
    state.followFit = false;
    state.tx += dx;
    applyTransform();
  }

  host.addEventListener('keydown', event => {
    if (event.target !== host) {
      return;
    }
    const step = event.shiftKey ? 50 : 10;
    const nudges = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      if (!state.selected || !chooseByKeyboard(event.shiftKey ? -1 : 1)) {
        return;
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && !state.selected) {
      chooseByKeyboard(0);
    } else if (event.key === 'Enter') {
      // The editor opens the selected element in its side panel and moves the focus there (CanvasEditor).
      host.dispatchEvent(new CustomEvent('canvas-edit', { detail: state.selected }));
    } else if (event.key === '+' || event.key === '=') {
      zoomAt(1.25);
    } else if (event.key === '-') {
      zoomAt(0.8);
    } else if (event.key === '0') {
      fit(true);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && state.selected) {
      server().deleteSelected();
    } else if (event.key === 'Escape') {
      return; // heard on the window, below
    } else if (nudges[event.key] && state.selected && MOVABLE.includes(state.selected.kind)) {
      server().moved(state.selected.kind, state.selected.id, nudges[event.key][0], nudges[event.key][1]);
    } else {
      return;
    }
    event.preventDefault();
  });

  // Escape on the canvas clears the selection. It is heard on the window in the capture phase, before anything in
  // the page: while any Vaadin tooltip is open (a button's under a resting pointer, the side panel's × after the
  // panel closed over it) the tooltip takes Escape at the document and stops it, so a listener on the canvas did
  // not always hear it (docs/planner-ui.md, "Escape and tooltips"). Installed while the canvas has the focus.
  function escapeFirst(event) {
    if (!host.isConnected) {
      window.removeEventListener('keydown', escapeFirst, true);
      return;
    }
    if (event.key === 'Escape' && event.target === host && !event.defaultPrevented) {
      select(null);
      server().selected('', '');
    }
  }
  host.addEventListener('focus', () => window.addEventListener('keydown', escapeFirst, true));
  if (document.activeElement === host) {
    window.addEventListener('keydown', escapeFirst, true);
  }
  host.addEventListener('blur', () => window.removeEventListener('keydown', escapeFirst, true));

  // ---- the palette: drag an item onto the drawing to place it there; a click adds it where the planner picks ----

  host.addEventListener('pointerdown', event => {
    const item = event.target.closest ? event.target.closest('[data-palette-kind]') : null;
    if (!item || !host.contains(item) || (event.pointerType === 'mouse' && event.button !== 0)) {
      return;
    }
    const drag = { item: item, startX: event.clientX, startY: event.clientY, ghost: null };
    item.setPointerCapture(event.pointerId);
    const move = moveEvent => {
      if (!drag.ghost && Math.hypot(moveEvent.clientX - drag.startX, moveEvent.clientY - drag.startY)
          >= DRAG_THRESHOLD) {
        drag.ghost = document.createElement('div');
        drag.ghost.className = 'canvas-ghost';
        drag.ghost.textContent = item.textContent;
        document.body.appendChild(drag.ghost);
      }
      if (drag.ghost) {
        drag.ghost.style.left = (moveEvent.clientX + 8) + 'px';
        drag.ghost.style.top = (moveEvent.clientY + 8) + 'px';
      }
    };
    const up = upEvent => {
      item.removeEventListener('pointermove', move);
      item.removeEventListener('pointerup', up);
      item.removeEventListener('pointercancel', up);
      if (!drag.ghost) {
        return;
      }
      drag.ghost.remove();
      suppressClick = true;
      const r = viewport.getBoundingClientRect();
      if (upEvent.type === 'pointerup' && upEvent.clientX >= r.left && upEvent.clientX <= r.right
          && upEvent.clientY >= r.top && upEvent.clientY <= r.bottom) {
        const at = toDiagram(upEvent.clientX, upEvent.clientY);
        createdByPointerAt = performance.now();
        server().dropped(item.getAttribute('data-palette-kind'), item.getAttribute('data-palette-value'), at.x,
            at.y);
      }
    };
    item.addEventListener('pointermove', move);
    item.addEventListener('pointerup', up);
    item.addEventListener('pointercancel', up);
  });

  // The click that follows a drag from the palette must not add the item a second time.
  host.addEventListener('click', event => {
    if (suppressClick) {
      suppressClick = false;
      event.stopPropagation();
      event.preventDefault();
    }
  }, true);

  // The frame gets its size after the first drawing arrives (and changes with the window and the split): follow it.
  new ResizeObserver(entries => {
    const box = entries[entries.length - 1].borderBoxSize[0]; // the size getBoundingClientRect answers
    frameSize = { width: box.inlineSize, height: box.blockSize };
    if (state.followFit) {
      fit();
    }
  }).observe(viewport, { box: 'border-box' });

  host.__canvas = {
    update(markup, overview, selectedKind, selectedId) {
      const svg = parsedSvg(markup);
      if (!svg) {
        return;
      }
      cancelGesture();
      displaced = [];
      // The drawing's parts go into one layer, so that the overview can stand in for them when zoomed out.
      const detail = document.createElementNS(SVG_NS, 'g');
      detail.setAttribute('class', 'canvas-detail');
      detail.append(...Array.from(svg.childNodes).filter(node => node.localName !== 'defs'));
      svg.appendChild(detail);
      state.width = parseFloat(svg.getAttribute('width'));
      state.height = parseFloat(svg.getAttribute('height'));
      showOverview(svg, overview);
      viewport.replaceChildren(svg);
      updated(selectedKind, selectedId);
    },
    // Puts the parts that changed into the drawing and moves those that only moved:
    // {width, height, removed: [id], parts: [[id, follows, markup]], shifted: [[id, dx, dy]]}.
    patch(message, overview, selectedKind, selectedId) {
      const update = JSON.parse(message);
      const svg = drawing();
      const layer = svg ? svg.querySelector(':scope > .canvas-detail') : null;
      if (!layer) {
        return;
      }
      cancelGesture();
      putBack();
      const byId = new Map();
      for (const child of layer.children) {
        byId.set(child.getAttribute('data-diagram-id'), child);
      }
      if (!putParts(layer, byId, update.removed, update.parts)) {
        return;
      }
      for (const [id, dx, dy] of update.shifted) {
        const part = byId.get(id);
        if (part) {
          const [sx, sy] = (part.getAttribute('data-shift') || '0 0').split(' ').map(Number);
          part.setAttribute('data-shift', (sx + dx) + ' ' + (sy + dy));
          place(part, 0, 0);
        }
      }
      makeRoom(svg, update.width, update.height);
      if (update.overview) {
        patchOverview(svg, update.overview);
      } else {
        showOverview(svg, overview);
      }
      updated(selectedKind, selectedId);
    },
    select(selectedKind, selectedId) {
      state.selected = selectedKind ? { kind: selectedKind, id: selectedId } : null;
      highlight();
    },
    zoom(factor) {
      zoomAt(factor);
    },
    fit() {
      fit(true);
      state.followFit = true;
    },
    mode(mode) {
      state.mode = mode;
      host.dataset.mode = mode;
    }
  };
})(this);
