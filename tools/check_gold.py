#!/usr/bin/env python3
"""Check an evaluation set's gold against its articles.

Every quote the gold relies on (evidence, figure phrases, superseded figures,
excluded mentions) must occur verbatim in its article; every record must have
the fields of ../shared/eval/seeds-gold.jsonl in the same order; values must
use the eval README's vocabularies; a `Date:` header must agree with
`published`. Prints one line per problem and exits 1 if there is any.

A set is a folder with `articles/*.txt` and one or more `gold*.jsonl` files
(several writers may each annotate a part); every article needs exactly one
record across them.

Usage (from the project root): python3 tools/check_gold.py SET_DIR [SEEDS_GOLD]
(`make check-gold SET=heldout-test2`, or `make check-gold` for every set)
"""
import glob, json, os, re, sys

if len(sys.argv) < 2:
    sys.stderr.write('usage: check_gold.py SET_DIR [SEEDS_GOLD]\n')
    sys.exit(2)
SET = sys.argv[1]
SEEDS = sys.argv[2] if len(sys.argv) > 2 else os.path.join('..', 'shared', 'eval', 'seeds-gold.jsonl')
ARTICLES = os.path.join(SET, 'articles')
GOLDS = sorted(glob.glob(os.path.join(SET, 'gold*.jsonl')))

ARTICLE_KEYS = ['file', 'url', 'published', 'published_source', 'negative', 'truncated_excerpt',
                'incidents', 'excluded_mentions', 'notes']
INCIDENT_KEYS = ['event', 'date', 'date_alt', 'date_phrase', 'city', 'city_alt', 'country', 'country_alt',
                 'perpetrator', 'perpetrator_alt', 'perpetrator_status', 'claimed', 'attack_type',
                 'attack_type_alt', 'target', 'killed_min', 'killed_max', 'approx', 'killed_phrase',
                 'wounded_min', 'wounded_max', 'wounded_approx', 'wounded_phrase', 'mention', 'vague',
                 'borderline', 'evidence', 'notes']
OPTIONAL_KEYS = {'superseded_figures', 'toll_includes_perpetrators', 'perpetrators_killed_min',
                 'perpetrators_killed_max', 'casualties_total_min', 'casualties_phrase', 'abducted_min',
                 'abducted_phrase', 'hostages_approx', 'components', 'arrest_location', 'outcome'}
QUOTE_LISTS = ['evidence', 'killed_phrase', 'wounded_phrase', 'superseded_figures', 'casualties_phrase',
               'abducted_phrase']
ATTACK_TYPES = {'bombing', 'suicide_bombing', 'armed_assault', 'assassination', 'hostage_taking', 'kidnapping',
                'arson', 'vehicle_ramming', 'stabbing', 'rocket_attack', 'other', 'plot_foiled'}
PERP_STATUS = {None, 'claimed', 'attributed', 'suspected'}
SOURCES = {None, 'corpus_date', 'text', 'url'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')

problems = []


def bad(where, msg):
    problems.append(f'{where}: {msg}')


def seeds_layout():
    """The key order of the seeds' first article and incident, when the file is there."""
    try:
        with open(SEEDS, encoding='utf-8') as f:
            first = json.loads(f.readline())
    except OSError:
        return None
    inc = first['incidents'][0] if first['incidents'] else None
    return list(first.keys()), [k for k in inc.keys() if k not in OPTIONAL_KEYS] if inc else None


def iso(value):
    """A `Date:` value as YYYY-MM-DD; a DD/MM/YYYY one (European pages) is turned round."""
    d = re.match(r'^(\d{1,2})/(\d{1,2})/(\d{4})$', value)
    return f'{d.group(3)}-{int(d.group(2)):02d}-{int(d.group(1)):02d}' if d else value


def check_incident(where, g, text):
    keys = list(g.keys())
    if keys[:len(INCIDENT_KEYS)] != INCIDENT_KEYS:
        bad(where, f'incident fields differ from the seeds: {keys[:len(INCIDENT_KEYS)]}')
    for k in keys[len(INCIDENT_KEYS):]:
        if k not in OPTIONAL_KEYS:
            bad(where, f'unknown field {k}')
    for k in ['date'] + list(g.get('date_alt') or []):
        v = g.get('date') if k == 'date' else k
        if v is not None and not DATE.match(v):
            bad(where, f'bad date {v!r}')
    if g.get('attack_type') not in ATTACK_TYPES:
        bad(where, f'attack_type {g.get("attack_type")!r} not in the README vocabulary')
    if g.get('perpetrator_status') not in PERP_STATUS:
        bad(where, f'perpetrator_status {g.get("perpetrator_status")!r}')
    if g.get('claimed') not in (True, False, None):
        bad(where, 'claimed must be true, false or null')
    # the group that claimed may be another than the one named ("JAD carried it
    # out, Islamic State claimed it"), but a claim always has a claimer
    if g.get('claimed') is True and g.get('perpetrator_status') is None:
        bad(where, 'claimed true but no perpetrator_status')
    if g.get('mention') not in ('main', 'passing'):
        bad(where, f'mention {g.get("mention")!r}')
    for lo, hi in (('killed_min', 'killed_max'), ('wounded_min', 'wounded_max')):
        a, b = g.get(lo), g.get(hi)
        for v in (a, b):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                bad(where, f'{lo}/{hi} must be non-negative integers or null')
        if a is not None and b is not None and a > b:
            bad(where, f'{lo} {a} > {hi} {b}')
    if not g.get('evidence'):
        bad(where, 'no evidence')
    for k in QUOTE_LISTS:
        v = g.get(k)
        if v is None:
            continue
        if not isinstance(v, list):
            bad(where, f'{k} must be a list')
            continue
        for q in v:
            # a superseded figure may be given as the bare number
            if not isinstance(q, str) and not (k == 'superseded_figures' and isinstance(q, int)):
                bad(where, f'{k} entries must be quotes: {q!r}')
            elif str(q) not in text:
                bad(where, f'{k} quote not in article: {q!r}')


def main():
    layout = seeds_layout()
    if layout and layout[0] != ARTICLE_KEYS:
        bad(SEEDS, f'seeds article layout changed: {layout[0]}')
    if layout and layout[1] and layout[1] != INCIDENT_KEYS:
        bad(SEEDS, f'seeds incident layout changed: {layout[1]}')
    seen = set()
    if not GOLDS:
        bad(SET, 'no gold*.jsonl file')
    records = []
    for gold in GOLDS:
        with open(gold, encoding='utf-8') as f:
            records += [(f'{gold}:{n}', line) for n, line in enumerate(f.read().splitlines(), 1)]
    lines = [line for _, line in records]
    for where, line in records:
        try:
            r = json.loads(line)
        except ValueError as e:
            bad(where, f'not JSON: {e}')
            continue
        if list(r.keys()) != ARTICLE_KEYS:
            bad(where, f'article fields differ from the seeds: {list(r.keys())}')
        name = r.get('file')
        where = f'{where} {name}'
        if name in seen:
            bad(where, 'duplicate record')
        seen.add(name)
        try:
            with open(os.path.join(ARTICLES, name), encoding='utf-8') as af:
                text = af.read()
        except (OSError, TypeError):
            bad(where, 'no such article')
            continue
        # the header block is the `Key: value` lines before the first blank line, in any order
        # pasted pages put it on a navigation line ("Updated 3 hours ago | Date: ...")
        m = re.search(r'(?:^|\W)Date:[ \t]*(\S+)', text[:600])
        if m and (iso(m.group(1)) != r.get('published') or r.get('published_source') != 'corpus_date'):
            bad(where, f'Date: header {m.group(1)} but published {r.get("published")} from {r.get("published_source")}')
        if not m and r.get('published_source') == 'corpus_date':
            bad(where, 'published_source corpus_date without a Date: header')
        if r.get('published') is not None and not re.match(r'^\d{4}-\d{2}-\d{2}$', r['published']):
            bad(where, f'bad published {r["published"]!r}')
        if (r.get('published') is None) != (r.get('published_source') is None):
            bad(where, 'published and published_source must be both null or both set')
        if r.get('published_source') not in SOURCES:
            bad(where, f'published_source {r.get("published_source")!r}')
        if r.get('negative') != (not r.get('incidents')):
            bad(where, 'negative must be true exactly when there is no incident')
        events = set()
        for i, g in enumerate(r.get('incidents') or []):
            if g.get('event') in events:
                bad(where, f'event {g.get("event")} twice')
            events.add(g.get('event'))
            check_incident(f'{where} #{i + 1} {g.get("event")}', g, text)
        for e in r.get('excluded_mentions') or []:
            if set(e.keys()) != {'phrase', 'reason'}:
                bad(where, f'excluded mention fields {sorted(e.keys())}')
            if e.get('phrase') not in text:
                bad(where, f'excluded phrase not in article: {e.get("phrase")!r}')
    on_disk = {f for f in os.listdir(ARTICLES) if f.endswith('.txt')}
    for f in sorted(on_disk - seen):
        bad(f, 'article without gold')
    for p in problems:
        print(p)
    n_inc = sum(len(json.loads(l).get('incidents') or []) for l in lines if l.strip().startswith('{'))
    print(f'{len(lines)} articles, {n_inc} incidents, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
