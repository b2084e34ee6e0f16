/*
** ac.c: Aho-Corasick over normalised text, with word boundaries and
** per-pattern case sensitivity.
**
** The automaton reads one symbol per normalised character: each character
** that occurs in a pattern has its own class, every other character is
** "other word character" or "other non-word character"; a run of white
** space is one space. A ring buffer maps each symbol back to the offset of
** its character, so hits are reported in original offsets.
**
** Word boundaries are built into the automaton: besides the root (R0, "a
** word may start here") there is a second root R1, "inside a word", and
** failure links only lead to suffixes that start where a word may start
** (or that some pattern without a start boundary begins with). So a scan
** leaves the trie as soon as a word cannot match and skips the rest of the
** word in a tight loop, instead of matching every suffix of every word.
** The end boundary and case-sensitive patterns are checked at hit time.
**
** States are numbered breadth-first so the children of a state are
** consecutive; the shallow states, where a scan spends most of its time,
** get a full transition row (a DFA), deeper ones keep their children and
** a failure link. Bit 31 of a resolved transition says "has an output".
**
** Between matches most of the text is skipped a block at a time: a word
** enters the automaton only when keys of its first four and eight bytes
** and of the whole word (and the next word, for names that go on with
** one) say that some pattern may start there (simd_skip, skip_block512).
** A word that is a name alone, which no name goes on from, is reported
** there and then, without the automaton (leaf_word).
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ac.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef unsigned char uchar;

#define NONE       0xFFFFFFFFu
#define OUTBIT     0x80000000u
#define STATEMASK  0x7FFFFFFFu
#define LABMASK    0xFFFFu
#define CP_SPACE   (-2L)
#define CP_BAD     (-1L)
#define ACLS_SPACE 0xFFFFu     /* acls[]: an ASCII white-space byte */
#define BAD_BYTE   0xFFu       /* what an invalid byte normalises to */
#define MAX_CLASSES 0xFFF0u

/* the two roots */
#define R0 0u                  /* a word may start at the next character */
#define R1 1u                  /* inside a word */

/* symbol classes every matcher has */
#define C_OTHER    0u          /* a non-word character no pattern uses */
#define C_WORD     1u          /* a word character no pattern uses */

/* per-pattern flags after compilation */
#define F_CS     1u            /* verify letters against the original */
#define F_WSTART 2u            /* needs a word boundary before */
#define F_WEND   4u            /* needs a word boundary after */

/* the SSE2 scan compares with at most this many special bytes */
#define AC_MAX_UNSAFE 6

/* dense rows are given to the first states up to this many bytes */
/* (a small one, -DAC_DENSE_BUDGET=256, lets the fuzzer reach sparse states) */
#ifndef AC_DENSE_BUDGET
#define AC_DENSE_BUDGET (1u << 21)
#endif
#define DENSE_BUDGET AC_DENSE_BUDGET

/*
** What a sparse step reads, in one record: the children of a state are
** consecutive, so its record and the next give their range, and each
** child's record has the class of the edge into it.
*/
typedef struct ac_state {
  uint32_t cfirst;           /* first child */
  uint32_t fail;
  uint32_t info;             /* class of the edge into the state | OUTBIT */
  uint32_t kid;              /* a state with one child: KID_ONE | the
                                child's class | KID_OUT if it has outputs;
                                else the number of children */
} ac_state;

/*
** Most deep states of a big list have one child (the rest of one name).
** Their step reads the child's class in their own record, which the step
** into them has just read, instead of the child's record, which breadth-
** first numbering puts far away: one cache miss a symbol fewer.
*/
#define KID_ONE  0x80000000u
#define KID_OUT  0x40000000u

/*
** The outputs of a state, read together when a state has any. The first
** pattern's length, flags and successor are copied here: a hit check on
** a state where one pattern ends then reads no pattern record, which with
** a big list is a cache miss of its own.
*/
typedef struct ac_out {
  uint32_t term;             /* first pattern ending here, or NONE */
  uint32_t dict;             /* nearest proper suffix state with a pattern */
  uint32_t tlf;              /* term's length << 3 | its flags */
  uint32_t tnext;            /* the pattern after term (ac_pat.next) */
} ac_out;

/* what a hit check reads about a pattern, in one record */
typedef struct ac_pat {
  uint32_t len;              /* length in symbols */
  uint32_t next;             /* next pattern ending at the same state */
  uint32_t cs, cslen;        /* its unfolded form in pool (F_CS) */
  uint32_t flags;
} ac_pat;

/*
** A direct step (build_direct): a first word, the state it leads R0 to
** and the name it is alone, in one record, so that a probe that finds
** its word reads one cache line, not three tables.
*/
typedef struct ac_direct {
  uint64_t key;              /* the folded word, 0 = empty */
  uint32_t val;              /* the state it leads R0 to, with OUTBIT */
  uint32_t pat;              /* 1 + the pattern the word is, alone (see
                                leaf_word), else 0 */
} ac_direct;

/* the same for first words of 8 to 15 letters, in two halves */
typedef struct ac_dlong {
  uint64_t k1, k2;           /* the first eight folded letters, the rest
                                (0 when there are none); 0, 0 = empty */
  uint32_t val, pat;
} ac_dlong;

struct ac_matcher {
  uint32_t nstates, ndense, ncls, npats;
  uint32_t maxlen;           /* in symbols */
  int fold;                  /* the automaton sees case-folded text */
  uint16_t acls[128];        /* ASCII byte -> class or ACLS_SPACE */
  uint8_t stay0[256];        /* bytes that keep R0 in R0 */
  uint8_t stay1[256];        /* bytes that keep R1 in R1 */
  uint16_t space_cls;
  uint8_t alnum[256];        /* ASCII letters and digits */
  uint8_t f4[256];           /* filter: folded ASCII byte, 0 = do not filter */
  uint8_t r1to0[256];        /* bytes that take R1 to R0 */
  uint32_t pfx_shift;        /* start filter: 32 - log2(bits) */
  uint64_t *pfx;             /* bit per hashed prefix of four symbols */
  uint64_t sh1[2];           /* bit per pattern of 1 symbol (ASCII) */
  uint64_t *pfx8;            /* bit per hashed prefix of eight symbols */
  uint64_t *pfxs;            /* four-symbol prefixes of patterns of 3-7 */
  uint64_t *pfxm;            /* the same, less the single words (pfxw) */
  uint64_t *pfxw;            /* whole patterns of 4-7 ASCII alnums, with
                                word boundaries on both sides */
  int swar;                  /* R1 stays on exactly the ASCII alphanumerics */
  int simd;                  /* the SSE2 word-start scan may run */
  uint8_t nunsafe;           /* ASCII non-alphanumerics that may start */
  uint8_t unsafe[AC_MAX_UNSAFE];  /* a match or end a word differently */
  uint64_t *sh2;             /* bit per pattern of 2 symbols (ASCII) */
  uint64_t *sh2m;            /* the same, less the single words (shw) */
  uint64_t *shw;             /* single words of 1-2 ASCII alnums (f0, f1|0) */
  uint64_t shw0[2];          /* bit per first byte of those */
  int avx512;                /* the AVX-512 block scan may run */
  int maxlevel;              /* what the list and the CPU allow (ac.h) */
  uint64_t *wkey;            /* second stage: hashed whole first words */
  uint64_t *fw;              /* AVX-512 stage: first words, by fw_key */
  uint32_t fw_shift;         /* 32 - log2(bits of fw) */
  int fw_pairs;              /* some first word is W_PAIR */
  ac_direct *dir;            /* first words of 2-7 letters (build_direct) */
  ac_dlong *dlong;           /* first words of 8-15 letters */
  int leaf_first;            /* most of them are names alone */
  int dir_exact;             /* every pattern is whole words: a word of
                                1 to 15 letters that is not in the table
                                starts none (leaf_block) */
  uint32_t lshift;           /* 64 - log2(slots of dlong), 0: none */
  uint32_t dshift;           /* 64 - log2(slots), 0: no table */
  uint32_t wkey_shift;       /* 64 - log2(bits of wkey) */
  uint32_t hmask;            /* non-ASCII code point -> class (hash) */
  uint32_t *hkey;            /* code point + 1, 0 = empty */
  uint16_t *hval;
  uint32_t *dense;           /* ndense * ncls resolved transitions */
  ac_state *st;              /* nstates + 1 states (the last a sentinel) */
  ac_out *out;               /* per state: the patterns ending there */
  ac_pat *pat;               /* per pattern */
  uchar *pool;
  size_t memory;
  double build_seconds;
};

/*
** {======================================================
** Characters: UTF-8 decoding, normalisation, word characters
** =======================================================
*/

/*
** Decode one character of p[0..n) (n >= 1). Returns its length and the
** code point in *cp, or length 1 and CP_BAD for an invalid byte.
*/
static size_t utf8_dec (const uchar *p, size_t n, long *cp) {
  unsigned c = p[0];
  if (c < 0x80) { *cp = (long)c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) {
    if (n >= 2 && (p[1] & 0xC0) == 0x80) {
      *cp = ((long)(c & 0x1F) << 6) | (p[1] & 0x3F);
      return 2;
    }
  }
  else if (c >= 0xE0 && c <= 0xEF) {
    if (n >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      long v = ((long)(c & 0x0F) << 12) | ((long)(p[1] & 0x3F) << 6)
             | (p[2] & 0x3F);
      if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) { *cp = v; return 3; }
    }
  }
  else if (c >= 0xF0 && c <= 0xF4) {
    if (n >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80
        && (p[3] & 0xC0) == 0x80) {
      long v = ((long)(c & 0x07) << 18) | ((long)(p[1] & 0x3F) << 12)
             | ((long)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
      if (v >= 0x10000 && v <= 0x10FFFF) { *cp = v; return 4; }
    }
  }
  *cp = CP_BAD;
  return 1;
}

static size_t utf8_enc (long cp, uchar *out) {
  if (cp < 0) { out[0] = BAD_BYTE; return 1; }
  if (cp < 0x80) { out[0] = (uchar)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (uchar)(0xC0 | (cp >> 6));
    out[1] = (uchar)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (uchar)(0xE0 | (cp >> 12));
    out[1] = (uchar)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (uchar)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (uchar)(0xF0 | (cp >> 18));
  out[1] = (uchar)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (uchar)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (uchar)(0x80 | (cp & 0x3F));
  return 4;
}

/*
** Lower case for the scripts news names use: Latin-1, Latin Extended-A,
** basic Greek and Cyrillic. Everything else is its own case.
*/
static long fold_cp (long cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x130) return 'i';          /* I with dot above */
    if (cp == 0x178) return 0xFF;         /* Y with diaeresis */
    if (cp <= 0x12F || (cp >= 0x132 && cp <= 0x137)
        || (cp >= 0x14A && cp <= 0x177))
      return (cp & 1) ? cp : cp + 1;      /* even upper, odd lower */
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
      return (cp & 1) ? cp + 1 : cp;      /* odd upper, even lower */
    return cp;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

/*
** The normalised form of one code point: CP_SPACE for white space,
** typographic quotes and dashes as their ASCII forms, folded if asked.
*/
static long norm_cp (long cp, int fold) {
  if (cp < 0x80) {
    if (cp == ' ' || (cp >= '\t' && cp <= '\r')) return CP_SPACE;
    return fold ? fold_cp(cp) : cp;
  }
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
      return CP_SPACE;
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
      return '-';
    default: break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CP_SPACE;
  return fold ? fold_cp(cp) : cp;
}

/*
** Word characters are letters and digits of any script. Rather than carry
** Unicode tables, every code point counts as a letter except the ASCII
** non-alphanumerics and the punctuation, symbol and space blocks news
** text meets.
*/
static int is_word_cp (long cp) {
  if (cp < 0) return 0;
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
  if (cp < 0xC0)
    return cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5
        || cp == 0xB9 || cp == 0xBA || (cp >= 0xBC && cp <= 0xBE);
  if (cp == 0xD7 || cp == 0xF7) return 0;
  if (cp < 0x2000) {
    switch (cp) {
      case 0x2BC: case 0x37E: case 0x387: case 0x589: case 0x5BE:
      case 0x5C0: case 0x5C3: case 0x5C6: case 0x5F3: case 0x5F4:
      case 0x60C: case 0x60D: case 0x61B: case 0x61E: case 0x61F:
      case 0x6D4: case 0x964: case 0x965: case 0x970: case 0xE4F:
      case 0xE5A: case 0xE5B: case 0x10FB: case 0x166D: case 0x166E:
      case 0x1680:
        return 0;
      default: break;
    }
    if ((cp >= 0x55A && cp <= 0x55F) || (cp >= 0x66A && cp <= 0x66D)
        || (cp >= 0x1361 && cp <= 0x1368))
      return 0;
    return 1;
  }
  if (cp <= 0x2BFF) return cp >= 0x2070 && cp <= 0x209F;  /* super/sub */
  if (cp >= 0x2E00 && cp <= 0x2E7F) return 0;
  if (cp >= 0x3000 && cp <= 0x303F) return 0;
  if (cp >= 0xD800 && cp <= 0xF8FF) return 0;
  if (cp >= 0xFE10 && cp <= 0xFE6F) return 0;
  if (cp == 0xFEFF) return 0;
  if ((cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
      || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65))
    return 0;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return 0;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return 0;
  if (cp >= 0xE0000) return 0;
  return 1;
}

/* is the character starting at t[i] a word character? */
static int word_at (const uchar *t, size_t len, size_t i) {
  long cp;
  if (i >= len) return 0;
  if (t[i] < 0x80) return is_word_cp(t[i]);
  utf8_dec(t + i, len - i, &cp);
  return is_word_cp(cp);
}

/* is the character ending just before t[i] a word character? */
static int word_before (const uchar *t, size_t len, size_t i) {
  size_t j;
  long cp;
  if (i == 0) return 0;
  if (t[i - 1] < 0x80) return is_word_cp(t[i - 1]);
  j = i - 1;
  while (j > 0 && i - j < 4 && (t[j] & 0xC0) == 0x80) j--;
  if (utf8_dec(t + j, len - j, &cp) != i - j) return 0;  /* invalid byte */
  return is_word_cp(cp);
}

/*
** Normalise a pattern into out (room for n bytes: normalising never
** lengthens). Leading and trailing white space is dropped. Returns the
** length, or (size_t)-1 when the pattern is not valid UTF-8.
*/
static size_t norm_pattern (const uchar *p, size_t n, int fold, uchar *out) {
  size_t i = 0, k = 0;
  int sp = 0;
  while (i < n) {
    long cp;
    size_t l = utf8_dec(p + i, n - i, &cp);
    if (cp == CP_BAD) return (size_t)-1;
    i += l;
    cp = norm_cp(cp, fold);
    if (cp == CP_SPACE) { sp = 1; continue; }
    if (sp && k > 0) out[k++] = ' ';
    sp = 0;
    k += utf8_enc(cp, out + k);
  }
  return k;
}

/*
** Does t[s..e), normalised without folding, equal p[0..n)? The span
** starts and ends outside white space, as every hit does.
*/
static int span_equals (const uchar *t, size_t s, size_t e,
                        const uchar *p, size_t n) {
  size_t k = 0;
  int sp = 0;
  while (s < e) {
    long cp;
    uchar buf[4];
    size_t bl, l = utf8_dec(t + s, e - s, &cp);
    s += l;
    cp = norm_cp(cp, 0);
    if (cp == CP_SPACE) {
      if (sp) continue;
      sp = 1;
      buf[0] = ' ';
      bl = 1;
    }
    else {
      sp = 0;
      bl = utf8_enc(cp, buf);
    }
    if (k + bl > n || memcmp(p + k, buf, bl) != 0) return 0;
    k += bl;
  }
  return k == n;
}

/* }====================================================== */


/*
** {======================================================
** Compilation
** =======================================================
*/

/* CPU time: what the build costs, whatever else the machine runs */
static double now_seconds (void) {
  return (double)clock() / CLOCKS_PER_SEC;
}

void ac_free (ac_matcher *m) {
  if (m == NULL) return;
  free(m->dense); free(m->st);
  free(m->out); free(m->pat); free(m->pool);
  free(m->hkey); free(m->hval); free(m->pfx); free(m->sh2); free(m->pfx8); free(m->pfxs);
  free(m->pfxm); free(m->pfxw); free(m->sh2m); free(m->shw); free(m->wkey);
  free(m->dir); free(m->dlong);
  free(m->fw);
  free(m);
}

/* the first character of a normalised string */
static long first_cp (const uchar *p, size_t n) {
  long cp;
  utf8_dec(p, n, &cp);
  return cp;
}

/* the last character of a normalised string */
static long last_cp (const uchar *p, size_t n) {
  size_t j = n - 1;
  long cp;
  while (j > 0 && n - j < 4 && (p[j] & 0xC0) == 0x80) j--;
  utf8_dec(p + j, n - j, &cp);
  return cp;
}

static void fail_msg (char *err, size_t errlen, size_t *bad, size_t idx,
                      const char *msg) {
  if (err && errlen) snprintf(err, errlen, "%s", msg);
  if (bad) *bad = idx;
}

static uint32_t hash_cp (long cp) {
  return (uint32_t)cp * 2654435761u;
}

/* the class of a normalised non-ASCII code point */
static unsigned cls_of_cp (const ac_matcher *m, long cp) {
  uint32_t h;
  if (cp < 0) return C_OTHER;
  for (h = hash_cp(cp) & m->hmask; m->hkey[h] != 0; h = (h + 1) & m->hmask)
    if (m->hkey[h] == (uint32_t)cp + 1) return m->hval[h];
  return is_word_cp(cp) ? C_WORD : C_OTHER;
}

/* the resolved transition (with OUTBIT) */
static uint32_t step_sparse (const ac_matcher *m, uint32_t s, unsigned c) {
  while (s >= m->ndense) {
    uint32_t t = m->st[s].cfirst, end, k = m->st[s].kid;
    if (k & KID_ONE) {
      if ((k & LABMASK) == c) return t | ((k & KID_OUT) << 1);
      s = m->st[s].fail;
      continue;
    }
    end = t + k;
    for (; t < end; t++) {
      uint32_t v = m->st[t].info;
      if ((v & LABMASK) == c) return t | (v & OUTBIT);
    }
    s = m->st[s].fail;
  }
  return m->dense[(size_t)s * m->ncls + c];
}

/* one past the last child of s (whatever form its kid field has) */
static uint32_t kids_end (const ac_matcher *m, uint32_t s) {
  uint32_t k = m->st[s].kid;
  return m->st[s].cfirst + ((k & KID_ONE) ? 1 : k);
}

typedef struct trie {
  uint32_t *child, *sib, *term;
  uint16_t *lab;
  uint8_t *freestart;        /* depth-1 node some pattern starts freely with */
  uint32_t *rootc;
  uint32_t n;
} trie;

static void trie_free (trie *tr) {
  free(tr->child); free(tr->sib); free(tr->term); free(tr->lab);
  free(tr->freestart); free(tr->rootc);
}

/*
** Symbol classes: one per distinct normalised character of the patterns.
** Turns the normalised patterns (UTF-8 in fpool) into symbol strings.
*/
static int make_classes (ac_matcher *m, const uchar *fpool,
                         const uint32_t *boff, const uint32_t *blen,
                         size_t n, uint16_t *sym, uint32_t *poff) {
  size_t i, k = 0, cap = 64, used = 0;
  unsigned next = 2, b;
  uint16_t ascii[128];
  for (b = 0; b < 128; b++) ascii[b] = 0xFFFF;
  for (i = 0; i < n; i++) cap += blen[i];
  while ((size_t)(m->hmask + 1) < 2 * cap && m->hmask < 0x7FFFFFFFu)
    m->hmask = m->hmask * 2 + 1;
  /* the table never holds more keys than distinct characters */
  if (m->hmask + 1 > 1u << 16) m->hmask = (1u << 17) - 1;
  m->hkey = (uint32_t *)calloc((size_t)m->hmask + 1, sizeof *m->hkey);
  m->hval = (uint16_t *)calloc((size_t)m->hmask + 1, sizeof *m->hval);
  if (!m->hkey || !m->hval) return -1;
  for (i = 0; i < n; i++) {
    const uchar *p = fpool + boff[i];
    size_t j = 0, l = blen[i];
    poff[i] = (uint32_t)k;
    while (j < l) {
      long cp;
      unsigned c;
      j += utf8_dec(p + j, l - j, &cp);
      if (cp < 0x80) {
        if (ascii[cp] == 0xFFFF) {
          if (next >= MAX_CLASSES) return -2;
          ascii[cp] = (uint16_t)next++;
        }
        c = ascii[cp];
      }
      else {
        uint32_t h = hash_cp(cp) & m->hmask;
        while (m->hkey[h] != 0 && m->hkey[h] != (uint32_t)cp + 1)
          h = (h + 1) & m->hmask;
        if (m->hkey[h] == 0) {
          if (next >= MAX_CLASSES || ++used > (m->hmask + 1) / 2) return -2;
          m->hkey[h] = (uint32_t)cp + 1;
          m->hval[h] = (uint16_t)next++;
        }
        c = m->hval[h];
      }
      sym[k++] = (uint16_t)c;
    }
    m->pat[i].len = (uint32_t)(k - poff[i]);
    if (m->pat[i].len > m->maxlen) m->maxlen = m->pat[i].len;
  }
  m->ncls = next;
  for (b = 0; b < 128; b++) {
    long cp = norm_cp((long)b, m->fold);
    if (cp == CP_SPACE) m->acls[b] = (uint16_t)ACLS_SPACE;
    else if (ascii[cp] != 0xFFFF) m->acls[b] = ascii[cp];
    else m->acls[b] = (uint16_t)(is_word_cp(cp) ? C_WORD : C_OTHER);
  }
  m->space_cls = (ascii[' '] != 0xFFFF) ? ascii[' '] : (uint16_t)C_OTHER;
  return 0;
}

/* is class c a word character? */
static int cls_word (const ac_matcher *m, unsigned c, const uint8_t *cword) {
  (void)m;
  return cword[c];
}

/* the filter's hash of four folded bytes */
static uint32_t key_hash (uint32_t w, uint32_t shift) {
  return (w * 2654435761u) >> shift;
}

static uint32_t pack4 (const uchar *f) {
  return (uint32_t)f[0] | (uint32_t)f[1] << 8 | (uint32_t)f[2] << 16
       | (uint32_t)f[3] << 24;
}

/*
** The hit of a name alone is inlined where the scan probes it, and the
** rare pair check kept out of the way (cities and GTD +1-2 % in paired
** runs; gcc does neither on its own).
*/
#if defined(__GNUC__)
#define AC_ALWAYS_INLINE __attribute__((always_inline)) inline
#define AC_NOINLINE __attribute__((noinline))
#else
#define AC_ALWAYS_INLINE inline
#define AC_NOINLINE
#endif

#define SETBIT(a, h)  ((a)[(h) >> 6] |= (uint64_t)1 << ((h) & 63))
#define GETBIT(a, h)  (((a)[(h) >> 6] >> ((h) & 63)) & 1)

/*
** Eight bytes at a time (little-endian GCC/Clang only, else byte loops):
** the length of the run of ASCII letters and digits at p (at most 8).
*/
#if defined(__GNUC__) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define AC_SWAR 1
#define H8  0x8080808080808080ull
#define L8  0x0101010101010101ull

static uint64_t load8 (const uchar *p) {
  uint64_t x;
  memcpy(&x, p, 8);
  return x;
}

/* bit 7 set in each byte of x that is an ASCII letter or digit */
static uint64_t alnum_mask8 (uint64_t x) {
  uint64_t low = x & ~H8, l = low | (0x20 * L8);   /* letters folded */
  uint64_t letter = (l + 0x1F * L8) & ~(l + 0x05 * L8);     /* 0x61..0x7A */
  uint64_t digit = (low + 0x50 * L8) & ~(low + 0x46 * L8);  /* 0x30..0x39 */
  return (letter | digit) & ~x & H8;
}

/* bit 7 set in each byte of x that is a space (0x20) */
static uint64_t space_mask8 (uint64_t x) {
  uint64_t y = x ^ (0x20 * L8);
  return ~(((y & ~H8) + ~H8) | y | ~H8);
}

/* the number of bytes before the first byte with bit 7 set in m (8: none) */
static size_t first8 (uint64_t m) {
  return m ? (size_t)(__builtin_ctzll(m) >> 3) : 8;
}

static size_t alnum_run8 (const uchar *p) {
  return first8(~alnum_mask8(load8(p)) & H8);
}
#else
#define AC_SWAR 0
#endif

/*
** The start filter. Where the scan is at a root (no match in progress)
** and the next four bytes are ASCII, it folds them as the automaton
** would; a match can only start there if some pattern begins with those
** four symbols (a pattern of three stands for itself followed by each
** byte that may follow it), or is a pattern of one or two symbols the
** four start with. Most words of a text fail these tests and are skipped
** whole.
*/
static int build_prefix_filter (ac_matcher *m, const uchar *fpool,
                                const uint32_t *boff, const uint32_t *blen,
                                size_t n) {
  size_t i, keys = 0, bits = 1u << 12;
  unsigned b, lg = 12;
  for (b = 0; b < 256; b++) {
    long cp = norm_cp((long)b, 1);
    m->alnum[b] = (uint8_t)(b < 0x80 && is_word_cp((long)b));
    /* punctuation is one symbol to the filter: fewer keys, same answers */
    m->f4[b] = (uint8_t)((b == 0 || b >= 0x80) ? 0
                         : cp == CP_SPACE ? ' '
                         : is_word_cp(cp) ? cp : 0x01);
  }
  for (i = 0; i < n; i++)
    keys += (m->pat[i].len >= 4) ? 1
          : (m->pat[i].len != 3) ? 0
          : (m->pat[i].flags & F_WEND) ? 2 : 40;  /* distinct fourth symbols */
  while (bits < 16 * keys && lg < 22) { bits <<= 1; lg++; }
  m->pfx = (uint64_t *)calloc(bits / 64, sizeof *m->pfx);
  m->sh2 = (uint64_t *)calloc((1u << 14) / 64, sizeof *m->sh2);
  if (m->pfx == NULL || m->sh2 == NULL) return -1;
  m->pfx_shift = 32 - lg;
  m->pfx8 = (uint64_t *)calloc(bits / 64, sizeof *m->pfx8);
  m->pfxs = (uint64_t *)calloc(bits / 64, sizeof *m->pfxs);
  m->sh2m = (uint64_t *)calloc((1u << 14) / 64, sizeof *m->sh2m);
  m->shw = (uint64_t *)calloc((1u << 14) / 64, sizeof *m->shw);
  if (m->sh2m == NULL || m->shw == NULL) return -1;
  m->pfxm = (uint64_t *)calloc(bits / 64, sizeof *m->pfxm);
  m->pfxw = (uint64_t *)calloc(bits / 64, sizeof *m->pfxw);
  if (m->pfx8 == NULL || m->pfxs == NULL || m->pfxm == NULL
      || m->pfxw == NULL)
    return -1;
  for (i = 0; i < n; i++) {
    const uchar *p = fpool + boff[i];
    uchar f[8];
    if (m->pat[i].len >= 8 && blen[i] >= 8) {
      int k, ok = 1;
      for (k = 0; k < 8; k++) if ((f[k] = m->f4[p[k]]) == 0) ok = 0;
      if (ok) {
        uint32_t h = key_hash(pack4(f) ^ (pack4(f + 4) * 0x85EBCA6Bu),
                              m->pfx_shift);
        SETBIT(m->pfx8, h);
      }
    }
    else if (m->pat[i].len >= 4 && blen[i] >= 4) {
      int k, ok = 1, word = blen[i] == m->pat[i].len
        && (m->pat[i].flags & (F_WSTART | F_WEND)) == (F_WSTART | F_WEND);
      for (k = 0; k < 4; k++) if ((f[k] = m->f4[p[k]]) == 0) ok = 0;
      if (ok) {
        uint32_t h = key_hash(pack4(f), m->pfx_shift);
        SETBIT(m->pfxs, h);
        /*
        ** A single word of ASCII letters and digits can only match a word
        ** of the same letters (the SSE2 scan keys the whole word, padded
        ** with NULs); anything else is looked at from its first four.
        */
        for (k = 0; k < 8; k++)
          if (k < (int)blen[i]) {
            f[k] = m->f4[p[k]];
            if (p[k] >= 0x80 || !m->alnum[p[k]]) word = 0;
          }
          else f[k] = 0;
        if (word)
          SETBIT(m->pfxw, key_hash(pack4(f) ^ (pack4(f + 4) * 0x85EBCA6Bu),
                                   m->pfx_shift));
        else SETBIT(m->pfxm, h);
      }
    }
  }
  for (i = 0; i < n; i++) {
    const uchar *p = fpool + boff[i];
    uchar f[4] = { 0, 0, 0, 0 };
    int k, ok = 1, len = (m->pat[i].len < 4) ? (int)m->pat[i].len : 4;
    if (blen[i] < (size_t)len) continue;  /* cannot happen: symbols <= bytes */
    for (k = 0; k < len; k++) {
      f[k] = m->f4[p[k]];
      if (f[k] == 0) ok = 0;  /* not ASCII: text there is never filtered */
    }
    if (!ok) continue;
    if (len == 4) {
      uint32_t h = key_hash(pack4(f), m->pfx_shift);
      SETBIT(m->pfx, h);
    }
    else if (len == 3) {
      for (b = 1; b < 128; b++) {
        if ((m->pat[i].flags & F_WEND) && m->alnum[b]) continue;
        if (f[2] == ' ' && m->f4[b] == ' ') continue;  /* one run */
        f[3] = m->f4[b];
        {
          uint32_t h = key_hash(pack4(f), m->pfx_shift);
          SETBIT(m->pfx, h);
          SETBIT(m->pfxs, h);
          SETBIT(m->pfxm, h);
        }
      }
    }
    else {
      /* one or two symbols: a single word is keyed whole (shw) */
      int word = blen[i] == (size_t)len
        && (m->pat[i].flags & (F_WSTART | F_WEND)) == (F_WSTART | F_WEND)
        && m->alnum[p[0]] && (len == 1 || m->alnum[p[1]]);
      unsigned h = (unsigned)f[0] << 7 | (len == 2 ? f[1] : 0);
      if (word) { SETBIT(m->shw, h); SETBIT(m->shw0, f[0]); }
      else if (len == 2) SETBIT(m->sh2m, h);
      else
        for (b = 0; b < 128; b++) SETBIT(m->sh2m, (unsigned)f[0] << 7 | b);
      if (len == 2) SETBIT(m->sh2, h);
      else SETBIT(m->sh1, f[0]);
    }
  }
  /* a pattern of one symbol is in sh2 too, under each byte after it */
  for (b = 0; b < 128; b++)
    if (GETBIT(m->sh1, b)) {
      unsigned b2;
      for (b2 = 0; b2 < 128; b2++) SETBIT(m->sh2, b << 7 | b2);
    }
  return 0;
}

/*
** The second stage of the SSE2 scan, for the words the prefix keys let
** through. With word boundaries, a pattern that begins with a word of
** ASCII letters and digits matches only where the text's word is that
** word, whole: "nationalist" cannot begin "National Front", whatever its
** first eight letters. And where the pattern's first word is followed by
** one space and a second whole word, the text must have that pair. So
** each such pattern adds the hash of its first word, kind W_ANY ("the
** pattern may go on in any way after it") or W_PAIR ("only with a space
** and this next word") plus the hash of the pair. Words are keyed by
** their first sixteen folded bytes and their length, in 32-bit pieces as
** the AVX-512 scan computes them sixteen words at a time. Both kinds of
** a word share a slot: bit 2h is W_ANY, bit 2h + 1 W_PAIR.
*/
#define W_ANY   0u
#define W_PAIR  1u

static const uint32_t wk_mul[6] = {
  0x9E3779B1u, 0x85EBCA77u, 0xC2B2AE3Du, 0x27D4EB2Fu, 0x165667B1u, 0x7FEB352Du
};

/* the key of a word of wl folded bytes at w (16 bytes readable at w) */
static uint32_t word_key (const uchar *w, size_t wl) {
  uint32_t h = (uint32_t)wl * wk_mul[4];
  unsigned j;
  for (j = 0; j < 4; j++) {
    uint32_t d;
    memcpy(&d, w + 4 * j, 4);
    if (wl <= 4 * j) d = 0;
    else if (wl < 4 * j + 4) d &= (1u << (8 * (wl - 4 * j))) - 1;
    h ^= j ? (d << (7 * j)) | (d >> (32 - 7 * j)) : d;  /* rotated */
  }
  return h * wk_mul[5];  /* the slot is the top bits */
}

/* the key of a pair of words */
static uint32_t pair_key (uint32_t k1, uint32_t k2) {
  uint32_t h = k1 * wk_mul[1] ^ k2;
  h ^= h >> 15;
  return h * wk_mul[3];
}

/*
** The AVX-512 block stage's key of a word: its first eight folded bytes
** (fewer when it is shorter) and its length, as two 32-bit halves and one
** multiply, which sixteen lanes compute at once from two byte permutes.
** It is coarser than word_key (a long word is known by its first eight),
** so it only decides which words the exact tests look at. For words of
** one to three letters, whether white space (FW_SP) or other ASCII
** (FW_PUNCT) follows counts too: it tells "at" in "at the" from "At" in
** "At-Bashi", and "a" in "a car" from "A" in "A'chik" (a name that is the
** word alone has both keys; for longer words that would double the false
** hits of a city list for little).
*/
#define FW_MUL1 0x9E3779B1u
#define FW_MUL2 0x85EBCA77u
#define FW_SP    0u
#define FW_PUNCT 128u
#define FW_SHORT 3u      /* the longest word keyed with what follows */

static uint32_t fw_key (const uchar *w, size_t wl, unsigned after) {
  uint32_t d0, d1, l = (uint32_t)wl;
  if (wl > FW_SHORT) after = FW_SP;
  memcpy(&d0, w, 4);
  memcpy(&d1, w + 4, 4);
  if (l < 4) d0 &= (1u << (8 * l)) - 1;
  if (l <= 4) d1 = 0;
  else if (l < 8) d1 &= (1u << (8 * (l - 4))) - 1;
  return ((d0 ^ ((d1 << 13) | (d1 >> 19))) + (l + after) * FW_MUL1) * FW_MUL2;
}

/*
** The classes (1: FW_SP, 2: FW_PUNCT) a text word may be followed by where
** a name's word is followed by p[0], or ends the name (n == 0). A non-ASCII
** character after it leaves the text word to the exact tests anyway.
*/
static unsigned fw_after (const uchar *p, size_t n) {
  if (n == 0 || p[0] >= 0x80) return 3;
  return p[0] == ' ' ? 1 : 2;
}

/* the fw_key of a pair of words */
#define FW_MUL3 0xC2B2AE3Du
#define FW_MUL4 0x27D4EB2Fu

static uint32_t fw_pair (uint32_t k1, uint32_t k2) {
  return ((k1 * FW_MUL3) ^ k2) * FW_MUL4;
}

static uint32_t fwbit (const ac_matcher *m, uint32_t key, unsigned kind) {
  return 2 * (key >> m->fw_shift) + kind;
}

/*
** Set the W_ANY bit of word w (wl bytes) under each class in cls, or
** with pair, that of the pair of the word of key k1 and w.
*/
static void fw_set (ac_matcher *m, int pair, uint32_t k1, const uchar *w,
                    size_t wl, unsigned cls) {
  unsigned a;
  for (a = 0; a < 2; a++)
    if ((cls >> a) & 1) {
      uint32_t k = fw_key(w, wl, a ? FW_PUNCT : FW_SP);
      SETBIT(m->fw, fwbit(m, pair ? fw_pair(k1, k) : k, W_ANY));
    }
}

static uint32_t wbit (const ac_matcher *m, uint32_t key, unsigned kind) {
  return 2 * (key >> m->wkey_shift) + kind;
}

/* the ASCII letters and digits at the start of a normalised pattern */
static size_t alnum_prefix (const ac_matcher *m, const uchar *p, size_t n) {
  size_t k = 0;
  while (k < n && p[k] < 0x80 && m->alnum[p[k]]) k++;
  return k;
}

static int build_word_filter (ac_matcher *m, const uchar *fpool,
                              const uint32_t *boff, const uint32_t *blen,
                              size_t n) {
  size_t i, bits = 1u << 12;
  unsigned lg = 12;
  while (bits < 32 * n && lg < 24) { bits <<= 1; lg++; }
  m->wkey = (uint64_t *)calloc(2 * bits / 64, sizeof *m->wkey);
  if (m->wkey == NULL) return -1;
  m->wkey_shift = 32 - lg;
  /*
  ** The block stage's bitmap gets twice the slots: a false hit there is a
  ** word for the scalar tests (cities: 68,000 of them at 32 slots a
  ** pattern), and a gather from 512 KB costs no more than from 256 KB
  ** here (paired runs: cities +1.5-3 %, GTD +0-2.5 %; 128 slots a
  ** pattern, 1 MB for the cities, was slower).
  */
  while (bits < 64 * n && lg < 22) { bits <<= 1; lg++; }
  m->fw = (uint64_t *)calloc(2 * bits / 64, sizeof *m->fw);
  if (m->fw == NULL) return -1;
  m->fw_shift = 32 - lg;
  for (i = 0; i < n; i++) {
    const uchar *p = fpool + boff[i];
    size_t l = blen[i], w1 = alnum_prefix(m, p, l), w2 = 0, k;
    uchar f1[16], f2[16];
    uint32_t k1, fk1;
    /* the text side sees only words that start where a word may start */
    if (w1 == 0 || !(m->pat[i].flags & F_WSTART)) continue;
    memset(f1, 0, sizeof f1);
    memset(f2, 0, sizeof f2);
    for (k = 0; k < w1 && k < 16; k++) f1[k] = m->f4[p[k]];
    k1 = word_key(f1, w1);
    if (w1 + 1 < l && p[w1] == ' ')
      w2 = alnum_prefix(m, p + w1 + 1, l - w1 - 1);
    /*
    ** A pair needs a second word that ends there: at the pattern's end
    ** with a boundary after it, or before an ASCII non-word character.
    ** A word that a non-ASCII character follows in the pattern needs no
    ** key of its own: word_may_start lets every text word through that
    ** a non-ASCII byte follows. So "Andújar" adds no key, and "New
    ** Bādāh" makes "new" W_PAIR, not W_ANY (which let every "new"
    ** through to the automaton).
    */
    for (k = 0; k < w2 && k < 16; k++) f2[k] = m->f4[p[w1 + 1 + k]];
    if (w1 < l && p[w1] >= 0x80) {}
    else if (w2 > 0 && w1 + 1 + w2 < l && p[w1 + 1 + w2] >= 0x80)
      SETBIT(m->wkey, wbit(m, k1, W_PAIR));
    else if (w2 > 0 && (w1 + 1 + w2 < l || (m->pat[i].flags & F_WEND))) {
      uint32_t k12 = pair_key(k1, word_key(f2, w2));
      size_t o3 = w1 + 2 + w2, w3 = 0;
      SETBIT(m->wkey, wbit(m, k1, W_PAIR));
      /*
      ** The same again one word on: a pair that only goes on with a
      ** space and a third word is W_PAIR, and the triple is its key.
      ** "the new" then lets "the new year" through for "The New Irish
      ** Republican Army" only when the third word is "irish".
      */
      if (o3 < l && p[o3 - 1] == ' ') w3 = alnum_prefix(m, p + o3, l - o3);
      if (w3 > 0 && o3 + w3 < l && p[o3 + w3] >= 0x80)
        SETBIT(m->wkey, wbit(m, k12, W_PAIR));
      else if (w3 > 0 && (o3 + w3 < l || (m->pat[i].flags & F_WEND))) {
        uchar f3[16];
        memset(f3, 0, sizeof f3);
        for (k = 0; k < w3 && k < 16; k++) f3[k] = m->f4[p[o3 + k]];
        SETBIT(m->wkey, wbit(m, k12, W_PAIR));
        SETBIT(m->wkey, wbit(m, pair_key(k12, word_key(f3, w3)), W_ANY));
      }
      else SETBIT(m->wkey, wbit(m, k12, W_ANY));
    }
    else SETBIT(m->wkey, wbit(m, k1, W_ANY));
    /*
    ** The block stage's keys. A first word that a non-ASCII character
    ** follows in the pattern ("Andújar") needs no key: a text word can
    ** only match there if a non-ASCII byte follows it too, and the block
    ** stage lets every such word through. Likewise a second word with a
    ** non-ASCII character after it ("At Tāj") is still a pair: the stage
    ** lets the pair through whenever the next word is one it cannot key.
    ** Without this, "and", "a" and "at" would pass for every "and ".
    */
    if (w1 < l && p[w1] >= 0x80) continue;
    if (w2 > 0 && (w1 + 1 + w2 < l || (m->pat[i].flags & F_WEND))) {
      fk1 = fw_key(f1, w1, FW_SP);
      SETBIT(m->fw, fwbit(m, fk1, W_PAIR));
      m->fw_pairs = 1;
      fw_set(m, 1, fk1, f2, w2, fw_after(p + w1 + 1 + w2, l - w1 - 1 - w2));
    }
    else fw_set(m, 0, 0, f1, w1, fw_after(p + w1, l - w1));
  }
  return 0;
}

#if AC_SWAR
/*
** Direct steps. Half the hits of a big gazetteer are short words ("of",
** "la", "de"), and every word the filters let through then walks the
** automaton symbol by symbol from R0. For each first word of 2 to 7 ASCII
** letters and digits, a small table gives the state that word leads R0
** to, so the scan jumps there in one probe and goes on from it as if it
** had walked. Only words whose walk passes no hit that could count
** before its last symbol get an entry (a pattern that needs a word
** boundary after it cannot end inside the word). Words of 8 to 15 have
** a table of their own, keyed by both halves: "washington" walked ten
** sparse states, and "frankfurt", a name alone (leaf_word), is now
** reported without the automaton.
*/
static uint64_t direct_fold (const ac_matcher *m, uint64_t x, size_t wl) {
  uint64_t keep = (~(uint64_t)0) >> (64 - 8 * wl);
  return (m->fold ? x | 0x2020202020202020ull : x) & keep;
}

static uint64_t direct_slot (const ac_matcher *m, uint64_t key) {
  return (key * 0x9E3779B97F4A7C15ull) >> m->dshift;
}

static uint64_t long_slot (const ac_matcher *m, uint64_t k1, uint64_t k2) {
  return ((k1 * 0x9E3779B97F4A7C15ull) ^ (k2 * 0xC2B2AE3D27D4EB4Full))
         >> m->lshift;
}

static uint32_t step_any (const ac_matcher *m, uint32_t s, unsigned c) {
  return (s < m->ndense) ? m->dense[(size_t)s * m->ncls + c]
                         : step_sparse(m, s, c);
}

/*
** Can the patterns ending at state s only match where a word ends? Inside
** a run of letters none can: the walk over the run needs no stop there.
*/
static int ends_in_word (const ac_matcher *m, uint32_t s) {
  uint32_t u = (m->out[s].term != NONE) ? s : m->out[s].dict, p;
  for (; u > R1; u = m->out[u].dict)
    for (p = m->out[u].term; p != NONE; p = m->pat[p].next)
      if (!(m->pat[p].flags & F_WEND)) return 0;
  return 1;
}

/*
** Is the word that leads R0 to v (with OUTBIT) one pattern and nothing
** more: a single pattern ends there and no other, it needs word
** boundaries on both sides, and no pattern goes on from it with a
** character that may follow a word (space, punctuation)? Then a hit on
** it is final as soon as the next byte is ASCII and not a letter or
** digit: 1 + the pattern, else 0. Where names go on from it with a space
** only ("Central Falls" from "Central"), LEAF_SP is added: the hit is
** final before punctuation, and before a space and a word only when the
** word keys know no name with that pair (leaf_final).
*/
#define LEAF_SP 0x80000000u
/*
** The name is case-sensitive: the hit reads its pattern's record to
** compare the letters. Others read nothing more than the probe's record
** (the cities' 145,000 names alone are 1,850 patterns, spread over
** 550 KB of records).
*/
#define LEAF_CS 0x40000000u
static uint32_t leaf_pattern (const ac_matcher *m, uint32_t v,
                              const uint8_t *nonword) {
  uint32_t s = v & STATEMASK, p = m->out[s].term, t, sp = 0;
  if (!(v & OUTBIT) || p == NONE || m->pat[p].next != NONE
      || m->out[s].dict > R1
      || (m->pat[p].flags & (F_WSTART | F_WEND)) != (F_WSTART | F_WEND))
    return 0;
  for (t = m->st[s].cfirst; t < kids_end(m, s); t++) {
    unsigned c = m->st[t].info & LABMASK;
    if (nonword[c]) {
      if (c != m->space_cls) return 0;
      sp = LEAF_SP;  /* names go on with a space: see leaf_final */
    }
  }
  return (p + 1) | sp | ((m->pat[p].flags & F_CS) ? LEAF_CS : 0);
}

static int build_direct (ac_matcher *m, const uchar *fpool,
                         const uint32_t *boff, const uint32_t *blen,
                         size_t n) {
  size_t i, slots = 16, longs = 0, lslots;
  uint8_t *nonword;
  unsigned lg = 4, b, llg;
  m->dshift = 0;
  /* the table folds with bit 5: the automaton must too */
  for (b = 0; b < 128; b++)
    if (m->alnum[b] && m->fold && m->acls[b] != m->acls[b | 0x20]) return 0;
  while (slots < 2 * n && lg < 24) { slots <<= 1; lg++; }
  m->dir = (ac_direct *)calloc(slots, sizeof *m->dir);
  if (m->dir == NULL) return -1;
  for (i = 0; i < n; i++) {  /* first words of 8-15 letters */
    size_t wl = alnum_prefix(m, fpool + boff[i], blen[i]);
    longs += (wl >= 8 && wl < 16);
  }
  lslots = 16; llg = 4;
  while (lslots < 2 * longs && llg < 24) { lslots <<= 1; llg++; }
  m->dlong = (ac_dlong *)calloc(lslots, sizeof *m->dlong);
  if (m->dlong == NULL) return -1;
  m->lshift = 64 - llg;
  /* the classes an ASCII byte outside words has */
  nonword = (uint8_t *)calloc(m->ncls, 1);
  if (nonword == NULL) return -1;
  for (b = 0; b < 128; b++)
    if (!m->alnum[b])
      nonword[m->acls[b] == ACLS_SPACE ? m->space_cls : m->acls[b]] = 1;
  m->dshift = 64 - lg;
  for (i = 0; i < n; i++) {
    const uchar *p = fpool + boff[i];
    size_t l = blen[i], wl = alnum_prefix(m, p, l), k;
    uint64_t x = 0, y = 0, key, k2 = 0, h;
    uint32_t s = R0, v = R0;
    if (wl < 1 || wl > 15) continue;
    for (k = 0; k < wl && k < 8; k++) x |= (uint64_t)p[k] << (8 * k);
    for (k = 8; k < wl; k++) y |= (uint64_t)p[k] << (8 * (k - 8));
    key = direct_fold(m, x, wl < 8 ? wl : 8);
    if (wl > 8) k2 = direct_fold(m, y, wl - 8);
    for (k = 0; k < wl; k++) {
      if (k > 0 && (v & OUTBIT) && !ends_in_word(m, s)) break;
      v = step_any(m, s,
                   m->acls[((k < 8 ? key : k2) >> (8 * (k & 7))) & 0xFF]);
      s = v & STATEMASK;
    }
    if (k < wl) continue;
    if (wl >= 8) {
      for (h = long_slot(m, key, k2);
           m->dlong[h].k1 != 0
           && (m->dlong[h].k1 != key || m->dlong[h].k2 != k2);
           h = (h + 1) & (lslots - 1)) {}
      m->dlong[h].k1 = key;
      m->dlong[h].k2 = k2;
      m->dlong[h].val = v;
      m->dlong[h].pat = leaf_pattern(m, v, nonword);
      continue;
    }
    for (h = direct_slot(m, key); m->dir[h].key != 0 && m->dir[h].key != key;
         h = (h + 1) & (slots - 1)) {}
    m->dir[h].key = key;
    m->dir[h].val = v;
    m->dir[h].pat = leaf_pattern(m, v, nonword);
  }
  free(nonword);
  /*
  ** Where most first words are names alone (a city list), a word the
  ** block stage lets through is most often one of them, and the scan
  ** tries the name alone before the prefix keys, which such a word
  ** passes anyway (cities: 145,000 of the 237,000 words let through are
  ** reported so; paired runs +4-11 %; GTD, with 82 names alone among
  ** 1,204 first words, would lose 6 %).
  */
  {
    size_t words = 0, alone = 0;
    for (i = 0; i < slots; i++)
      if (m->dir[i].key != 0) { words++; alone += m->dir[i].pat != 0; }
    for (i = 0; i < lslots; i++)
      if (m->dlong[i].k1 != 0) { words++; alone += m->dlong[i].pat != 0; }
    m->leaf_first = 2 * alone > words;
  }
  /*
  ** When every pattern wants whole words (m->dir_exact, set by
  ** ac_compile), a name can only start at a text word whose letters are
  ** all of its first word (the letters before its first space,
  ** punctuation or non-ASCII letter): where the word has more, the name
  ** has something else there, or ends inside a word. And the table holds
  ** every first word of 1 to 15 letters, since no hit can end inside one
  ** (ends_in_word). So a word of 1 to 15 letters that an ASCII non-word
  ** byte ends and that the table lacks starts no name: "s" of "U.S.",
  ** "annual" and "insurance", which the block stage lets through on a
  ** false hit of its bitmap (cities: 30,000 words), are dropped after the
  ** probe, not keyed four ways more (leaf_block).
  */
  return 0;
}

/* direct_word for a word of 8 to 15 letters, whose first eight are x */
static size_t direct_long (const ac_matcher *m, const uchar *t, size_t len,
                           size_t i, uint64_t x, uint32_t *v,
                           uint32_t *leaf) {
  uint64_t y, k1, k2, h, mask = (((uint64_t)1) << (64 - m->lshift)) - 1;
  size_t wl;
  if (i + 16 > len) return 0;
  y = load8(t + i + 8);
  wl = first8(~alnum_mask8(y) & H8);
  if (wl == 8) return 0;  /* sixteen letters or more */
  k1 = direct_fold(m, x, 8);
  k2 = wl ? direct_fold(m, y, wl) : 0;
  for (h = long_slot(m, k1, k2); m->dlong[h].k1 != 0; h = (h + 1) & mask)
    if (m->dlong[h].k1 == k1 && m->dlong[h].k2 == k2) {
      *v = m->dlong[h].val;
      *leaf = m->dlong[h].pat;
      return 8 + wl;
    }
  return 0;
}

/*
** The state the word of ASCII letters and digits at t[i] leads R0 to, in
** *v, and its length; 0 when the table has no such word.
*/
static size_t direct_word (const ac_matcher *m, const uchar *t, size_t len,
                           size_t i, uint32_t *v, uint32_t *leaf) {
  uint64_t x, key, h;
  size_t wl;
  if (m->dshift == 0 || i + 8 > len) return 0;
  x = load8(t + i);
  wl = first8(~alnum_mask8(x) & H8);
  if (wl < 2) return 0;
  if (wl == 8) return direct_long(m, t, len, i, x, v, leaf);
  key = direct_fold(m, x, wl);
  for (h = direct_slot(m, key); m->dir[h].key != 0;
       h = (h + 1) & ((((uint64_t)1) << (64 - m->dshift)) - 1))
    if (m->dir[h].key == key) {
      *v = m->dir[h].val;
      *leaf = m->dir[h].pat;
      return wl;
    }
  return 0;
}
#endif

/*
** Does the start filter prove that no match starts at t[i]?
*/
static int no_start (const ac_matcher *m, const uchar *t, size_t len,
                     size_t i) {
  const uint8_t *f4 = m->f4;
  unsigned f0, f1, f2, f3;
  uint32_t h, w;
  if (i + 4 > len) return 0;
  f0 = f4[t[i]]; f1 = f4[t[i + 1]]; f2 = f4[t[i + 2]]; f3 = f4[t[i + 3]];
  if (!(f0 && f1 && f2 && f3)) return 0;
  /* a white-space run inside the four would be one symbol */
  if ((f1 == ' ' && (f0 == ' ' || f2 == ' ')) || (f2 == ' ' && f3 == ' '))
    return 0;
  w = f0 | f1 << 8 | f2 << 16 | (uint32_t)f3 << 24;
  h = key_hash(w, m->pfx_shift);
  if (GETBIT(m->pfx, h)) {
    /*
    ** Some pattern starts with these four. Unless one of them is shorter
    ** than eight symbols, eight symbols must match as well.
    */
    unsigned f5, f6, f7, f8;
    if (GETBIT(m->pfxs, h) || i + 8 > len) return 0;
    f5 = f4[t[i + 4]]; f6 = f4[t[i + 5]]; f7 = f4[t[i + 6]]; f8 = f4[t[i + 7]];
    if (!(f5 && f6 && f7 && f8)) return 0;
    if ((f3 == ' ' && f5 == ' ') || (f5 == ' ' && f6 == ' ')
        || (f6 == ' ' && f7 == ' ') || (f7 == ' ' && f8 == ' '))
      return 0;
    h = key_hash(w ^ ((f5 | f6 << 8 | f7 << 16 | (uint32_t)f8 << 24)
                      * 0x85EBCA6Bu), m->pfx_shift);
    if (GETBIT(m->pfx8, h)) return 0;
  }
  h = f0 << 7 | f1;
  return !GETBIT(m->sh2, h) && !GETBIT(m->sh1, f0);
}

#if AC_SWAR && defined(__SSE2__)
#define AC_SSE2 1

/* what the SSE2 scan knows about sixteen bytes */
typedef struct block16 {
  __m128i f;        /* the bytes as the filter's keys have them */
  uint32_t a;       /* bit per ASCII letter or digit */
  uint32_t u;       /* bit per byte the automaton must see */
  uint32_t bad;     /* bit per byte the filter cannot key (NUL, non-ASCII) */
  uint32_t ws;      /* bit per ASCII white-space byte */
} block16;

/*
** Classify sixteen bytes. Letters and digits fold by setting bit 5, white
** space becomes ' ', other ASCII 0x01, exactly as f4[] maps them.
*/
static void classify16 (const uchar *q, const __m128i *un, unsigned nu,
                        block16 *bk) {
  const __m128i b20 = _mm_set1_epi8(0x20);
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)q);
  __m128i lw = _mm_or_si128(x, b20);
  __m128i al = _mm_or_si128(
      _mm_cmplt_epi8(_mm_add_epi8(lw, _mm_set1_epi8((char)(0x80 - 'a'))),
                     _mm_set1_epi8((char)(-128 + 26))),
      _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - '0'))),
                     _mm_set1_epi8((char)(-128 + 10))));
  __m128i ws = _mm_or_si128(
      _mm_cmpeq_epi8(x, b20),
      _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - '\t'))),
                     _mm_set1_epi8((char)(-128 + 5))));
  __m128i other = _mm_andnot_si128(_mm_or_si128(al, ws),
                                   _mm_set1_epi8(0x01));
  uint32_t u = (uint32_t)_mm_movemask_epi8(x);  /* non-ASCII bytes */
  unsigned k;
  bk->f = _mm_or_si128(_mm_or_si128(_mm_and_si128(lw, al),
                                    _mm_and_si128(b20, ws)), other);
  bk->a = (uint32_t)_mm_movemask_epi8(al);
  bk->ws = (uint32_t)_mm_movemask_epi8(ws);
  bk->bad = u | (uint32_t)_mm_movemask_epi8(
                  _mm_cmpeq_epi8(x, _mm_setzero_si128()));
  for (k = 0; k < nu; k++)
    u |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, un[k]));
  bk->u = u;
}

static uint32_t load4 (const uchar *p) {
  uint32_t x;
  memcpy(&x, p, 4);
  return x;
}

/*
** The SSE2 scan's view of 64 bytes of text from p (and of the 16 after,
** which the keys of words near the end need), kept between calls: after a
** word the filter lets through, the scan comes back into the same block.
*/
typedef struct skipctx {
  size_t p;                  /* block start; SIZE_MAX: none yet */
  uint64_t a, u;             /* bit per byte of the block (block16) */
  uint64_t nk;               /* bit per byte the filter cannot key (NUL,
                                non-ASCII, a white-space run): the word
                                at b cannot be keyed by four bytes when
                                nk_at(c, b) & 0xF, by eight when & 0xFF */
  uint32_t nk2;              /* the same for the 16 bytes after */
  uint64_t prev;             /* bit 0: the byte before the block is alnum */
  uint64_t pass;             /* bit per word start the first keys may let
                                through (AVX-512: all others fail them) */
  block16 next;              /* those 16 bytes: the next block's start */
  uchar buf[80];             /* mapped bytes of the block and the 16 after */
  struct skipctx *ahead;     /* AVX-512: the next block, worked out early */
} skipctx;

/* classify the 64 bytes at c->p (and 16 more); bk0: the first 16 */
static void skip_block (skipctx *c, const uchar *t, const __m128i *un,
                        unsigned nu, const block16 *bk0) {
  block16 bk[5];
  uint64_t ws, bad, nk, nk2;
  unsigned k;
  bk[0] = *bk0;
  for (k = 1; k < 5; k++) classify16(t + c->p + 16 * k, un, nu, &bk[k]);
  for (k = 0; k < 5; k++)
    _mm_storeu_si128((__m128i *)(void *)(c->buf + 16 * k), bk[k].f);
  c->a = bk[0].a | (uint64_t)bk[1].a << 16 | (uint64_t)bk[2].a << 32
       | (uint64_t)bk[3].a << 48;
  c->u = bk[0].u | (uint64_t)bk[1].u << 16 | (uint64_t)bk[2].u << 32
       | (uint64_t)bk[3].u << 48;
  bad = bk[0].bad | (uint64_t)bk[1].bad << 16
      | (uint64_t)bk[2].bad << 32 | (uint64_t)bk[3].bad << 48;
  ws = bk[0].ws | (uint64_t)bk[1].ws << 16 | (uint64_t)bk[2].ws << 32
     | (uint64_t)bk[3].ws << 48;
  /* a byte the filter cannot key: NUL, non-ASCII, or a white-space run */
  nk = bad | (ws & ((ws >> 1) | (uint64_t)bk[4].ws << 63));
  nk2 = bk[4].bad | (bk[4].ws & (bk[4].ws >> 1));
  c->nk = nk;
  c->nk2 = (uint32_t)nk2;
  c->next = bk[4];
  c->pass = ~(uint64_t)0;
}

#if defined(__x86_64__) && (defined(__clang__) || __GNUC__ >= 10) \
    && !defined(AC_NO_AVX512)
#define AC_AVX512 1
#include <immintrin.h>
#define AVX512_TARGET \
  __attribute__((target("avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,bmi2")))

/*
** Does this CPU (and its OS) run the AVX-512 block scan? Byte compress
** (VBMI2), two-table byte permutes (VBMI) and pdep (BMI2) are what it
** needs.
*/
static int cpu_avx512 (void) {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
      && __builtin_cpu_supports("avx512vl")
      && __builtin_cpu_supports("avx512vbmi")
      && __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("bmi2");
}

/*
** skip_block with AVX-512: the 64 bytes are classified at once, and every
** word start in the block is tested against the list's first words,
** sixteen words to a register. The word starts (and the ends of their
** runs, the one that runs into the next 16 bytes included) are
** compressed into lanes; each lane's first eight mapped bytes are
** permuted out of the block, cut at the word's end and hashed with its
** length (fw_key), and one gather reads the word's two bits: W_ANY (some
** name starts with this word and may go on in any way) and W_PAIR (names
** go on with a space and a second word). Where only W_PAIR is set and one
** white-space byte leads to the next lane's word, a second gather, taken
** only when some lane needs it, looks up the pair. c->pass gets a bit per
** word start that may begin a name, so the scalar loop, which tests each
** again exactly, visits only those (193,000 of 2.8 million words of
** Reuters with the GTD names, 1,300 with a name that never occurs).
**
** This stage used to gather the four- and eight-byte prefix keys and a
** sixteen-byte word key (four gathers per sixteen words): one gather and
** two byte permutes do nearly the same filtering in half the time on
** this machine's Zen 5, where a gather of sixteen costs sixteen loads.
*/
/*
** block512's constants, read from memory: gcc built each one in a
** register (an immediate moved and broadcast, two instructions where
** clang's one load does), some 60 instructions a block; the empty
** asm hides the table's values from gcc so that it loads them. clang,
** which folds the constants into its instructions' memory operands,
** sees through the table (it lost 5 % to the broadcast loads).
*/
static const uint32_t block_k[27] = {
  0x20202020u, 0x03020100, 31, 1, 0x61616161u, 0x1A1A1A1Au, 0x30303030u,
  0x0A0A0A0Au, 0x09090909u, 0x05050505u, 0x01010101u, 63, 0x04040404u, 32,
  64, 0xFF, 0x20, FW_SHORT, FW_PUNCT, FW_MUL1, FW_MUL2, 79, 0x80, 2, 3,
  FW_MUL3, FW_MUL4
};
#define BK(i) _mm512_set1_epi32((int)kp[i])
#define BKX(i) _mm_set1_epi32((int)kp[i])

AVX512_TARGET
static void block512 (const ac_matcher *m, skipctx *c, const uchar *t) {
  const uint32_t *kp = block_k;
#if defined(__GNUC__) && !defined(__clang__)
  __asm__("" : "+r"(kp));
#endif
  const __m512i x = _mm512_loadu_si512((const void *)(t + c->p));
  const __m512i lw = _mm512_or_si512(x, BK(0));
  const __m512i iota = _mm512_set_epi8(
      63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48,
      47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32,
      31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16,
      15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
  /* byte 4k + j of lane k's key is the word start k's byte j */
  const __m512i spread = _mm512_set_epi8(
      15, 15, 15, 15, 14, 14, 14, 14, 13, 13, 13, 13, 12, 12, 12, 12,
      11, 11, 11, 11, 10, 10, 10, 10, 9, 9, 9, 9, 8, 8, 8, 8,
      7, 7, 7, 7, 6, 6, 6, 6, 5, 5, 5, 5, 4, 4, 4, 4,
      3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 0, 0, 0, 0);
  const __m512i offs = BK(1);
  const __m128i fsh = _mm_cvtsi32_si128((int)m->fw_shift);
  /* (h >> fw_shift) << 1 >> 5 in one shift: the word the gather reads */
  const __m128i fsh4 = _mm_cvtsi32_si128((int)m->fw_shift + 4);
  const __m512i m31 = BK(2), one = BK(3);
  const __m512i ones = _mm512_set1_epi32(-1);
  uint64_t al, ws, bad, u, nk, nk2, starts, ends, pass = 0;
  __m512i f, hi, xn, pos, epos;
  unsigned k, n, tail;
  al = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(lw, BK(4)),
                              BK(5))
     | _mm512_cmplt_epu8_mask(_mm512_sub_epi8(x, BK(6)),
                              BK(7));
  ws = _mm512_cmpeq_epi8_mask(x, BK(0))
     | _mm512_cmplt_epu8_mask(_mm512_sub_epi8(x, BK(8)),
                              BK(9));
  u = _mm512_movepi8_mask(x);  /* non-ASCII bytes */
  bad = u | _mm512_testn_epi8_mask(x, x);
  for (k = 0; k < m->nunsafe; k++)
    u |= _mm512_cmpeq_epi8_mask(x, _mm512_set1_epi8((char)m->unsafe[k]));
  /* mapped as classify16 maps: letters folded, white space ' ', else 1 */
  f = _mm512_mask_mov_epi8(BK(10), al, lw);
  f = _mm512_mask_mov_epi8(f, ws, BK(0));
  _mm512_storeu_si512((void *)c->buf, f);
  {
    /*
    ** The 16 bytes after, as classify16 would see them. Their masks stay
    ** in locals for the work below: read back from c->next, gcc packed
    ** the four into a vector on the way to the store and took them out
    ** again, and the tail's length, which every lane's end waits for,
    ** waited for that too.
    */
    const __m128i xn16 = _mm_loadu_si128(
        (const __m128i *)(const void *)(t + c->p + 64));
    const __m128i lw16 = _mm_or_si128(xn16, BKX(0));
    const uint32_t al16 = _mm_cmplt_epu8_mask(
                         _mm_sub_epi8(lw16, BKX(4)), BKX(5))
                   | _mm_cmplt_epu8_mask(
                         _mm_sub_epi8(xn16, BKX(6)), BKX(7));
    const uint32_t ws16 = _mm_cmpeq_epi8_mask(xn16, BKX(0))
                   | _mm_cmplt_epu8_mask(
                         _mm_sub_epi8(xn16, BKX(8)), BKX(9));
    const uint32_t na16 = _mm_movepi8_mask(xn16);
    const uint32_t bad16 = na16 | _mm_testn_epi8_mask(xn16, xn16);
    const __m128i f16 = _mm_mask_mov_epi8(_mm_mask_mov_epi8(
        BKX(10), (__mmask16)al16, lw16),
        (__mmask16)ws16, BKX(0));
    const uint64_t prev = c->prev;
    c->next.f = f16;
    c->next.a = al16;
    c->next.ws = ws16;
    c->next.u = na16;  /* only the SSE2 scan reads it, with its own */
    c->next.bad = bad16;
    xn = _mm512_zextsi128_si512(xn16);
    _mm_storeu_si128((__m128i *)(void *)(c->buf + 64), f16);
    c->a = al;
    c->u = u;
    nk = bad | (ws & ((ws >> 1) | (uint64_t)ws16 << 63));
    nk2 = bad16 | (ws16 & (ws16 >> 1));
    c->nk = nk;
    c->nk2 = (uint32_t)nk2;
    /* the first keys of every word start, sixteen at a time */
    starts = al & ~((al << 1) | prev);
    ends = al & ~(al >> 1);           /* the last byte of each run */
    if (prev & al & 1) ends &= ends - 1;  /* a run that started before */
    n = (unsigned)__builtin_popcountll(starts);
    pos = _mm512_maskz_compress_epi8(starts, iota);
    epos = _mm512_maskz_compress_epi8(ends, iota);
    hi = _mm512_zextsi128_si512(f16);
    tail = (unsigned)__builtin_ctz(~al16 | 0x10000u);
  }
  for (k = 0; k < n; k += 16) {
    __m512i idx = _mm512_add_epi8(
        _mm512_permutexvar_epi8(
            _mm512_add_epi8(spread, _mm512_set1_epi8((char)k)), pos), offs);
    __m512i sp = _mm512_cvtepu8_epi32(k ? _mm512_extracti32x4_epi32(pos, 1)
                                        : _mm512_castsi512_si128(pos));
    __m512i ep = _mm512_cvtepu8_epi32(k ? _mm512_extracti32x4_epi32(epos, 1)
                                        : _mm512_castsi512_si128(epos));
    __m512i wl, w8;
    /* the word that runs into the next 16 bytes ends there */
    ep = _mm512_mask_add_epi32(ep, _mm512_cmpeq_epi32_mask(ep,
             BK(11)), ep, _mm512_set1_epi32((int)tail));
    wl = _mm512_add_epi32(_mm512_sub_epi32(ep, sp), one);
    w8 = _mm512_slli_epi32(wl, 3);
    /* fw_key: the first four and the next four bytes, cut at the word end */
    __m512i d0 = _mm512_permutex2var_epi8(f, idx, hi);
    __m512i d1 = _mm512_permutex2var_epi8(
        f, _mm512_add_epi8(idx, BK(12)), hi);
    __m512i h, hb, g, gp;
    uint64_t wp, unk, wsa, clean;
    __mmask16 need16;
    d0 = _mm512_and_si512(d0, _mm512_srlv_epi32(ones, _mm512_max_epi32(
        _mm512_sub_epi32(BK(13), w8), _mm512_setzero_si512())));
    d1 = _mm512_and_si512(d1, _mm512_srlv_epi32(ones, _mm512_max_epi32(
        _mm512_sub_epi32(BK(14), w8), _mm512_setzero_si512())));
    /* is the byte after the word white space (fw_key's FW_SP)? */
    wsa = _mm512_cmpeq_epi32_mask(_mm512_and_si512(_mm512_permutex2var_epi8(
              f, _mm512_add_epi32(ep, one), hi), BK(15)),
                                  BK(16));
    h = _mm512_mullo_epi32(_mm512_add_epi32(
            _mm512_xor_si512(d0, _mm512_rol_epi32(d1, 13)),
            _mm512_mullo_epi32(_mm512_mask_add_epi32(wl, (__mmask16)~wsa
                                   & _mm512_cmple_epu32_mask(wl,
                                         BK(17)),
                                   wl, BK(18)),
                               BK(19))),
        BK(20));
    /* a run past the 80 bytes, or one a non-ASCII byte goes on: unknown */
    unk = _mm512_cmpge_epi32_mask(ep, BK(21))
        | _mm512_test_epi32_mask(_mm512_permutex2var_epi8(
              x, _mm512_add_epi32(ep, one), xn), BK(22));
    /*
    ** The pair with the next lane's word, where one white-space byte is
    ** all that lies between them; white space with anything else after
    ** it is left to word_may_start, and the last lane has no next word.
    */
    clean = wsa & _mm512_cmpeq_epi32_mask(
        _mm512_alignr_epi32(_mm512_setzero_si512(), sp, 1),
        _mm512_add_epi32(ep, BK(23)))
      & ~(unk >> 1) & ((n - k > 16) ? 0x7FFFu : ((1u << (n - k - 1)) - 1));
    hb = _mm512_slli_epi32(_mm512_srl_epi32(h, fsh), 1);
    /*
    ** The masks below are worked out before the gather returns, so that
    ** after it one and and one compare stand between the answer and the
    ** pair lookup: a lane needs its pair where its bits read W_PAIR
    ** alone, its key is known and one white-space byte leads to the next
    ** word (cand); a lane with W_PAIR and white space followed by
    ** anything else is let through (sel tests bit 1 as well as bit 0
    ** there). The bits are tested where the gathered word has them (the
    ** masks shifted up, not the word down), and the masks are operands
    ** of the compares, not GPR arithmetic on their results: gcc moved
    ** each result to a GPR and back to a mask register on the way to the
    ** compress (clang did not).
    */
    {
      const __mmask16 cand = (__mmask16)(clean & ~unk);
      const __m512i bit = _mm512_and_si512(hb, m31);
      const __m512i sel = _mm512_sllv_epi32(_mm512_mask_mov_epi32(one,
          (__mmask16)(wsa & ~clean), BK(24)), bit);
      const __m512i both = _mm512_sllv_epi32(BK(24), bit);
      const __m512i two = _mm512_sllv_epi32(BK(23), bit);
      /* bit 0: W_ANY, bit 1: W_PAIR */
      g = _mm512_i32gather_epi32(_mm512_srl_epi32(h, fsh4),
                                 (const void *)m->fw, 4);
      need16 = _mm512_mask_cmpeq_epi32_mask(cand,
          _mm512_and_si512(g, both), two);
      wp = unk | _mm512_test_epi32_mask(g, sel);
    }
    /*
    ** Not "if (pair & clean)": with names like "the base" half the blocks
    ** need the pair, and a branch that goes either way half the time
    ** costs more than the gather (GTD names +7 %, cities +5 %).
    */
    if (m->fw_pairs) {
      unsigned need = (unsigned)need16;
      __m512i hp = _mm512_mullo_epi32(_mm512_xor_si512(
               _mm512_mullo_epi32(h, BK(25)),
               _mm512_alignr_epi32(_mm512_setzero_si512(), h, 1)),
           BK(26));
      hp = _mm512_slli_epi32(_mm512_srl_epi32(hp, fsh), 1);
      /*
      ** A gather costs one load per lane (and runs as microcode), and
      ** four lanes are enough for 99 % of the groups (GTD and city names
      ** on Reuters): the lanes that need the pair are packed into four,
      ** looked up with four plain loads, and their answers put back with
      ** pdep. The branch goes the rare way once in a hundred. The four
      ** keys leave the vector register as two 64-bit halves (two
      ** extracts, not four).
      */
      if (__builtin_popcount(need) <= 4) {
        const char *fwb = (const char *)(const void *)m->fw;
        const __m128i hv = _mm512_castsi512_si128(
            _mm512_maskz_compress_epi32(need16, hp));
        const uint64_t lo = (uint64_t)_mm_cvtsi128_si64(hv);
        const uint64_t up = (uint64_t)_mm_extract_epi64(hv, 1);
        const uint32_t h0 = (uint32_t)lo, h1 = (uint32_t)(lo >> 32);
        const uint32_t h2 = (uint32_t)up, h3 = (uint32_t)(up >> 32);
        uint32_t w0, w1, w2, w3, r;
        memcpy(&w0, fwb + 4 * (h0 >> 5), 4);
        memcpy(&w1, fwb + 4 * (h1 >> 5), 4);
        memcpy(&w2, fwb + 4 * (h2 >> 5), 4);
        memcpy(&w3, fwb + 4 * (h3 >> 5), 4);
        r = ((w0 >> (h0 & 31)) & 1) | ((w1 >> (h1 & 31)) & 1) << 1
          | ((w2 >> (h2 & 31)) & 1) << 2 | ((w3 >> (h3 & 31)) & 1) << 3;
        wp |= _pdep_u32(r, need);
      }
      else {
        gp = _mm512_srlv_epi32(
            _mm512_i32gather_epi32(_mm512_srli_epi32(hp, 5),
                                   (const void *)m->fw, 4),
            _mm512_and_si512(hp, m31));
        wp |= need & _mm512_test_epi32_mask(gp, one);
      }
    }
    pass |= wp << k;
  }
  /* back from lanes to the positions of the word starts */
  c->pass = _pdep_u64(pass, starts);
}

/*
** The block at c->p, and the one after it in c->ahead: its masks, a
** chain of dependent steps (load, classify, compress, permute, hash,
** gather, expand), are worked out while the scan still walks this block,
** so the two chains overlap instead of waiting on each other.
*/
AVX512_TARGET
static void skip_block512 (const ac_matcher *m, skipctx *c, const uchar *t,
                           size_t len) {
  skipctx *ah = c->ahead;
  if (ah->p == c->p && ah->prev == c->prev) {
    c->a = ah->a; c->u = ah->u; c->nk = ah->nk; c->nk2 = ah->nk2;
    c->pass = ah->pass; c->next = ah->next;
    memcpy(c->buf, ah->buf, sizeof c->buf);
  }
  else block512(m, c, t);
  if (c->p + 64 + 80 <= len) {
    ah->p = c->p + 64;
    ah->prev = c->a >> 63;
    block512(m, ah, t);
  }
  else ah->p = (size_t)-1;
}
#else
#define AC_AVX512 0
#endif

/* bits b to b + 7 of the block's nk, those past it from nk2 */
static unsigned nk_at (const skipctx *c, unsigned b) {
  return (unsigned)(((c->nk >> b) | (((uint64_t)c->nk2 << 1) << (63 - b)))
                    & 0xFF);
}

/* the length of the run of ASCII alphanumerics at c->p + b, up to 8 */
static unsigned word_len8 (const skipctx *c, unsigned b) {
  uint64_t aw = ~((c->a >> b) | (((uint64_t)c->next.a << 1) << (63 - b)))
              & 0xFF;
  return aw ? (unsigned)__builtin_ctzll(aw) : 8;
}

/*
** A word starts at c->p + b with the four mapped bytes of key h, and some
** pattern of fewer than eight symbols starts with them: can one match?
** (Kept out of the loop of simd_skip, which most words never leave.)
*/
static int short_may_start (const ac_matcher *m, const skipctx *c,
                            unsigned b, uint32_t h) {
  unsigned wl;
  if (GETBIT(m->pfxm, h)) return 1;
  wl = word_len8(c, b);
  if (wl >= 4 && wl < 8) {
    /* a word of four to seven: is it a pattern? */
    uint64_t x = load8(c->buf + b) & ((~(uint64_t)0) >> (64 - 8 * wl));
    return (int)GETBIT(m->pfxw, key_hash((uint32_t)x ^ ((uint32_t)(x >> 32)
                                                        * 0x85EBCA6Bu),
                                         m->pfx_shift));
  }
  return 0;
}

/* the same for a word that starts like a pattern of one or two letters */
static int tiny_may_start (const ac_matcher *m, const skipctx *c,
                           unsigned b, uint32_t h) {
  unsigned wl = word_len8(c, b);
  return wl <= 2 && GETBIT(m->shw, wl == 2 ? h : h & ~0x7Fu);
}

/* the length of the run of ASCII alphanumerics at c->p + q (q < 80) */
static unsigned run_at (const skipctx *c, unsigned q) {
  uint64_t x;
  if (q == 0) x = c->a;
  else if (q < 64) x = (c->a >> q) | ((uint64_t)c->next.a << (64 - q));
  else x = (uint64_t)c->next.a >> (q - 64);
  return ~x ? (unsigned)__builtin_ctzll(~x) : 64;
}

/*
** The length of the run of ASCII letters and digits at t[j], when it is
** shorter than 64 and 8 bytes past it are readable; else 64 (unknown).
*/
static unsigned text_run (const uchar *t, size_t len, size_t j) {
  unsigned n = 0;
  while (n < 64 && j + n + 8 <= len) {
    size_t k = alnum_run8(t + j + n);
    n += (unsigned)k;
    if (k < 8) return n;
  }
  return 64;
}

/* word_key of the text word of wl letters and digits at t[j] (16 readable) */
static uint32_t text_word_key (const uchar *t, size_t j, size_t wl) {
  uchar f[16];
  uint64_t x = load8(t + j) | 0x2020202020202020ull;
  uint64_t y = load8(t + j + 8) | 0x2020202020202020ull;
  memcpy(f, &x, 8);  /* letters fold with bit 5, digits have it */
  memcpy(f + 8, &y, 8);
  return word_key(f, wl);
}

/*
** The name alone of wl letters at t[i] is LEAF_SP and a byte of ASCII
** follows it: is its hit final? Before punctuation it is; before one
** white-space byte and a word of ASCII letters and digits, it is when no
** name has that pair (build_word_filter keys every pair a name goes on
** with, W_ANY or W_PAIR). Anything else is left to the automaton.
*/
static AC_NOINLINE int leaf_final (const ac_matcher *m, const uchar *t,
                                   size_t len, size_t i, size_t wl) {
  size_t j = i + wl, w2;
  uint32_t k;
  if (m->f4[t[j]] != ' ') return 1;
  j++;
  if (j + 16 > len || m->f4[t[j]] == ' ' || t[j] >= 0x80) return 0;
  w2 = text_run(t, len, j);
  if (w2 == 0 || w2 >= 64 || j + w2 >= len || t[j + w2] >= 0x80) return 0;
  k = pair_key(text_word_key(t, i, wl), text_word_key(t, j, w2));
  return !GETBIT(m->wkey, wbit(m, k, W_ANY))
      && !GETBIT(m->wkey, wbit(m, k, W_PAIR));
}

/*
** A word starts at c->p + b and the prefix keys let it through: can a
** pattern start there (build_word_filter)? The first word is read from
** the block's mapped bytes, the words after it from the text, so a pair
** or a triple is judged even where it runs past the block. Where the
** text does not tell (a word of 64 letters or more, a non-ASCII byte
** after a word, a run of white space, the end of the text), the answer
** is yes.
*/
static int word_may_start (const ac_matcher *m, const skipctx *c,
                           const uchar *t, size_t len, unsigned b) {
  unsigned wl = run_at(c, b), w;
  size_t j;
  uint32_t k;
  /*
  ** run_at sees 64 bytes at most; a non-ASCII letter may go on with the
  ** word, or fold to ASCII (İ)
  */
  if (wl >= 64 || b + wl >= 64 + 16 || t[c->p + b + wl] >= 0x80) return 1;
  k = word_key(c->buf + b, wl);
  j = c->p + b + wl;
  for (w = 1; ; w++) {  /* k: the key of the first w words */
    if (GETBIT(m->wkey, wbit(m, k, W_ANY))) return 1;
    if (w == 3 || !GETBIT(m->wkey, wbit(m, k, W_PAIR))) return 0;
    /* the next word: one white-space byte and a whole word */
    if (m->f4[t[j]] != ' ') return 0;
    j++;
    if (j + 16 > len || m->f4[t[j]] == ' ' || t[j] >= 0x80) return 1;
    wl = text_run(t, len, j);
    if (wl == 0) return 0;  /* punctuation: no next word */
    if (wl >= 64 || j + wl >= len || t[j + wl] >= 0x80) return 1;
    k = pair_key(k, text_word_key(t, j, wl));
    j += wl;
  }
}

/*
** From t[i], where the scan is at R0, pass 64 bytes at a time over words
** the start filter rejects and the bytes between them that keep the
** automaton at its roots. Only the word starts (an alphanumeric after a
** non-alphanumeric) and the special bytes (non-ASCII, punctuation some
** pattern starts with) are looked at, one by one in order; each word
** start costs one key of four mapped bytes, one hash and one bit (and a
** key of eight when some pattern starts with the four). Returns where the
** scan must go on, and the root there in *ps: R0 at a word start the
** filter lets through, else the root the last byte passed leads to.
** *direct says the automaton must read the next character (the filter
** has had its say).
*/
struct scan;
static int leaf_word (struct scan *x, size_t i, size_t *pn);
static int leaf_block (struct scan *x, const skipctx *c, unsigned b,
                       size_t *pn);

static size_t simd_skip (const ac_matcher *m, skipctx *c, const uchar *t,
                         size_t len, size_t i, uint32_t *ps, int *direct,
                         struct scan *x, size_t *pn) {
  __m128i un[AC_MAX_UNSAFE];
  unsigned nu = m->nunsafe, k;
  const uint32_t shift = m->pfx_shift;
  const uint64_t *pfx = m->pfx, *pfx8 = m->pfx8, *pfxs = m->pfxs;
  const uint64_t *sh2m = m->sh2m, *shw0 = m->shw0;
  uint64_t from;
  for (k = 0; k < nu; k++) un[k] = _mm_set1_epi8((char)m->unsafe[k]);
  *direct = 1;
#if AC_AVX512
  /*
  ** Back from the automaton in the block after this one, which the stage
  ** has worked out already (c->ahead): go on in it, instead of a block
  ** from i, which throws that work away (cities: 10,600 times).
  */
  if (m->avx512 && c->p != (size_t)-1 && i >= c->p + 64 && i - c->p < 128
      && c->ahead->p == c->p + 64) {
    c->prev = c->a >> 63;
    c->p += 64;
    skip_block512(m, c, t, len);
  }
  else
#endif
  if (c->p == (size_t)-1 || i < c->p || i - c->p >= 64) {
    block16 b0;
    if (i + 80 > len) { c->p = i; goto out; }
    c->p = i;
    c->prev = 0;  /* at R0 the character before is no word character */
#if AC_AVX512
    if (m->avx512) skip_block512(m, c, t, len);
    else
#endif
    {
      classify16(t + i, un, nu, &b0);
      skip_block(c, t, un, nu, &b0);
    }
  }
  from = ~(uint64_t)0 << (i - c->p);
  for (;;) {
    /*
    ** The words to key, up to the first byte the automaton must see or
    ** the first word the filter cannot key.
    */
    uint64_t ws = c->a & ~((c->a << 1) | c->prev) & from;
    uint64_t stop = c->u & from;
    uint64_t ev = (stop ? ws & (((uint64_t)1 << __builtin_ctzll(stop)) - 1)
                        : ws) & c->pass;
    unsigned b;
    while (ev) {
      uint32_t w, h;
      b = (unsigned)__builtin_ctzll(ev);
      if (m->leaf_first)
        switch (leaf_block(x, c, b, pn)) {
          case 0: break;  /* not a name alone: the keys decide */
          case 1: case 2: ev &= ev - 1; continue;  /* reported, or none */
          default: *ps = R0; return len;   /* the callback stops the scan */
        }
      if (nk_at(c, b) & 0xF) {
        /* a word the prefix keys cannot key: the word keys may */
        if (word_may_start(m, c, t, len, b)) goto word;
        ev &= ev - 1;
        continue;
      }
      w = load4(c->buf + b);
      h = key_hash(w, shift);
      if (GETBIT(pfx, h)) {
        /* a pattern starts with these four: then it needs eight */
        if ((GETBIT(pfxs, h) && short_may_start(m, c, b, h))
            || (nk_at(c, b) & 0xF0))
          goto check;
        h = key_hash(w ^ (load4(c->buf + b + 4) * 0x85EBCA6Bu), shift);
        if (GETBIT(pfx8, h)) goto check;
      }
      /* patterns of one or two symbols; single words only when as short */
      h = (w & 0x7F) << 7 | ((w >> 8) & 0x7F);
      if (GETBIT(sh2m, h)
          || (GETBIT(shw0, w & 0x7F) && tiny_may_start(m, c, b, h)))
        goto check;
      ev &= ev - 1;
      continue;
    check:  /* the prefixes pass: now the whole word, or the pair */
      if (!m->leaf_first)
        switch (leaf_word(x, c->p + b, pn)) {
          case 0: break;  /* not a single-word name: the long way */
          case 1: ev &= ev - 1; continue;  /* its hit is reported */
          default: *ps = R0; return len;   /* the callback stops the scan */
        }
      if (word_may_start(m, c, t, len, b)) goto word;
      ev &= ev - 1;
    }
    if (stop) {  /* a byte the automaton must see */
      size_t j = c->p + (unsigned)__builtin_ctzll(stop);
      *ps = (j > i && m->alnum[t[j - 1]]) ? R1 : R0;
      return j;
    }
    c->prev = c->a >> 63;
    c->p += 64;
    if (c->p + 80 > len) break;
#if AC_AVX512
    if (m->avx512) skip_block512(m, c, t, len);
    else
#endif
    {
      block16 b0 = c->next;
      skip_block(c, t, un, nu, &b0);
    }
    from = ~(uint64_t)0;
    continue;
  word:
    *ps = R0;
    return c->p + b;
  }
out:
  *ps = (c->p > i && m->alnum[t[c->p - 1]]) ? R1 : R0;
  *direct = 0;
  i = c->p;
  c->p = (size_t)-1;
  return i;
}
#else
#define AC_SSE2 0
#define AC_AVX512 0
#endif

/*
** Give the children of state sid (trie node order[sid]) the numbers from
** *tail on, in class order, and count them in its kid field.
*/
static void number_kids (ac_matcher *m, const trie *tr, uint32_t *order,
                         uint32_t *kids, uint8_t *sfree, uint32_t sid,
                         uint32_t *tail) {
  uint32_t o = order[sid], nk = 0, c, a;
  m->st[sid].cfirst = *tail;
  m->out[sid].term = (o == NONE) ? NONE : tr->term[o];
  if (o == NONE) return;
  if (o == 0) {
    for (c = 0; c < m->ncls; c++)
      if (tr->rootc[c] != NONE) kids[nk++] = tr->rootc[c];
  }
  else {
    for (c = tr->child[o]; c != NONE; c = tr->sib[c]) kids[nk++] = c;
    for (a = 1; a < nk; a++) {  /* insertion sort by label */
      uint32_t x = kids[a], j = a;
      while (j > 0 && tr->lab[kids[j - 1]] > tr->lab[x]) {
        kids[j] = kids[j - 1];
        j--;
      }
      kids[j] = x;
    }
  }
  m->st[sid].kid = nk;
  for (a = 0; a < nk; a++) {
    order[*tail] = kids[a];
    m->st[*tail].info = tr->lab[kids[a]];
    sfree[*tail] = tr->freestart[kids[a]];
    (*tail)++;
  }
}

ac_matcher *ac_compile (const ac_pattern *pats, size_t n,
                        char *err, size_t errlen, size_t *bad) {
  double t0 = now_seconds();
  ac_matcher *m = NULL;
  trie tr;
  size_t i, total = 0, pooln = 0;
  uint32_t *boff = NULL, *blen = NULL, *poff = NULL, *order = NULL;
  uint32_t *kids = NULL, *stack = NULL;
  uint16_t *sym = NULL;
  uint8_t *cword = NULL, *sfree = NULL;
  uchar *fpool = NULL;
  int fold = 0, rc;
  memset(&tr, 0, sizeof tr);
  if (bad) *bad = (size_t)-1;
  if (n > AC_MAX_PATTERNS) {
    fail_msg(err, errlen, bad, (size_t)-1, "too many patterns");
    return NULL;
  }
  for (i = 0; i < n; i++) {
    total += pats[i].len;
    if (!(pats[i].flags & AC_CASE_SENSITIVE)) fold = 1;
  }
  if (total >= 0x7FFFFFF0u) {
    fail_msg(err, errlen, bad, (size_t)-1, "patterns too long in total");
    return NULL;
  }
  m = (ac_matcher *)calloc(1, sizeof *m);
  if (m == NULL) goto oom;
  m->fold = fold;
  m->dir_exact = 1;
  m->npats = (uint32_t)n;
  boff = (uint32_t *)malloc((n + 1) * sizeof *boff);
  blen = (uint32_t *)malloc((n + 1) * sizeof *blen);
  poff = (uint32_t *)malloc((n + 1) * sizeof *poff);
  fpool = (uchar *)malloc(total + 1);
  sym = (uint16_t *)malloc((total + 1) * sizeof *sym);
  m->pool = (uchar *)malloc(total + 1);
  m->pat = (ac_pat *)calloc(n + 1, sizeof *m->pat);
  if (!boff || !blen || !poff || !fpool || !sym || !m->pool || !m->pat)
    goto oom;
  /* normalise every pattern: folded for the automaton, exact for checks */
  total = 0;
  for (i = 0; i < n; i++) {
    const uchar *p = (const uchar *)pats[i].s;
    size_t l = norm_pattern(p, pats[i].len, fold, fpool + total);
    unsigned f = 0;
    if (l == (size_t)-1) {
      fail_msg(err, errlen, bad, i, "pattern is not valid UTF-8");
      goto fail;
    }
    if (l == 0) {
      fail_msg(err, errlen, bad, i, "empty pattern");
      goto fail;
    }
    if (l > AC_MAX_PATLEN) {
      fail_msg(err, errlen, bad, i, "pattern too long");
      goto fail;
    }
    boff[i] = (uint32_t)total;
    blen[i] = (uint32_t)l;
    if (pats[i].flags & AC_WHOLE_WORDS) {
      if (is_word_cp(first_cp(fpool + total, l))) f |= F_WSTART;
      if (is_word_cp(last_cp(fpool + total, l))) f |= F_WEND;
    }
    else m->dir_exact = 0;  /* see build_direct */
    if ((pats[i].flags & AC_CASE_SENSITIVE) && fold) {
      size_t ul = norm_pattern(p, pats[i].len, 0, m->pool + pooln);
      f |= F_CS;
      m->pat[i].cs = (uint32_t)pooln;
      m->pat[i].cslen = (uint32_t)ul;
      pooln += ul;
    }
    m->pat[i].flags = f;
    total += l;
  }
  rc = make_classes(m, fpool, boff, blen, n, sym, poff);
  if (rc == -1) goto oom;
  if (rc == -2) {
    fail_msg(err, errlen, bad, (size_t)-1, "too many distinct characters");
    goto fail;
  }
  cword = (uint8_t *)calloc(m->ncls, 1);
  if (!cword) goto oom;
  cword[C_WORD] = 1;
  for (i = 0; i < n; i++) {  /* the word-ness of each pattern character */
    const uchar *p = fpool + boff[i];
    size_t j = 0, k = poff[i];
    while (j < blen[i]) {
      long cp;
      j += utf8_dec(p + j, blen[i] - j, &cp);
      cword[sym[k++]] = (uint8_t)is_word_cp(cp);
    }
  }
  /* the trie, with sibling lists (the root keeps a direct table) */
  tr.child = (uint32_t *)malloc((total + 1) * sizeof *tr.child);
  tr.sib = (uint32_t *)malloc((total + 1) * sizeof *tr.sib);
  tr.term = (uint32_t *)malloc((total + 1) * sizeof *tr.term);
  tr.lab = (uint16_t *)malloc((total + 1) * sizeof *tr.lab);
  tr.freestart = (uint8_t *)calloc(total + 1, 1);
  tr.rootc = (uint32_t *)malloc(m->ncls * sizeof *tr.rootc);
  if (!tr.child || !tr.sib || !tr.term || !tr.lab || !tr.freestart
      || !tr.rootc)
    goto oom;
  for (i = 0; i < m->ncls; i++) tr.rootc[i] = NONE;
  tr.child[0] = tr.sib[0] = tr.term[0] = NONE;
  tr.lab[0] = 0;
  tr.n = 1;
  for (i = n; i-- > 0; ) {  /* backwards, so term lists come out ascending */
    const uint16_t *p = sym + poff[i];
    uint32_t s = 0, l = m->pat[i].len, k;
    for (k = 0; k < l; k++) {
      uint32_t c;
      if (s == 0) c = tr.rootc[p[k]];
      else
        for (c = tr.child[s]; c != NONE && tr.lab[c] != p[k]; c = tr.sib[c])
          ;
      if (c == NONE) {
        c = tr.n++;
        tr.child[c] = tr.term[c] = NONE;
        tr.lab[c] = p[k];
        if (s == 0) { tr.rootc[p[k]] = c; tr.sib[c] = NONE; }
        else { tr.sib[c] = tr.child[s]; tr.child[s] = c; }
      }
      if (k == 0 && !(m->pat[i].flags & F_WSTART)) tr.freestart[c] = 1;
      s = c;
    }
    m->pat[i].next = tr.term[s];
    tr.term[s] = (uint32_t)i;
  }
  /*
  ** Numbering, children in class order; R1 is state 1. The shallow states,
  ** which get the dense rows, are numbered breadth first; below them each
  ** state's subtree is numbered depth first. Either way the children of a
  ** state are consecutive (its kid field counts them), and below the dense
  ** rows the chain of single children that is the rest of a long name is
  ** consecutive too: a walk down it reads neighbouring records, not one
  ** far-away record per symbol as breadth-first numbering has it.
  */
  m->nstates = tr.n + 1;
  order = (uint32_t *)malloc((size_t)m->nstates * sizeof *order);
  stack = (uint32_t *)malloc((size_t)m->nstates * sizeof *stack);
  kids = (uint32_t *)malloc((size_t)m->ncls * sizeof *kids);
  sfree = (uint8_t *)calloc(m->nstates, 1);
  m->st = (ac_state *)calloc((size_t)m->nstates + 1, sizeof *m->st);
  m->out = (ac_out *)calloc(m->nstates, sizeof *m->out);
  if (!order || !stack || !kids || !sfree || !m->st
      || !m->out)
    goto oom;
  /* dense rows for the first states (both roots at least) */
  {
    size_t row = (size_t)m->ncls * sizeof(uint32_t);
    size_t nd = DENSE_BUDGET / row;
    if (nd < 2) nd = 2;
    if (nd > m->nstates) nd = m->nstates;
    m->ndense = (uint32_t)nd;
    m->dense = (uint32_t *)malloc(nd * row);
    if (!m->dense) goto oom;
  }
  {
    uint32_t sid = 0, tail = 2, front;
    order[R0] = 0;
    order[R1] = NONE;
    /* breadth first until every state with a dense row has its number */
    while (sid < tail && (sid <= R1 || tail < m->ndense))
      number_kids(m, &tr, order, kids, sfree, sid++, &tail);
    /* then each state of the frontier's subtree, depth first */
    for (front = tail; sid < front; sid++) {
      uint32_t sp = 0;
      stack[sp++] = sid;
      while (sp > 0) {
        uint32_t x = stack[--sp], t;
        number_kids(m, &tr, order, kids, sfree, x, &tail);
        for (t = tail; t > m->st[x].cfirst; ) stack[sp++] = --t;
      }
    }
    m->st[m->nstates].cfirst = m->nstates;
  }
  /*
  ** Failure links, outputs and rows, breadth first. The failure link of a
  ** state is its longest proper suffix that is a trie state and starts
  ** where a word may start (or starts freely); without one, the root that
  ** says whether the last character was a word character.
  */
  {
    uint32_t qi, qn = 2;
    stack[0] = R0;  /* now the breadth-first queue */
    stack[1] = R1;
    for (qi = 0; qi < qn; qi++) {
      uint32_t s = stack[qi], t, end = kids_end(m, s);
      for (t = m->st[s].cfirst; t < end; t++) stack[qn++] = t;
    }
    for (qi = 0; qi < m->nstates; qi++) {
      uint32_t s = stack[qi], t, end = kids_end(m, s);
      for (t = m->st[s].cfirst; t < end; t++) {
        unsigned c = m->st[t].info & LABMASK;
        uint32_t f;
        if (s == R0) f = cls_word(m, c, cword) ? R1 : R0;
        else f = step_sparse(m, m->st[s].fail, c) & STATEMASK;
        m->st[t].fail = f;
        m->out[t].dict = (m->out[f].term != NONE) ? f : m->out[f].dict;
        if (m->out[t].term != NONE || m->out[t].dict != 0) m->st[t].info |= OUTBIT;
      }
      if (s < m->ndense) {
        uint32_t *r = m->dense + (size_t)s * m->ncls;
        unsigned c;
        if (s == R0 || s == R1) {
          for (c = 0; c < m->ncls; c++) r[c] = cls_word(m, c, cword) ? R1 : R0;
          for (t = m->st[R0].cfirst; t < kids_end(m, R0); t++)
            if (s == R0 || sfree[t])
              r[m->st[t].info & LABMASK] = t | (m->st[t].info & OUTBIT);
        }
        else {
          memcpy(r, m->dense + (size_t)m->st[s].fail * m->ncls,
                 m->ncls * sizeof *r);
          for (t = m->st[s].cfirst; t < end; t++)
            r[m->st[t].info & LABMASK] = t | (m->st[t].info & OUTBIT);
        }
      }
    }
  }
  {
    uint32_t s;
    for (s = 0; s < m->nstates; s++) {
      uint32_t t = m->st[s].cfirst, p = m->out[s].term;
      if (p != NONE) {
        m->out[s].tlf = m->pat[p].len << 3 | m->pat[p].flags;
        m->out[s].tnext = m->pat[p].next;
      }
      if (m->st[s].kid == 1)
        m->st[s].kid = KID_ONE | (m->st[t].info & LABMASK)
                     | ((m->st[t].info & OUTBIT) ? KID_OUT : 0);
    }
  }
  {
    unsigned b;
    for (b = 0; b < 128; b++) {
      unsigned c = m->acls[b];
      if (c == ACLS_SPACE) c = m->space_cls;
      m->stay0[b] = (uint8_t)(m->dense[(size_t)R0 * m->ncls + c] == R0);
      m->stay1[b] = (uint8_t)(m->acls[b] != ACLS_SPACE
                              && m->dense[(size_t)R1 * m->ncls + c] == R1);
      m->r1to0[b] = (uint8_t)(m->dense[(size_t)R1 * m->ncls + c] == R0);
    }
    m->swar = AC_SWAR;
    for (b = 0; b < 128; b++)
      if (m->stay1[b] != (uint8_t)is_word_cp((long)b)) m->swar = 0;
    /*
    ** Between words, the SSE2 scan passes over the bytes that keep R0 and
    ** take R1 to R0; it stops at the others (few: the punctuation that
    ** patterns begin with).
    */
    m->simd = m->swar && AC_SSE2;
    for (b = 0; b < 128; b++)
      if (!is_word_cp((long)b) && !(m->stay0[b] && m->r1to0[b])) {
        if (m->nunsafe >= AC_MAX_UNSAFE) { m->simd = 0; break; }
        m->unsafe[m->nunsafe++] = (uint8_t)b;
      }
#if AC_AVX512
    m->avx512 = m->simd && cpu_avx512();
#endif
    m->maxlevel = m->avx512 ? 3 : m->simd ? 2 : m->swar ? 1 : 0;
  }
  if (build_prefix_filter(m, fpool, boff, blen, n) != 0
      || (m->simd && build_word_filter(m, fpool, boff, blen, n) != 0)
#if AC_SWAR
      || (m->simd && build_direct(m, fpool, boff, blen, n) != 0)
#endif
      )
    goto oom;
  trie_free(&tr);
  free(order); free(stack); free(kids); free(sfree); free(cword);
  free(boff); free(blen); free(poff); free(fpool); free(sym);
  m->memory = sizeof *m
            + 5 * ((size_t)1 << (32 - m->pfx_shift)) / 8 + (1u << 14) / 8
            + (m->wkey ? ((size_t)1 << (32 - m->wkey_shift)) / 4 : 0)
            + (m->fw ? ((size_t)1 << (32 - m->fw_shift)) / 4 : 0)
            + (m->dshift ? sizeof(ac_direct) << (64 - m->dshift) : 0)
            + (m->lshift ? sizeof(ac_dlong) << (64 - m->lshift) : 0)
            + (size_t)m->ndense * m->ncls * sizeof(uint32_t)
            + ((size_t)m->nstates + 1) * sizeof(ac_state)
            + (size_t)m->nstates * sizeof(ac_out)
            + (size_t)(n + 1) * sizeof(ac_pat)
            + ((size_t)m->hmask + 1) * (sizeof(uint32_t) + sizeof(uint16_t))
            + pooln;
  m->build_seconds = now_seconds() - t0;
  return m;
oom:
  fail_msg(err, errlen, bad, (size_t)-1, "not enough memory");
fail:
  trie_free(&tr);
  free(order); free(stack); free(kids); free(sfree); free(cword);
  free(boff); free(blen); free(poff); free(fpool); free(sym);
  ac_free(m);
  return NULL;
}

int ac_set_level (ac_matcher *m, int level) {
  if (level > m->maxlevel) level = m->maxlevel;
  if (level < 0) level = 0;
  m->swar = level >= 1;
  m->simd = level >= 2;
  m->avx512 = level >= 3;
  return level;
}

void ac_get_stats (const ac_matcher *m, ac_stats *st) {
  st->patterns = m->npats;
  st->states = m->nstates;
  st->dense_states = m->ndense;
  st->classes = m->ncls;
  st->memory = m->memory;
  st->max_len = m->maxlen;
  st->build_seconds = m->build_seconds;
}

/* }====================================================== */


/*
** {======================================================
** Scanning
** =======================================================
*/

typedef struct cand {
  size_t ns, ne;      /* symbol start, end */
  size_t s, e, id;    /* original start, end; pattern */
} cand;

typedef struct scan {
  const ac_matcher *m;
  const uchar *t;
  size_t len;
  size_t *ring;       /* symbol -> original offset of its character */
  size_t mask;
  cand *cd;           /* pending leftmost-longest candidates, by ns */
  size_t ncd;
  size_t done_ne;     /* symbol end of the last reported hit */
  int mode;
  int stop;
  ac_hit_fn cb;
  void *ud;
  size_t nhits;
} scan;

static size_t ring_size (const ac_matcher *m) {
  size_t r = 1;
  while (r < (size_t)m->maxlen + 1) r <<= 1;
  return r;
}

size_t ac_scratch_size (const ac_matcher *m) {
  return ring_size(m) * sizeof(size_t)
       + ((size_t)m->maxlen + 2) * sizeof(cand);
}

static void report (scan *x, size_t s, size_t e, size_t id) {
  x->nhits++;
  if (x->cb && x->cb(x->ud, s, e, id)) x->stop = 1;
}

/*
** Report the pending candidates that no later hit can beat: every hit
** still to come ends at symbol n or later, so it starts at n - maxlen or
** later.
*/
static void flush (scan *x, size_t n, int all) {
  while (x->ncd > 0 && !x->stop
         && (all || x->cd[0].ns + x->m->maxlen < n)) {
    cand c = x->cd[0];
    size_t k = 1;
    report(x, c.s, c.e, c.id);
    x->done_ne = c.ne;
    while (k < x->ncd && x->cd[k].ns < c.ne) k++;
    if (k < x->ncd)
      memmove(x->cd, x->cd + k, (x->ncd - k) * sizeof(cand));
    x->ncd -= k;
  }
}

static void add_cand (scan *x, size_t ns, size_t ne, size_t s, size_t e,
                      size_t id) {
  size_t k = x->ncd;
  while (k > 0 && x->cd[k - 1].ns > ns) k--;
  if (k > 0 && x->cd[k - 1].ns == ns) {  /* same start: keep the longest */
    cand *c = &x->cd[k - 1];
    if (ne > c->ne) { c->ne = ne; c->e = e; c->id = id; }
    return;
  }
  if (k < x->ncd)  /* most hits come in order: nothing to move */
    memmove(x->cd + k + 1, x->cd + k, (x->ncd - k) * sizeof(cand));
  x->cd[k].ns = ns; x->cd[k].ne = ne;
  x->cd[k].s = s; x->cd[k].e = e; x->cd[k].id = id;
  x->ncd++;
}

/*
** The scan reached state st after n symbols; the current character ends
** at original offset e. Check each pattern ending here.
*/
static void on_output (scan *x, uint32_t st, size_t n, size_t e) {
  const ac_matcher *m = x->m;
  uint32_t u = (m->out[st].term != NONE) ? st : m->out[st].dict;
  int wend = -1;  /* is there a word character at e? (computed once) */
  if (x->ncd > 0 && x->cd[0].ns + m->maxlen < n) flush(x, n, 0);
  for (; u > R1 && !x->stop; u = m->out[u].dict) {
    const ac_out *o = &m->out[u];
    uint32_t p = o->term, lf = o->tlf, nx = o->tnext;
    for (;;) {
      unsigned f = lf & 7u;
      size_t ns = n - (lf >> 3);
      size_t s = x->ring[ns & x->mask];
      if (f & F_WEND) {
        if (wend < 0) wend = word_at(x->t, x->len, e);
        if (wend) goto next;
      }
      if ((f & F_WSTART) && word_before(x->t, x->len, s)) goto next;
      if ((f & F_CS) && !span_equals(x->t, s, e, m->pool + m->pat[p].cs,
                                     m->pat[p].cslen))
        goto next;
      if (x->mode == AC_OVERLAPPING) {
        report(x, s, e, p);
        if (x->stop) return;
      }
      else if (ns >= x->done_ne)
        add_cand(x, ns, n, s, e, p);
    next:
      if ((p = nx) == NONE) break;
      lf = m->pat[p].len << 3 | m->pat[p].flags;
      nx = m->pat[p].next;
    }
  }
}

#if AC_SSE2
static AC_ALWAYS_INLINE int leaf_hit (scan *x, size_t i, size_t wl,
                                     uint32_t leaf, size_t *pn);

/*
** The word of ASCII letters and digits at t[i] (at R0, a word start) is a
** name alone (leaf_pattern) and ends before an ASCII non-word byte: its
** hit is final, with nothing before it still pending that it could beat
** or that could beat it, so it is reported here without the automaton,
** and the scan stays in simd_skip. Returns 0 when the word is not such
** a name (the automaton decides), 1 when it is done, -1 when the
** callback stopped the scan. *pn counts its symbols as the walk would.
*/
static int leaf_word (scan *x, size_t i, size_t *pn) {
  uint32_t v, leaf = 0;
  size_t wl = direct_word(x->m, x->t, x->len, i, &v, &leaf);
  if (wl == 0 || leaf == 0) return 0;
  return leaf_hit(x, i, wl, leaf, pn);
}

/*
** leaf_word for the word at c->p + b that the block stage let through,
** keyed from the block's mapped bytes, where its letters are folded
** already, and its length from the block's bit per letter: no byte of
** the text is read again or folded, and the probe starts one multiply
** after the word's bits (cities +6-8 % in paired runs). A list that
** does not fold, and words of sixteen letters and more, take leaf_word.
** Returns 2 when no name starts at the word (dir_exact).
*/
static int leaf_block (scan *x, const skipctx *c, unsigned b, size_t *pn) {
  const ac_matcher *m = x->m;
  unsigned wl = run_at(c, b);  /* b + wl < 80: the run ends in the block */
  uint64_t key, h, mask;
  uint32_t leaf;
  if (wl > 15 || !m->fold || m->dshift == 0)
    return leaf_word(x, c->p + b, pn);
  key = load8(c->buf + b);
  if (wl < 8) {
    key &= (~(uint64_t)0) >> (64 - 8 * wl);
    mask = (((uint64_t)1) << (64 - m->dshift)) - 1;
    for (h = direct_slot(m, key); m->dir[h].key != key; h = (h + 1) & mask)
      if (m->dir[h].key == 0) goto none;
    leaf = m->dir[h].pat;
  }
  else {
    uint64_t k2 = (wl == 8) ? 0 : load8(c->buf + b + 8)
                                  & ((~(uint64_t)0) >> (128 - 8 * wl));
    mask = (((uint64_t)1) << (64 - m->lshift)) - 1;
    for (h = long_slot(m, key, k2);
         m->dlong[h].k1 != key || m->dlong[h].k2 != k2; h = (h + 1) & mask)
      if (m->dlong[h].k1 == 0) goto none;
    leaf = m->dlong[h].pat;
  }
  if (wl < 2) return 0;  /* one-letter names go the long way, as before */
  return leaf ? leaf_hit(x, c->p + b, wl, leaf, pn) : 0;
none:
  return (m->dir_exact && x->t[c->p + b + wl] < 0x80) ? 2 : 0;
}

/* the rest of leaf_word, for the name alone of wl letters at t[i] */
static AC_ALWAYS_INLINE int leaf_hit (scan *x, size_t i, size_t wl,
                                     uint32_t leaf, size_t *pn) {
  const ac_matcher *m = x->m;
  const uchar *t = x->t;
  uint32_t id;
  size_t ns = *pn;
  if (t[i + wl] >= 0x80
      || (i > 0 && t[i - 1] >= 0x80 && word_before(t, x->len, i))
      || ((leaf & LEAF_SP) && !leaf_final(m, t, x->len, i, wl)))
    return 0;
  id = (leaf & ~(LEAF_SP | LEAF_CS)) - 1;
  *pn = ns + wl;
  if ((leaf & LEAF_CS)
      && !span_equals(t, i, i + wl, m->pool + m->pat[id].cs,
                      m->pat[id].cslen))
    return 1;
  if (x->mode != AC_OVERLAPPING) {
    /* at R0 nothing pending can grow: the queue is final */
    if (x->ncd > 0) {
      flush(x, ns, 1);
      if (x->stop) return -1;  /* the callback stopped at a pending hit */
    }
    x->done_ne = ns + wl;
  }
  report(x, i, i + wl, id);
  return x->stop ? -1 : 1;
}
#endif

size_t ac_scan (const ac_matcher *m, void *scratch, const char *text,
                size_t len, size_t init, int mode, ac_hit_fn cb, void *ud) {
  scan x;
  const uchar *t = (const uchar *)text;
  const uint32_t *dense = m->dense;
  const uint32_t ncls = m->ncls, ndense = m->ndense;
  const uint8_t *stay0 = m->stay0, *stay1 = m->stay1, *r1to0 = m->r1to0;
  const uint8_t *alnum = m->alnum;
  const uint32_t nroot = m->st[R1].cfirst - m->st[R0].cfirst;
  size_t i = init, n = 0;
  uint32_t s = R0;
  int insp = 0;
  int fresh = 0, fresh_now;  /* the SSE2 scan has filtered this character */
  x.m = m; x.t = t; x.len = len;
  x.ring = (size_t *)scratch;
  x.mask = ring_size(m) - 1;
  x.cd = (cand *)(x.ring + ring_size(m));
  x.ncd = 0; x.done_ne = 0; x.mode = mode; x.stop = 0;
  x.cb = cb; x.ud = ud; x.nhits = 0;
#if AC_SSE2
  skipctx sk, ska;
  sk.p = ska.p = (size_t)-1;
  sk.ahead = &ska;
#endif
  if (init > 0 && init <= len && word_before(t, len, init)) s = R1;
top:
  while (i < len) {
    unsigned b, c;
    size_t l;
    uint32_t v;
    if (s == R0) {
      /* between words: white space and punctuation no pattern starts with */
      while (stay0[t[i]])
        if (++i >= len) goto done;
#if AC_SSE2
      if (m->simd) {
        int direct;
        i = simd_skip(m, &sk, t, len, i, &s, &direct, &x, &n);
        if (x.stop) return x.nhits;
        if (i >= len) goto done;
        if (s == R1) goto top;
        if (direct) {
          uint32_t leaf;
          size_t wl = direct_word(m, t, len, i, &v, &leaf);
          insp = 0;
          if (wl > 0) {
            /* the walk over the word, in one probe (build_direct) */
            size_t k;
            for (k = 0; k < wl; k++) x.ring[(n + k) & x.mask] = i + k;
            n += wl;
            i += wl;
            s = v & STATEMASK;
            fresh = 0;
            if (v & OUTBIT) {
              on_output(&x, s, n, i);
              if (x.stop) return x.nhits;
            }
            continue;
          }
          fresh = 1;
          goto step;
        }
      }
#endif
#if AC_SWAR
      /*
      ** The start filter's common case, word after word: four bytes of
      ** letters, digits and single spaces fold by setting bit 5. A word
      ** it rejects is skipped with the spaces after it; anything else
      ** goes the long way below.
      */
      while (m->swar && i + 8 <= len) {
        uint64_t xw = load8(t + i), am = alnum_mask8(xw), sp = space_mask8(xw);
        uint32_t ok4 = (uint32_t)(am | sp) & 0x80808080u;
        uint32_t sp4 = (uint32_t)sp & 0x80808080u, w, h;
        size_t k;
        if (ok4 != 0x80808080u || (sp4 & (sp4 >> 8)) || !(am & 0x80)) break;
        w = (uint32_t)xw | 0x20202020u;
        h = key_hash(w, m->pfx_shift);
        if (GETBIT(m->pfx, h)) {
          /* a pattern starts with these four: then it needs eight */
          uint32_t w2 = (uint32_t)(xw >> 32) | 0x20202020u;
          if (GETBIT(m->pfxs, h) || ((am | sp) & H8) != H8 || (sp & (sp >> 8)))
            break;
          h = key_hash(w ^ (w2 * 0x85EBCA6Bu), m->pfx_shift);
          if (GETBIT(m->pfx8, h)) break;
        }
        if (GETBIT(m->sh2, (w & 0x7F) << 7 | ((w >> 8) & 0x7F))
            || GETBIT(m->sh1, w & 0x7F))
          break;
        k = first8(~am & H8);
        i += k;
        if (k == 8 || !r1to0[t[i]]) {  /* a long word, or punctuation */
          s = R1;
          goto top;
        }
        i++;
        while (i < len && stay0[t[i]]) i++;
        if (i >= len) goto done;
      }
#endif
      if (no_start(m, t, len, i)) {
        /* no match starts here: step over the character */
        s = alnum[t[i]] ? R1 : R0;
        i++;
        if (s == R0) continue;
      }
      insp = 0;
    }
    if (s == R1) {
      /* inside a word that cannot match: skip it */
      const uchar *q = t + i, *end = t + len;
      insp = 0;  /* the last character is a word character, not a space */
#if AC_SWAR
      if (m->swar) {
        size_t k;
        while (q + 8 <= end && (k = alnum_run8(q)) == 8) q += 8;
        if (q + 8 <= end) q += k;
      }
#endif
      while (q < end && stay1[*q]) q++;
      i = (size_t)(q - t);
      if (i >= len) break;
      if (r1to0[t[i]]) {  /* the word ends: white space, punctuation */
        s = R0;
        i++;
        continue;
      }
    }
  step:
    l = 1;
    b = t[i];
    if (b < 0x80) {
      c = m->acls[b];
      if (c == ACLS_SPACE) {
        if (insp) { i++; continue; }
        insp = 1;
        c = m->space_cls;
      }
      else insp = 0;
    }
    else {
      long cp;
      l = utf8_dec(t + i, len - i, &cp);
      cp = norm_cp(cp, m->fold);
      if (cp == CP_SPACE) {
        if (insp) { i += l; continue; }
        insp = 1;
        c = m->space_cls;
      }
      else {
        insp = 0;
        /* an invalid byte (CP_BAD) is a character no pattern has */
        c = (cp < 0) ? C_OTHER : (cp < 0x80) ? m->acls[cp] : cls_of_cp(m, cp);
      }
    }
    x.ring[n & x.mask] = i;
    n++;
    i += l;
    v = (s < ndense) ? dense[(size_t)s * ncls + c] : step_sparse(m, s, c);
    s = v & STATEMASK;
    fresh_now = fresh;
    fresh = 0;
    if (s - 2 < nroot && l == 1 && !fresh_now && no_start(m, t, len, i - 1)) {
      /* a match would start at this character: the filter says none does */
      s = alnum[t[i - 1]] ? R1 : R0;
      continue;
    }
    if (v & OUTBIT) {
      on_output(&x, s, n, i);
      if (x.stop) return x.nhits;
    }
  }
done:
  if (mode == AC_LEFTMOST_LONGEST) flush(&x, n, 1);
  return x.nhits;
}

/* }====================================================== */
