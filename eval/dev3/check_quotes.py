#!/usr/bin/env python3
"""Check dev3 gold files: every quote (evidence, killed/wounded phrases, excluded
phrases, abducted/casualties phrases) occurs verbatim in its article, every
article has one gold line and the record has the seeds-gold fields.

Usage: python3 eval/dev3/check_quotes.py [eval/dev3/gold-*.jsonl ...]
"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = ['file', 'url', 'published', 'published_source', 'negative', 'truncated_excerpt',
       'incidents', 'excluded_mentions', 'notes']
INC = ['event', 'date', 'date_alt', 'city', 'city_alt', 'country', 'country_alt', 'perpetrator',
       'perpetrator_alt', 'perpetrator_status', 'claimed', 'attack_type', 'attack_type_alt',
       'killed_min', 'killed_max', 'approx', 'killed_phrase', 'wounded_min', 'wounded_max',
       'wounded_phrase', 'mention', 'vague', 'borderline', 'evidence']
TYPES = {'bombing', 'suicide_bombing', 'armed_assault', 'assassination', 'hostage_taking', 'kidnapping',
         'arson', 'vehicle_ramming', 'stabbing', 'rocket_attack', 'other', 'plot_foiled'}


def quotes(inc):
    for k in ('evidence', 'killed_phrase', 'wounded_phrase'):
        for q in inc.get(k) or []:
            yield k, q
    for k in ('abducted_phrase', 'casualties_phrase'):
        v = inc.get(k)
        for q in (v if isinstance(v, list) else [v] if v else []):
            yield k, q


def main(paths):
    bad = 0
    seen = set()
    for path in paths:
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            where = f'{os.path.basename(path)}:{n}'
            for k in ART:
                if k not in rec:
                    print(f'{where}: missing article field {k}'); bad += 1
            f = os.path.join(HERE, 'articles', rec['file'])
            seen.add(rec['file'])
            if not os.path.exists(f):
                print(f'{where}: no article {rec["file"]}'); bad += 1
                continue
            text = open(f, encoding='utf-8').read()
            if rec['negative'] != (not rec['incidents']):
                print(f'{where}: negative flag disagrees with incidents'); bad += 1
            for inc in rec['incidents']:
                for k in INC:
                    if k not in inc:
                        print(f'{where}: {inc.get("event")}: missing {k}'); bad += 1
                if inc.get('attack_type') not in TYPES:
                    print(f'{where}: {inc.get("event")}: bad attack_type {inc.get("attack_type")}'); bad += 1
                lo, hi = inc.get('killed_min'), inc.get('killed_max')
                if lo is not None and hi is not None and lo > hi:
                    print(f'{where}: {inc.get("event")}: killed_min > killed_max'); bad += 1
                for k, q in quotes(inc):
                    if q not in text:
                        print(f'{where}: {inc.get("event")}: {k} not verbatim: {q!r}'); bad += 1
            for m in rec['excluded_mentions']:
                if m['phrase'] not in text:
                    print(f'{where}: excluded phrase not verbatim: {m["phrase"]!r}'); bad += 1
    for f in sorted(os.listdir(os.path.join(HERE, 'articles'))):
        prefixes = {os.path.basename(p)[5:-6] for p in paths}
        if f[0] in prefixes and f not in seen:
            print(f'no gold line for {f}'); bad += 1
    print('ok' if not bad else f'{bad} problem(s)')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, 'gold-*.jsonl')))))
