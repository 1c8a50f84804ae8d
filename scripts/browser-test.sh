#!/usr/bin/env bash
# Browser test of `zhfacts review` on the seed article: renders the report in headless
# Chromium (Debian's `chromium`, installed when missing) to PNG screenshots at 1280x800 and
# 400x860 and to DOM dumps, then checks that
#   - every row of `zhfacts extract` CSV for the seed is a highlight over the same text and
#     offset, of the same kind, whose title carries its value, unit, approx, time, metric
#     and modality, with a table row pointing back at it;
#   - the page's own self-check (data-selfcheck) and, opened as #selftest, its interaction
#     self-test (keyboard j/k/arrows/Enter, tooltip, row <-> span, sort, filter) pass;
#   - Chromium logged no console message and no uncaught error.
# Skips when ../shared is absent, unless CI=true. Artifacts stay in $BROWSER_TEST_OUT
# (default /tmp/zhfacts-browser-test). ZHFACTS_BIN skips the build and uses that binary;
# ZHFACTS_SCRATCH is the build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
seed="$root/../shared/gold/seed/yunqi.txt"
if [[ ! -f "$seed" ]]; then
    if [[ "${CI:-}" == "true" ]]; then
        echo "browser-test: $seed is missing but CI=true requires it" >&2
        exit 1
    fi
    echo "browser-test: skipped: $seed is absent (../shared not beside the package)"
    exit 0
fi

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# A CJK font, so the screenshots show the text rather than boxes.
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then need+=(fonts-wqy-microhei); fi
if ((${#need[@]})); then
    echo "browser-test: installing ${need[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi

if [[ -n "${ZHFACTS_BIN:-}" ]]; then
    bin="$(realpath "$ZHFACTS_BIN")"
else
    bash scripts/ensure-icu.sh
    scratch="${ZHFACTS_SCRATCH:-.build}"
    swift build --scratch-path "$scratch" --product zhfacts
    bin="$(swift build --scratch-path "$scratch" --show-bin-path)/zhfacts"
fi

out="${BROWSER_TEST_OUT:-/tmp/zhfacts-browser-test}"
if [[ -e "$out" && ! -e "$out/.zhfacts-browser-test" ]]; then
    echo "browser-test: $out exists and is not a browser-test folder; not replacing it" >&2
    exit 1
fi
rm -rf "$out"
mkdir -p "$out/profile"
touch "$out/.zhfacts-browser-test"
cp "$seed" "$out/yunqi.txt"
(cd "$out" && "$bin" extract yunqi.txt -o yunqi.csv && "$bin" review yunqi.txt -o yunqi.html)

browser() {
    # A fresh profile each run; no network is needed or allowed to matter.
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
        --no-first-run --no-default-browser-check --hide-scrollbars --mute-audio \
        --user-data-dir="$out/profile" --enable-logging=stderr --v=0 \
        --virtual-time-budget=3000 "$@"
}
page="file://$out/yunqi.html"
browser --window-size=1280,800 --screenshot="$out/yunqi-1280.png" "$page" 2>"$out/console-1280.log" >/dev/null
browser --window-size=400,860 --screenshot="$out/yunqi-400.png" "$page" 2>"$out/console-400.log" >/dev/null
browser --window-size=1280,800 --screenshot="$out/yunqi-selftest-1280.png" "$page#selftest" 2>"$out/console-selftest-png.log" >/dev/null
browser --window-size=1280,800 --dump-dom "$page" >"$out/dom.html" 2>"$out/console-dom.log"
browser --window-size=400,860 --dump-dom "$page#selftest" >"$out/dom-selftest.html" 2>"$out/console-selftest.log"
for png in yunqi-1280.png yunqi-400.png yunqi-selftest-1280.png; do
    [[ -s "$out/$png" ]] || { echo "browser-test: no screenshot $png" >&2; exit 1; }
done

python3 - "$out" <<'PY'
import csv, html.parser, re, sys, pathlib

out = pathlib.Path(sys.argv[1])
problems = []

class Page(html.parser.HTMLParser):
    """Collects the highlights (mark.fact with an id), table rows and body attributes."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.body = {}
        self.marks = []          # dicts: attrs, text, offset
        self.rows = {}
        self.text_depth = 0      # >0 inside #d0-text
        self.text = []           # characters of #d0-text so far
        self.open_marks = []     # stack of (mark dict or None) for nested <mark>
        self.stack = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body":
            self.body = a
        if self.text_depth:
            self.text_depth += 1
        elif tag == "div" and a.get("id") == "d0-text":
            self.text_depth = 1
        if tag == "mark":
            entry = None
            if "id" in a and "fact" in a.get("class", "").split():
                entry = {"attrs": a, "text": "", "offset": len("".join(self.text))}
                self.marks.append(entry)
            self.open_marks.append(entry)
        if tag == "tr" and "id" in a:
            self.rows[a["id"]] = a
    def handle_endtag(self, tag):
        if tag == "mark" and self.open_marks:
            self.open_marks.pop()
        if self.text_depth:
            self.text_depth -= 1
    def handle_data(self, data):
        if self.text_depth:
            self.text.append(data)
            for entry in self.open_marks:
                if entry is not None:
                    entry["text"] += data

def parse(name):
    page = Page()
    page.feed((out / name).read_text(encoding="utf-8"))
    return page

dom = parse("dom.html")
with open(out / "yunqi.csv", encoding="utf-8", newline="") as f:
    facts = list(csv.DictReader(f))
if not facts:
    problems.append("the CSV has no facts")
facts.sort(key=lambda r: (int(r["start"]), -int(r["end"])))
marks = sorted(dom.marks, key=lambda m: int(m["attrs"]["id"].rsplit("-f", 1)[1]))
if len(marks) != len(facts):
    problems.append(f"{len(marks)} highlights for {len(facts)} CSV rows")
source = (out / "yunqi.txt").read_text(encoding="utf-8")
if "".join(dom.text) != source:
    problems.append("the text shown is not the document's text")

def title_has(title, key, value, prefix=False):
    lines = title.split("\n")
    want = f"{key}: {value if value != '' else '—'}"
    return any(line == want or (prefix and line.startswith(want + " (")) for line in lines)

for fact, mark in zip(facts, marks):
    a, where = mark["attrs"], f'{fact["text"]}@{fact["start"]}'
    title = a.get("title", "")
    if mark["text"] != fact["text"]:
        problems.append(f'{where}: highlight text is {mark["text"]!r}')
    if mark["offset"] != int(fact["start"]):
        problems.append(f'{where}: highlight starts at {mark["offset"]}')
    if a.get("data-kind") != fact["kind"] or f'k-{fact["kind"]}' not in a.get("class", ""):
        problems.append(f'{where}: kind {a.get("data-kind")} for {fact["kind"]}')
    if not title.startswith(f'{fact["text"]} — {fact["kind"]}'):
        problems.append(f"{where}: title starts {title[:30]!r}")
    checks = [("approx", False), ("time", True), ("modality", False)]
    if fact["kind"] != "date":
        checks += [("value", False), ("unit", True), ("metric", False)]
        if fact["value_max"]:
            checks.append(("value_max", False))
    for key, prefix in checks:
        if not title_has(title, key, fact[key], prefix):
            problems.append(f"{where}: title lacks {key}: {fact[key]!r}")
    if a.get("tabindex") != "0" or not a.get("aria-describedby"):
        problems.append(f"{where}: highlight not focusable or not described")
    row = dom.rows.get(a.get("data-row", ""))
    if row is None or row.get("data-target") != a.get("id"):
        problems.append(f"{where}: no table row pointing back at the highlight")

if dom.body.get("data-selfcheck") != "ok":
    problems.append(f'page self-check: {dom.body.get("data-selfcheck")!r}')
if dom.body.get("data-highlights") != str(len(facts)):
    problems.append(f'page counted {dom.body.get("data-highlights")} highlights')
selftest = parse("dom-selftest.html").body.get("data-selftest")
if selftest != "ok":
    problems.append(f"interaction self-test (400px wide): {selftest!r}")

# Chromium writes page console messages as "...:CONSOLE(line)] ..." or "Uncaught ..." lines.
for log in sorted(out.glob("console-*.log")):
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if re.search(r"CONSOLE|Uncaught|console\.(error|warn)", line):
            problems.append(f"{log.name}: {line.strip()[:200]}")

if problems:
    print("browser-test: FAILED", file=sys.stderr)
    for p in problems:
        print("  " + p, file=sys.stderr)
    sys.exit(1)
print(f"browser-test: ok: {len(facts)} facts highlighted with their titles; self-check and "
      f"interaction self-test pass; no console errors; screenshots in {out}")
PY
