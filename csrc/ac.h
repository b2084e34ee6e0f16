/*
** ac.h: multi-pattern matcher (Aho-Corasick) over normalised text.
** Pure C, no lua.h: usable and fuzzable alone.
**
** Text and patterns are compared after normalisation: ASCII, Latin-1,
** Latin Extended-A, Greek and Cyrillic letters fold to lower case (when the
** pattern is case-blind); ’ ‘ equal ', “ ” „ equal ", the dashes equal -,
** and any run of white space (space, tab, newline, no-break space...) is one
** space. Offsets reported are byte offsets into the ORIGINAL text.
*/
#ifndef AC_H
#define AC_H

#include <stddef.h>

/* per-pattern flags (ac_pattern.flags) */
#define AC_CASE_SENSITIVE  1u   /* compare letters exactly (after typography) */
#define AC_WHOLE_WORDS     2u   /* must not start or end inside a word */

/* scan modes */
#define AC_LEFTMOST_LONGEST 0   /* non-overlapping, leftmost then longest */
#define AC_OVERLAPPING      1   /* every hit, in the order hits end */

/* limits */
#define AC_MAX_PATTERNS  2000000
#define AC_MAX_PATLEN    4096     /* bytes after normalisation */

typedef struct ac_pattern {
  const char *s;        /* pattern bytes (must be valid UTF-8) */
  size_t len;
  unsigned flags;       /* AC_CASE_SENSITIVE | AC_WHOLE_WORDS */
} ac_pattern;

typedef struct ac_stats {
  size_t patterns;
  size_t states;        /* trie nodes */
  size_t dense_states;  /* states with a full transition row */
  size_t classes;       /* byte classes of the reduced alphabet */
  size_t memory;        /* bytes held by the compiled matcher */
  size_t max_len;       /* longest normalised pattern, in bytes */
  double build_seconds;
} ac_stats;

typedef struct ac_matcher ac_matcher;

/*
** A hit callback: 0-based start, exclusive end (byte offsets into the
** text), 0-based pattern index. Return nonzero to stop the scan.
*/
typedef int (*ac_hit_fn) (void *ud, size_t start, size_t end, size_t id);

/*
** Compile n patterns. Returns the matcher, or NULL with a message in err
** (bad pattern index in *bad, or (size_t)-1 when the failure is not about
** one pattern, e.g. out of memory).
*/
ac_matcher *ac_compile (const ac_pattern *pats, size_t n,
                        char *err, size_t errlen, size_t *bad);
void ac_free (ac_matcher *m);
void ac_get_stats (const ac_matcher *m, ac_stats *st);

/*
** Scratch memory a scan needs (depends on the longest pattern); the caller
** owns it so that a callback that never returns (a Lua error) leaks nothing.
*/
size_t ac_scratch_size (const ac_matcher *m);

/*
** Scan text[init..len) and report hits. Context before init (the previous
** character) still counts for word boundaries. Returns the number of hits
** reported. cb may be NULL (count only).
*/
size_t ac_scan (const ac_matcher *m, void *scratch, const char *text,
                size_t len, size_t init, int mode, ac_hit_fn cb, void *ud);

/*
** Which fast paths a scan may take: 0 none (a byte at a time), 1 eight
** bytes at a time, 2 the SSE2 block scan, 3 the AVX-512 block scan; by
** default the highest this list and this CPU allow. Every level finds the
** same hits: tests and benchmarks compare them. Returns the level set,
** which is below the one asked for when the list or the CPU rules it out.
*/
int ac_set_level (ac_matcher *m, int level);

#endif
