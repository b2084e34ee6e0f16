#!/usr/bin/env python3
"""Check eval/heldout-test/gold.jsonl against its articles (run from the project root).

Every quote the gold relies on (evidence, *_phrase lists, superseded_figures,
excluded_mentions phrases) must occur verbatim in its article; every article has
one gold line and the other way round; records carry the seeds' fields; a
corpus_date article's Date: header equals `published`. Exits 1 on any problem.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, 'articles')
SEEDS = os.path.join(HERE, '..', '..', '..', 'shared', 'eval', 'seeds-gold.jsonl')
ARTICLE_KEYS = ['file', 'url', 'published', 'published_source', 'negative', 'truncated_excerpt',
                'incidents', 'excluded_mentions', 'notes']
INCIDENT_KEYS = ['event', 'date', 'date_alt', 'date_phrase', 'city', 'city_alt', 'country', 'country_alt',
                 'perpetrator', 'perpetrator_alt', 'perpetrator_status', 'claimed', 'attack_type',
                 'attack_type_alt', 'target', 'killed_min', 'killed_max', 'approx', 'killed_phrase',
                 'wounded_min', 'wounded_max', 'wounded_approx', 'wounded_phrase', 'mention', 'vague',
                 'borderline', 'evidence', 'notes']
OPTIONAL = {'superseded_figures', 'toll_includes_perpetrators', 'perpetrators_killed_min',
            'perpetrators_killed_max', 'casualties_total_min', 'casualties_phrase', 'abducted_min',
            'abducted_phrase', 'hostages_approx', 'components', 'arrest_location', 'outcome'}
TYPES = {'bombing', 'suicide_bombing', 'armed_assault', 'assassination', 'hostage_taking', 'kidnapping',
         'arson', 'vehicle_ramming', 'stabbing', 'rocket_attack', 'other', 'plot_foiled'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')

problems = []


def bad(msg):
    problems.append(msg)


def main():
    gold = [json.loads(line) for line in open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8')]
    files = sorted(f for f in os.listdir(ART) if f.endswith('.txt'))
    if sorted(g['file'] for g in gold) != files:
        bad('gold files and articles differ')
    if os.path.exists(SEEDS):   # same article-level layout as the seeds' gold
        seed = json.loads(open(SEEDS, encoding='utf-8').readline())
        if list(seed) != ARTICLE_KEYS:
            bad('seeds-gold layout changed: update this checker')
    for g in gold:
        name = g['file']
        text = open(os.path.join(ART, name), encoding='utf-8').read()
        if list(g) != ARTICLE_KEYS:
            bad(f'{name}: article keys {list(g)}')
        m = re.search(r'^Date: (\S+)$', text, re.M)
        if g['published_source'] == 'corpus_date' and (not m or m.group(1) != g['published']):
            bad(f'{name}: Date: header does not match published')
        if g['negative'] != (not g['incidents']):
            bad(f'{name}: negative flag')
        quotes = [e['phrase'] for e in g['excluded_mentions']]
        for i in g['incidents']:
            ks = list(i)
            if ks[:len(INCIDENT_KEYS)] != INCIDENT_KEYS or not set(ks[len(INCIDENT_KEYS):]) <= OPTIONAL:
                bad(f"{name}: {i['event']}: keys {ks}")
            if i['attack_type'] not in TYPES or not set(i['attack_type_alt']) <= TYPES:
                bad(f"{name}: {i['event']}: attack type")
            for d in [i['date']] + i['date_alt']:
                if d is not None and not DATE.match(d):
                    bad(f"{name}: {i['event']}: date {d}")
            if not i['evidence']:
                bad(f"{name}: {i['event']}: no evidence")
            for lo, hi in (('killed_min', 'killed_max'), ('wounded_min', 'wounded_max')):
                if i[lo] is not None and i[hi] is not None and i[lo] > i[hi]:
                    bad(f"{name}: {i['event']}: {lo} > {hi}")
            for k in ('evidence', 'killed_phrase', 'wounded_phrase', 'casualties_phrase',
                      'abducted_phrase', 'superseded_figures'):
                quotes += i.get(k) or []
        for q in quotes:
            if q not in text:
                bad(f'{name}: not verbatim: {q!r}')
    for p in problems:
        print(p)
    n = sum(len(g['incidents']) for g in gold)
    print(f'{len(gold)} articles, {n} incidents, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
