/*
** lmatcher.c: Lua bindings of the multi-pattern matcher (ac.c).
**
** core.matcher(patterns[, opts]) -> matcher | nil, msg
**   m:find(text[, init])      -> { s1, e1, id1, ... }  leftmost-longest
**   m:find_all(text[, init])  -> { s1, e1, id1, ... }  overlapping
**   m:count(text[, init])     -> n                     as #m:find(...) / 3
**   m:stats()                 -> { patterns, states, memory, ... }
**   #m                        -> number of patterns
*/
#include <stdlib.h>

#include "lua.h"
#include "lauxlib.h"

#include "incidents.h"
#include "ac.h"

#define MATCHER_MT "incidents.matcher"

typedef struct LMatcher {
  ac_matcher *m;     /* NULL when closed */
  void *scratch;     /* scan memory: owned here so a Lua error leaks nothing */
  size_t npats;
} LMatcher;

static LMatcher *check_open (lua_State *L) {
  LMatcher *lm = (LMatcher *)luaL_checkudata(L, 1, MATCHER_MT);
  if (lm->m == NULL) luaL_error(L, "attempt to use a closed matcher");
  return lm;
}

/*
** A boolean option: nil gives the default, anything but a boolean is a
** programming error.
*/
static int opt_bool (lua_State *L, int t, const char *k, int def, int arg) {
  int v = def;
  if (lua_getfield(L, t, k) != LUA_TNIL) {
    if (!lua_isboolean(L, -1))
      luaL_argerror(L, arg, lua_pushfstring(L, "'%s' must be a boolean", k));
    v = lua_toboolean(L, -1);
  }
  lua_pop(L, 1);
  return v;
}

static int l_matcher (lua_State *L) {
  lua_Integer i, n;
  int ignore_case = 1, whole_words = 1;
  ac_pattern *pats;
  LMatcher *lm;
  char err[128];
  size_t bad;
  luaL_checktype(L, 1, LUA_TTABLE);
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    ignore_case = opt_bool(L, 2, "ignore_case", 1, 2);
    whole_words = opt_bool(L, 2, "whole_words", 1, 2);
  }
  n = (lua_Integer)lua_rawlen(L, 1);
  if (n > AC_MAX_PATTERNS) {
    luaL_pushfail(L);
    lua_pushfstring(L, "too many patterns (%I, at most %d)", n,
                    (int)AC_MAX_PATTERNS);
    return 2;
  }
  /* the pattern array lives in a userdata, so an error frees it */
  pats = (ac_pattern *)lua_newuserdatauv(L, (size_t)(n + 1) * sizeof *pats, 0);
  for (i = 1; i <= n; i++) {
    ac_pattern *p = &pats[i - 1];
    int cs = !ignore_case, ww = whole_words;
    int ty = lua_rawgeti(L, 1, i);
    if (ty == LUA_TTABLE) {
      cs = opt_bool(L, -1, "case_sensitive", cs, 1);
      ww = opt_bool(L, -1, "whole_words", ww, 1);
      lua_rawgeti(L, -1, 1);
      lua_remove(L, -2);
    }
    if (lua_type(L, -1) != LUA_TSTRING)
      return luaL_argerror(L, 1, lua_pushfstring(L,
        "pattern %I must be a string or { string, ... }", i));
    /* the string stays alive: the patterns table refers to it */
    p->s = lua_tolstring(L, -1, &p->len);
    p->flags = (cs ? AC_CASE_SENSITIVE : 0u) | (ww ? AC_WHOLE_WORDS : 0u);
    lua_pop(L, 1);
  }
  /* the handle is created closed before anything is allocated */
  lm = (LMatcher *)lua_newuserdatauv(L, sizeof *lm, 0);
  lm->m = NULL;
  lm->scratch = NULL;
  lm->npats = (size_t)n;
  luaL_setmetatable(L, MATCHER_MT);
  lm->m = ac_compile(pats, (size_t)n, err, sizeof err, &bad);
  if (lm->m == NULL) {
    luaL_pushfail(L);
    if (bad != (size_t)-1)
      lua_pushfstring(L, "pattern %I: %s", (lua_Integer)bad + 1, err);
    else
      lua_pushstring(L, err);
    return 2;
  }
  lm->scratch = malloc(ac_scratch_size(lm->m));
  if (lm->scratch == NULL) {
    ac_free(lm->m);
    lm->m = NULL;
    luaL_pushfail(L);
    lua_pushliteral(L, "not enough memory");
    return 2;
  }
  return 1;
}

/*
** Text and a string.find-like init: returns the 0-based start, or -1 when
** init lies past the end.
*/
static lua_Integer text_arg (lua_State *L, const char **t, size_t *len) {
  lua_Integer init;
  *t = luaL_checklstring(L, 2, len);
  init = luaL_optinteger(L, 3, 1);
  if (init < 0) init = (lua_Integer)*len + init + 1;
  if (init < 1) init = 1;
  if (init > (lua_Integer)*len + 1) return -1;
  return init - 1;
}

typedef struct collect {
  lua_State *L;
  lua_Integer k;
} collect;

static int push_hit (void *ud, size_t s, size_t e, size_t id) {
  collect *c = (collect *)ud;
  lua_State *L = c->L;
  lua_pushinteger(L, (lua_Integer)s + 1);
  lua_rawseti(L, -2, ++c->k);
  lua_pushinteger(L, (lua_Integer)e);
  lua_rawseti(L, -2, ++c->k);
  lua_pushinteger(L, (lua_Integer)id + 1);
  lua_rawseti(L, -2, ++c->k);
  return 0;
}

static int scan_to_table (lua_State *L, int mode) {
  LMatcher *lm = check_open(L);
  const char *t;
  size_t len;
  lua_Integer init = text_arg(L, &t, &len);
  collect c;
  lua_newtable(L);
  if (init < 0) return 1;
  c.L = L;
  c.k = 0;
  ac_scan(lm->m, lm->scratch, t, len, (size_t)init, mode, push_hit, &c);
  return 1;
}

static int l_find (lua_State *L) {
  return scan_to_table(L, AC_LEFTMOST_LONGEST);
}

static int l_find_all (lua_State *L) {
  return scan_to_table(L, AC_OVERLAPPING);
}

static int l_count (lua_State *L) {
  LMatcher *lm = check_open(L);
  const char *t;
  size_t len;
  lua_Integer init = text_arg(L, &t, &len);
  size_t n = 0;
  if (init >= 0)
    n = ac_scan(lm->m, lm->scratch, t, len, (size_t)init,
                AC_LEFTMOST_LONGEST, NULL, NULL);
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

static int l_stats (lua_State *L) {
  LMatcher *lm = check_open(L);
  ac_stats st;
  ac_get_stats(lm->m, &st);
  lua_createtable(L, 0, 8);
  lua_pushinteger(L, (lua_Integer)st.patterns);
  lua_setfield(L, -2, "patterns");
  lua_pushinteger(L, (lua_Integer)st.states);
  lua_setfield(L, -2, "states");
  lua_pushinteger(L, (lua_Integer)st.dense_states);
  lua_setfield(L, -2, "dense_states");
  lua_pushinteger(L, (lua_Integer)st.classes);
  lua_setfield(L, -2, "classes");
  lua_pushinteger(L, (lua_Integer)(st.memory + ac_scratch_size(lm->m)));
  lua_setfield(L, -2, "memory");
  lua_pushinteger(L, (lua_Integer)st.max_len);
  lua_setfield(L, -2, "max_len");
  lua_pushnumber(L, (lua_Number)st.build_seconds);
  lua_setfield(L, -2, "build_seconds");
  return 1;
}

static int l_len (lua_State *L) {
  LMatcher *lm = (LMatcher *)luaL_checkudata(L, 1, MATCHER_MT);
  lua_pushinteger(L, (lua_Integer)lm->npats);
  return 1;
}

/* __gc, __close and close(): idempotent, never raises */
static int l_close (lua_State *L) {
  LMatcher *lm = (LMatcher *)luaL_checkudata(L, 1, MATCHER_MT);
  ac_free(lm->m);
  free(lm->scratch);
  lm->m = NULL;
  lm->scratch = NULL;
  return 0;
}

static int l_tostring (lua_State *L) {
  LMatcher *lm = (LMatcher *)luaL_checkudata(L, 1, MATCHER_MT);
  if (lm->m == NULL)
    lua_pushliteral(L, "matcher (closed)");
  else
    lua_pushfstring(L, "matcher (%I patterns)", (lua_Integer)lm->npats);
  return 1;
}

static const luaL_Reg methods[] = {
  {"find", l_find},
  {"find_all", l_find_all},
  {"count", l_count},
  {"stats", l_stats},
  {"close", l_close},
  {NULL, NULL}
};

static const luaL_Reg metamethods[] = {
  {"__len", l_len},
  {"__gc", l_close},
  {"__close", l_close},
  {"__tostring", l_tostring},
  {"__index", NULL},
  {NULL, NULL}
};

void incidents_open_matcher (lua_State *L) {
  luaL_newmetatable(L, MATCHER_MT);
  luaL_setfuncs(L, metamethods, 0);
  luaL_newlibtable(L, methods);
  luaL_setfuncs(L, methods, 0);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  lua_pushcfunction(L, l_matcher);
  lua_setfield(L, -2, "matcher");
}
