/*
** sentences.c: sentence splitting for news text.
**
** A sentence ends at '.', '?', '!' or an ellipsis (with any closing quotes
** and brackets after it) followed by white space, when the word after it
** does not start in lower case and the word before it is not an
** abbreviation that is followed by a name ("Gen.", "Mr.", "Jan. 3",
** "Michael E. Kurilla").  Abbreviations that can also end a sentence
** ("U.S.", "Inc.", "a.m.") only end one when the next word is a common
** sentence opener ("The", "He", "But", ...): "the U.S. Central Command" stays
** whole, "left the U.S. The next day" splits; a capitalised word that is
** not an opener keeps them together ("the U.S. Congress"), the price of
** that rule.  Nothing splits inside a double quotation; a closing quote
** after the stop ends the sentence unless the text goes on in lower case
** ('"... an idea." she says.' is one sentence).
**
** Paragraph breaks always end a sentence and close any open quotation.  A
** blank line is a paragraph break.  A single newline is one when the text
** is not hard-wrapped (its typical line is longer than WRAP_MAX: one
** paragraph per line), or, in hard-wrapped text, when the line is much
** shorter than the typical line, does not end in a joining character
** (comma, colon, dash) and the next line does not start in lower case:
** a headline or a byline, not a wrapped line.
**
** Any byte string is accepted: invalid UTF-8 and NULs are ordinary
** non-space bytes.  Every look-back and look-ahead is bounded or consumes
** text the main loop then skips, so the whole text costs linear time.
*/
#include <string.h>

#include "sentences.h"

/* lines longer than this (90th percentile) mean one paragraph per line */
#define WRAP_MAX 150
/* a line under WRAP_SHORT percent of the typical width is not a wrap */
#define WRAP_SHORT 60
/* longest word looked up in the tables */
#define WORD_MAX 12
/* opening quotes and brackets skipped before the next word */
#define OPEN_MAX 4
/* a quotation open for longer than this lost its closing mark */
#define QUOTE_MAX 2000

#define NONE ((size_t)-1)

typedef const unsigned char cuchar;

/*
** Byte length of the white space character at s[i], 0 if it is not one:
** ASCII space, tab, newline, CR, FF, VT; NBSP, the Unicode spaces
** U+2000..U+200B, U+2028/9, U+202F, U+205F, U+3000 and the BOM, which
** scraped pages are full of.
*/
static size_t space_len (cuchar *s, size_t n, size_t i) {
  unsigned c = s[i];
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2 && i + 1 < n && (s[i + 1] == 0xA0 || s[i + 1] == 0x85))
    return 2;
  if (i + 2 >= n) return 0;
  if (c == 0xE2 && s[i + 1] == 0x80 &&
      (s[i + 2] <= 0x8B || s[i + 2] == 0xA8 || s[i + 2] == 0xA9 ||
       s[i + 2] == 0xAF))
    return 3;
  if (c == 0xE2 && s[i + 1] == 0x81 && s[i + 2] == 0x9F) return 3;
  if (c == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80) return 3;
  if (c == 0xEF && s[i + 1] == 0xBB && s[i + 2] == 0xBF) return 3;
  return 0;
}

/*
** Is the three-byte sequence at s[i] E2 80 x?  (General Punctuation:
** curly quotes, dashes, ellipsis.)
*/
static int punct3 (cuchar *s, size_t n, size_t i, unsigned x) {
  return i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == x;
}

/*
** Length of a double quotation mark at s[i] and its direction: *dir is 1
** for an opening mark, -1 for a closing one.  A straight '"' opens after
** white space, a bracket, a dash or the start of the text, and closes
** otherwise.
*/
static size_t dquote_len (cuchar *s, size_t n, size_t i, int *dir) {
  if (s[i] == '"') {
    unsigned p = i > 0 ? s[i - 1] : ' ';
    *dir = (p == ' ' || (p >= '\t' && p <= '\r') || p == '(' || p == '[' ||
            p == '-' || p == '/' || p == 0xA0 || p == 0x94 || p == 0x93 ||
            p == 0x98) ? 1 : -1;  /* NBSP, em/en dash, left single quote */
    return 1;
  }
  if (punct3(s, n, i, 0x9C) || punct3(s, n, i, 0x9E)) { *dir = 1; return 3; }
  if (punct3(s, n, i, 0x9D)) { *dir = -1; return 3; }
  if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xAB) { *dir = 1; return 2; }
  if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xBB) { *dir = -1; return 2; }
  return 0;
}

/*
** Length of a closing mark that may follow a sentence stop: a closing
** double quote (*isquote set), a single quote or a bracket.
*/
static size_t closer_len (cuchar *s, size_t n, size_t i, int *isquote) {
  int dir;
  size_t len = dquote_len(s, n, i, &dir);
  *isquote = 0;
  if (len > 0) {
    *isquote = 1;
    return dir < 0 ? len : 0;  /* an opening quote starts the next one */
  }
  if (s[i] == ')' || s[i] == ']' || s[i] == '}' || s[i] == '\'') return 1;
  if (punct3(s, n, i, 0x99)) return 3;  /* right single quote */
  return 0;
}

/*
** Length of an opening mark that may precede a word: quotes, brackets.
*/
static size_t opener_len (cuchar *s, size_t n, size_t i) {
  int dir;
  size_t len = dquote_len(s, n, i, &dir);
  if (len > 0) return len;  /* at a word start any double quote opens */
  if (s[i] == '(' || s[i] == '[' || s[i] == '{' || s[i] == '\'') return 1;
  if (punct3(s, n, i, 0x98)) return 3;  /* left single quote */
  return 0;
}

/*
** Is the letter at s[i] lower case?  ASCII, Latin-1, Latin Extended-A,
** Greek and Cyrillic; letters of scripts without case count as upper case
** (they may start a sentence).
*/
static int is_lower (cuchar *s, size_t n, size_t i) {
  unsigned c = s[i], d, cp;
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80) return 0;
  d = s[i + 1];
  cp = ((c & 0x1F) << 6) | (d & 0x3F);
  if (c < 0xC2 || c > 0xDF) return 0;
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return 1;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
      return (cp & 1) == 0;
    if (cp == 0x178) return 0;
    return (cp & 1) == 1;
  }
  if (cp >= 0x3AC && cp <= 0x3CE) return 1;  /* Greek */
  if (cp >= 0x430 && cp <= 0x45F) return 1;  /* Cyrillic */
  return 0;
}

/*
** Is s[i] the start of a single upper-case letter (ASCII or Latin-1)?
** Returns its length, 0 if not.
*/
static size_t upper_len (cuchar *s, size_t n, size_t i) {
  if (s[i] >= 'A' && s[i] <= 'Z') return 1;
  if (s[i] == 0xC3 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E &&
      s[i + 1] != 0x97)
    return 2;
  return 0;
}

static int is_alpha (unsigned c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit (unsigned c) {
  return c >= '0' && c <= '9';
}

/*
** What an abbreviation (the word before a period, without it) does.
*/
enum {
  AB_NONE,     /* not in the table */
  AB_TITLE,    /* before a name, never at a sentence end: "Gen.", "Mr." */
  AB_NEVER,    /* inside a sentence: "vs.", "e.g." */
  AB_NUMBER,   /* before a number: "No. 3", "p. 12" */
  AB_MONTH,    /* before a day: "Jan. 3"; ends a sentence like AB_END */
  AB_END       /* may end a sentence: "U.S.", "Inc.", "a.m." */
};

typedef struct Abbrev {
  const char *word;
  unsigned char len, kind;
} Abbrev;

#define AB(w, k) { w, sizeof(w) - 1, k }

/*
** Case-sensitive, so that "ill." or "miss." are words, not states.
*/
static const Abbrev abbrevs[] = {
  AB("Mr", AB_TITLE), AB("Mrs", AB_TITLE), AB("Ms", AB_TITLE),
  AB("Messrs", AB_TITLE), AB("Mmes", AB_TITLE), AB("Dr", AB_TITLE),
  AB("Drs", AB_TITLE), AB("Prof", AB_TITLE), AB("Rev", AB_TITLE),
  AB("Fr", AB_TITLE), AB("Msgr", AB_TITLE), AB("Hon", AB_TITLE),
  AB("Gen", AB_TITLE), AB("Gens", AB_TITLE), AB("Lt", AB_TITLE),
  AB("Col", AB_TITLE), AB("Maj", AB_TITLE), AB("Capt", AB_TITLE),
  AB("Cmdr", AB_TITLE), AB("Cdr", AB_TITLE), AB("Adm", AB_TITLE),
  AB("Brig", AB_TITLE), AB("Sgt", AB_TITLE), AB("Cpl", AB_TITLE),
  AB("Pvt", AB_TITLE), AB("Spc", AB_TITLE), AB("Lieut", AB_TITLE),
  AB("Sen", AB_TITLE), AB("Sens", AB_TITLE), AB("Rep", AB_TITLE),
  AB("Reps", AB_TITLE), AB("Gov", AB_TITLE), AB("Govs", AB_TITLE),
  AB("Pres", AB_TITLE), AB("Supt", AB_TITLE), AB("Insp", AB_TITLE),
  AB("Det", AB_TITLE), AB("Atty", AB_TITLE), AB("Amb", AB_TITLE),
  AB("Mt", AB_TITLE), AB("Ft", AB_TITLE),
  AB("vs", AB_NEVER), AB("v", AB_NEVER), AB("e.g", AB_NEVER),
  AB("i.e", AB_NEVER), AB("cf", AB_NEVER), AB("viz", AB_NEVER),
  AB("approx", AB_NEVER), AB("ca", AB_NEVER), AB("incl", AB_NEVER),
  AB("No", AB_NUMBER), AB("Nos", AB_NUMBER), AB("Nr", AB_NUMBER),
  AB("no", AB_NUMBER), AB("nos", AB_NUMBER), AB("Vol", AB_NUMBER),
  AB("vol", AB_NUMBER), AB("Art", AB_NUMBER), AB("art", AB_NUMBER),
  AB("Fig", AB_NUMBER), AB("fig", AB_NUMBER), AB("Sec", AB_NUMBER),
  AB("Ch", AB_NUMBER), AB("p", AB_NUMBER), AB("pp", AB_NUMBER),
  AB("Jan", AB_MONTH), AB("Feb", AB_MONTH), AB("Mar", AB_MONTH),
  AB("Apr", AB_MONTH), AB("Jun", AB_MONTH), AB("Jul", AB_MONTH),
  AB("Aug", AB_MONTH), AB("Sep", AB_MONTH), AB("Sept", AB_MONTH),
  AB("Oct", AB_MONTH), AB("Nov", AB_MONTH), AB("Dec", AB_MONTH),
  AB("U.S", AB_END), AB("U.N", AB_END), AB("U.K", AB_END),
  AB("E.U", AB_END), AB("a.m", AB_END), AB("p.m", AB_END),
  AB("A.M", AB_END), AB("P.M", AB_END), AB("etc", AB_END),
  AB("Inc", AB_END), AB("Co", AB_END), AB("Corp", AB_END),
  AB("Ltd", AB_END), AB("Bros", AB_END), AB("Jr", AB_END),
  AB("Sr", AB_END), AB("St", AB_END), AB("Ave", AB_END),
  AB("Blvd", AB_END), AB("Rd", AB_END), AB("Dept", AB_END),
  AB("Univ", AB_END), AB("Assn", AB_END), AB("Intl", AB_END),
  AB("al", AB_END), AB("Ala", AB_END), AB("Ariz", AB_END),
  AB("Ark", AB_END), AB("Calif", AB_END), AB("Colo", AB_END),
  AB("Conn", AB_END), AB("Del", AB_END), AB("Fla", AB_END),
  AB("Ga", AB_END), AB("Ill", AB_END), AB("Ind", AB_END),
  AB("Kan", AB_END), AB("Ky", AB_END), AB("La", AB_END),
  AB("Md", AB_END), AB("Mass", AB_END), AB("Mich", AB_END),
  AB("Minn", AB_END), AB("Miss", AB_END), AB("Mo", AB_END),
  AB("Mont", AB_END), AB("Neb", AB_END), AB("Nev", AB_END),
  AB("Okla", AB_END), AB("Ore", AB_END), AB("Pa", AB_END),
  AB("Tenn", AB_END), AB("Tex", AB_END), AB("Va", AB_END),
  AB("Vt", AB_END), AB("Wash", AB_END), AB("Wis", AB_END),
  AB("Wyo", AB_END),
};

/*
** Words that commonly open a sentence: after an abbreviation that may end
** one, they are the evidence that it did.
*/
static const char *const openers[] = {
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On",
  "At", "But", "And", "Or", "So", "Yet", "Still", "However", "Meanwhile",
  "Also", "This", "That", "These", "Those", "There", "Then", "His", "Her",
  "Its", "Their", "Our", "My", "Some", "Many", "Most", "One", "Both", "Each",
  "All", "After", "Before", "When", "While", "Since", "If", "As", "For",
  "Last", "Earlier", "Later", "Now", "Today", "Yesterday", "According",
  "Although", "Though", "Despite", "During", "Under", "With", "From", "Why",
  "What", "How", "Who", "Where", "No", "Not", "Officials", "Police",
  NULL
};

/* titles are openers even with their period: "left the U.S. Mr. Lee ..." */
static const char *const opener_titles[] = { "Mr", "Mrs", "Ms", "Dr", NULL };

/*
** Is w[0..len) written in capitals only (at least two letters)?  Such text
** (wire copy, MUC) gets its abbreviations and openers matched without case.
*/
static int all_caps (cuchar *w, size_t len) {
  size_t k, letters = 0;
  for (k = 0; k < len; k++) {
    if (w[k] >= 'a' && w[k] <= 'z') return 0;
    if (w[k] >= 'A' && w[k] <= 'Z') letters++;
  }
  return letters >= 2;
}

/*
** Does the word w[0..len) equal ref, ignoring case when fold is set?
*/
static int same_word (const char *ref, cuchar *w, size_t len, int fold) {
  size_t k;
  for (k = 0; k < len; k++) {
    unsigned a = (unsigned char)ref[k], b = w[k];
    if (a == 0) return 0;
    if (a != b && !(fold && a >= 'a' && a <= 'z' && b == a - 'a' + 'A'))
      return 0;
  }
  return ref[len] == 0;
}

static int in_list (const char *const *list, cuchar *w, size_t len) {
  int fold = all_caps(w, len);
  for (; *list != NULL; list++) {
    if (same_word(*list, w, len, fold)) return 1;
  }
  return 0;
}

/*
** Kind of the abbreviation w[0..len): exact match first, so that "ill."
** is a word and "Ill." a state; capitals-only words match without case.
*/
static int abbrev_kind (cuchar *w, size_t len) {
  size_t k, count = sizeof(abbrevs) / sizeof(abbrevs[0]);
  if (len == 0 || len > WORD_MAX) return AB_NONE;
  for (k = 0; k < count; k++) {
    if (abbrevs[k].len == len && memcmp(abbrevs[k].word, w, len) == 0)
      return abbrevs[k].kind;
  }
  if (all_caps(w, len)) {
    for (k = 0; k < count; k++) {
      if (abbrevs[k].len == len && same_word(abbrevs[k].word, w, len, 1))
        return abbrevs[k].kind;
    }
  }
  return AB_NONE;
}

/*
** Dotted acronym: one- or two-letter groups joined by periods ("D.C",
** "Ph.D", "J.R.R", "U.S.A").
*/
static int is_acronym (cuchar *w, size_t len) {
  size_t k, run = 0, dots = 0;
  for (k = 0; k < len; k++) {
    if (w[k] == '.') {
      if (run == 0) return 0;
      dots++;
      run = 0;
    }
    else if (is_alpha(w[k])) {
      if (++run > 2) return 0;
    }
    else return 0;
  }
  return dots > 0 && run > 0;
}

/*
** What follows a sentence stop: the first character of the next word,
** past white space and up to OPEN_MAX opening marks.
*/
typedef struct Next {
  size_t at;      /* first byte of the word, n at the end of the text */
  int lower;      /* it starts with a lower-case letter */
  int digit;      /* it starts with a digit or '#' */
  int opener;     /* it is a sentence opener ("The", "Mr.") */
} Next;

static void next_word (cuchar *s, size_t n, size_t j, Next *nx) {
  size_t sl, ol, k, len;
  int opens = 0;
  while (j < n && (sl = space_len(s, n, j)) > 0) j += sl;
  while (j < n && opens < OPEN_MAX && (ol = opener_len(s, n, j)) > 0) {
    j += ol;
    opens++;
  }
  nx->at = j;
  nx->lower = nx->digit = nx->opener = 0;
  if (j >= n) return;
  nx->lower = is_lower(s, n, j);
  nx->digit = is_digit(s[j]) || s[j] == '#';
  for (k = j; k < n && k - j <= WORD_MAX && is_alpha(s[k]); k++) {}
  len = k - j;
  if (len == 0 || len > WORD_MAX) return;
  if (k < n && s[k] == '.')  /* an initial or an abbreviation */
    nx->opener = in_list(opener_titles, s + j, len);
  else
    nx->opener = in_list(openers, s + j, len);
}

/*
** Should the text split after the stop s[t0..j)?  first is the start of
** the current sentence; strong says the stop holds '?' or '!', ellipsis
** "..." or U+2026, closed that a closing double quote follows it.
*/
static int split_here (IncSentences *st, size_t first, size_t t0, size_t j,
                       int strong, int ellipsis, int closed) {
  cuchar *s = st->s;
  size_t n = st->n, ws, we;
  Next nx;
  if (st->quote) {  /* still inside a quotation, unless it never closed */
    if (t0 - st->quote_start <= QUOTE_MAX) return 0;
    st->quote = 0;
  }
  next_word(s, n, j, &nx);
  if (nx.at >= n) return 1;
  if (strong || closed) return !nx.lower;
  if (ellipsis) return nx.opener;
  if (nx.lower) return 0;
  /* the word before the period, without brackets and quotes around it */
  we = t0;
  ws = t0;
  while (ws > first && t0 - ws <= WORD_MAX + 4 && !space_len(s, n, ws - 1) &&
         s[ws - 1] != '(' && s[ws - 1] != '[' && s[ws - 1] != '"' &&
         !(ws >= 3 && (s[ws - 1] == 0x9C || s[ws - 1] == 0x98) &&
           s[ws - 2] == 0x80 && s[ws - 3] == 0xE2))
    ws--;
  if (t0 - ws > WORD_MAX + 4) return 1;  /* a long word: no abbreviation */
  while (we > ws && (s[we - 1] == ')' || s[we - 1] == ']' ||
                     s[we - 1] == '"' || s[we - 1] == '\''))
    we--;
  while (we >= ws + 3 && s[we - 3] == 0xE2 && s[we - 2] == 0x80 &&
         (s[we - 1] == 0x9D || s[we - 1] == 0x99))
    we -= 3;
  if (we == ws) return 1;
  switch (abbrev_kind(s + ws, we - ws)) {
    case AB_TITLE: case AB_NEVER: return 0;
    case AB_NUMBER: if (nx.digit) return 0; break;
    case AB_MONTH: return !nx.digit && nx.opener;
    case AB_END: return nx.opener;
    default: break;
  }
  if (upper_len(s, n, ws) == we - ws)  /* an initial: "Michael E. Kurilla" */
    return nx.opener;
  if (is_acronym(s + ws, we - ws)) return nx.opener;
  if (ws == first && we - ws <= 3) {  /* "2. The ..." numbers a list item */
    size_t k;
    for (k = ws; k < we && is_digit(s[k]); k++) {}
    if (k == we) return 0;
  }
  return 1;
}

/*
** Trimmed byte length of s[a..b).
*/
static size_t trimmed_len (cuchar *s, size_t n, size_t a, size_t b,
                           size_t *lastc) {
  size_t first = NONE, last = a, sl;
  while (a < b) {
    sl = space_len(s, n, a);
    if (sl) a += sl;
    else {
      if (first == NONE) first = a;
      *lastc = a;
      last = ++a;
    }
  }
  return first == NONE ? 0 : last - first;
}

/*
** Is the newline at s[i] a paragraph break?  (See the top of the file.)
*/
static int para_break (IncSentences *st, size_t i) {
  cuchar *s = st->s;
  size_t n = st->n, k = i + 1, sl, len, lastc = i;
  unsigned c;
  while (k < n && s[k] != '\n' && (sl = space_len(s, n, k)) > 0) k += sl;
  if (k >= n || s[k] == '\n') return 1;  /* blank line, or end of text */
  if (!st->wrapped) return 1;
  len = trimmed_len(s, n, st->line_start, i, &lastc);
  if (len == 0) return 1;
  if (len * 100 >= st->width * WRAP_SHORT) return 0;
  c = s[lastc];
  if (c == ',' || c == ';' || c == ':' || c == '-' || c == '(' ||
      c == '&' || c == '/')
    return 0;
  if (lastc >= 2 && s[lastc - 2] == 0xE2 && s[lastc - 1] == 0x80 &&
      (c == 0x93 || c == 0x94))  /* en or em dash */
    return 0;
  return !is_lower(s, n, k);
}

void incidents_sentences_init (IncSentences *st, const char *s, size_t n) {
  size_t hist[WRAP_MAX + 2];
  size_t i = 0, lines = 0, want, acc, w;
  cuchar *p = (cuchar *)s;
  st->s = p;
  st->n = n;
  st->pos = 0;
  st->line_start = 0;
  st->quote = 0;
  st->quote_start = 0;
  memset(hist, 0, sizeof(hist));
  while (i < n) {  /* histogram of the non-blank line widths */
    size_t e = i, lastc = i, len;
    const void *nl = memchr(p + i, '\n', n - i);
    e = nl != NULL ? (size_t)((cuchar *)nl - p) : n;
    len = trimmed_len(p, n, i, e, &lastc);
    if (len > 0) {
      hist[len > WRAP_MAX ? WRAP_MAX + 1 : len]++;
      lines++;
    }
    i = e + 1;
  }
  want = lines - lines / 10;  /* the 90th percentile */
  for (w = 0, acc = 0; w <= WRAP_MAX + 1; w++) {
    acc += hist[w];
    if (acc >= want) break;
  }
  st->width = w;
  st->wrapped = lines >= 2 && w <= WRAP_MAX;
}

int incidents_sentences_next (IncSentences *st, size_t *start, size_t *stop) {
  cuchar *s = st->s;
  size_t n = st->n, i = st->pos, first = NONE, last = 0, sl, len;
  int dir;
  while (i < n) {
    unsigned c = s[i];
    if ((sl = space_len(s, n, i)) > 0) {
      if (c == '\n') {
        int brk = para_break(st, i);
        st->line_start = i + 1;
        if (brk) {
          st->quote = 0;
          if (first != NONE) {
            st->pos = i + 1;
            goto found;
          }
        }
      }
      i += sl;
      continue;
    }
    if (first == NONE) first = i;
    if (c == '.' || c == '?' || c == '!' || punct3(s, n, i, 0xA6)) {
      size_t j = i;
      int strong = 0, dots = 0, ellipsis = 0, closed = 0, isquote;
      for (;;) {  /* the stop: stops, then closing quotes and brackets */
        if (j >= n) break;
        if (s[j] == '.') { dots++; j++; }
        else if (s[j] == '?' || s[j] == '!') { strong = 1; j++; }
        else if (punct3(s, n, j, 0xA6)) { ellipsis = 1; j += 3; }
        else if ((len = closer_len(s, n, j, &isquote)) > 0) {
          if (isquote) { closed = 1; st->quote = 0; }
          j += len;
        }
        else break;
      }
      last = j;
      if ((j >= n || space_len(s, n, j) > 0) &&
          split_here(st, first, i, j, strong, ellipsis || dots > 1, closed)) {
        st->pos = j;
        goto found;
      }
      i = j;
      continue;
    }
    /* CJK full stops need no space after them */
    if (i + 2 < n && ((c == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x82) ||
                      (c == 0xEF && s[i + 1] == 0xBC &&
                       (s[i + 2] == 0x81 || s[i + 2] == 0x9F)))) {
      last = i + 3;
      if (!st->quote) {
        st->pos = i + 3;
        goto found;
      }
      i += 3;
      continue;
    }
    if ((len = dquote_len(s, n, i, &dir)) > 0) {
      st->quote = dir > 0;
      st->quote_start = i;
      last = i + len;
      i += len;
      continue;
    }
    last = ++i;
  }
  st->pos = n;
  if (first == NONE) return 0;
found:
  *start = first;
  *stop = last;
  return 1;
}
