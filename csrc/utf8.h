/*
** utf8.h: UTF-8 validation and cleaning (pure C, no lua.h).
*/
#ifndef INCIDENTS_UTF8_H
#define INCIDENTS_UTF8_H

#include <stddef.h>

/*
** Length of the sequence at s[0..n): 1..4 bytes.  *valid is 1 for a
** well-formed scalar value (NUL included), 0 for an ill-formed one; then the
** length is the "maximal subpart" of Unicode's U+FFFD substitution practice
** (what Python and WHATWG decoders replace by one U+FFFD).  n must be > 0.
*/
size_t incidents_utf8_next (const unsigned char *s, size_t n, int *valid);

/*
** Length of the longest prefix of s that utf8_clean would leave alone
** (well-formed UTF-8 without NUL); n when the text is already clean.
*/
size_t incidents_utf8_clean_prefix (const char *s, size_t n);

/*
** Bytes utf8_clean writes for s: never more than 3 * n.
*/
size_t incidents_utf8_clean_size (const char *s, size_t n);

/*
** Writes s with each ill-formed subpart replaced by U+FFFD (EF BF BD) and
** every NUL removed into out, which holds clean_size(s, n) bytes; returns
** the bytes written.
*/
size_t incidents_utf8_clean (const char *s, size_t n, char *out);

#endif
