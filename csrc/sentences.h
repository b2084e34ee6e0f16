/*
** sentences.h: sentence splitting for news text (pure C, no lua.h).
*/
#ifndef INCIDENTS_SENTENCES_H
#define INCIDENTS_SENTENCES_H

#include <stddef.h>

/*
** Splitter state: an iterator over one text, which must stay alive and
** unchanged while it is used.  No allocation, so it can be abandoned at any
** point (a Lua error between two calls leaks nothing).
*/
typedef struct IncSentences {
  const unsigned char *s;
  size_t n;
  size_t pos;         /* next byte to scan */
  size_t line_start;  /* first byte of the line that holds pos */
  size_t width;       /* typical line width (90th percentile, bytes) */
  int wrapped;        /* the text is hard-wrapped: single newlines are spaces */
  size_t quote_start; /* where the open quotation opened */
  int quote;          /* inside a double quotation */
} IncSentences;

/*
** Prepares st for s[0..n): one pass that measures the line widths.
*/
void incidents_sentences_init (IncSentences *st, const char *s, size_t n);

/*
** Next sentence as 0-based byte offsets [*start, *stop), without leading
** or trailing white space (never empty); returns 0 when there is none left.
*/
int incidents_sentences_next (IncSentences *st, size_t *start, size_t *stop);

#endif
