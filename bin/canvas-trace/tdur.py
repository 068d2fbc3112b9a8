import json, sys, collections
ev = json.load(open(sys.argv[1]))['traceEvents']
names = {}
for e in ev:
    if e.get('ph') == 'M' and e.get('name') == 'thread_name': names[(e['pid'], e['tid'])] = e['args']['name']
marks = sorted((e['ts'], e['name']) for e in ev if e.get('cat', '').startswith('blink.user_timing') and e['name'] in ('gesture','painted'))
win = []; g = None
for ts, n in marks:
    if n == 'gesture': g = ts
    elif g is not None: win.append((g, ts)); g = None
inside = lambda ts: any(a <= ts <= b for a, b in win)
tot = collections.defaultdict(collections.Counter)
for e in ev:
    if e.get('ph') == 'X' and 'tdur' in e and inside(e['ts']):
        tot[names.get((e['pid'], e['tid']), '?')][e['name']] += e['tdur']
n = len(win)
m = tot['CrRendererMain']; w = tot['ThreadPoolForegroundWorker']; c = tot['Compositor']
print('  thread CPU per edit ms: main %.0f (script %.0f, style %.0f, layout %.0f, paint %.0f, layerize %.0f, prepaint %.0f), raster %.0f, compositor %.0f' % tuple(x / 1000 / n for x in (m['ThreadControllerImpl::RunTask'], m['FunctionCall'], m['UpdateLayoutTree'], m['Layout'], m['Paint'] , m['Layerize'], m['PrePaint'], w['RasterTask'], c['ThreadControllerImpl::RunTask'])))
