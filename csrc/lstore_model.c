/*
** lstore_model.c: articles, reports and incidents in the store.
** Lua tables in, Lua tables out; every value is bound, never spliced into
** SQL.  Writes of more than one row run inside store_atomic, so a failure
** half way leaves nothing behind.  Fields the schema does not know are
** kept, when scalar, in report_extra / incident_extra (see docs/schema.md).
*/
#include <stdio.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"

#include "hash.h"
#include "lstore.h"


enum { K_TEXT, K_REAL, K_INT, K_BOOL };

typedef struct Field {
  const char *name;
  int kind;
} Field;

/*
** The event fields of store_sql.h, bound to parameters 1..N_EVENT.
*/
#define FIELD(n, k) { #n, K_##k },
static const Field event_fields[] = { STORE_EVENT_FIELDS(FIELD) };
#undef FIELD
#define N_EVENT ((int)(sizeof(event_fields) / sizeof(event_fields[0])))

static const Field report_more[] = { {"rule", K_TEXT} };
static const Field incident_more[] = {
  {"killed_best", K_INT}, {"wounded_best", K_INT}, {"why", K_TEXT}
};

/*
** Keys the getters add to reports and incidents; writing a table read
** back from the store must not turn them into extra fields.
*/
static const char *const reserved[] = {
  "id", "article_id", "evidence", "incident_id", "link_why",
  "article_title", "article_path", "article_url", "article_source",
  "article_published", "reports", "report_ids", "updated", NULL
};


/*
** Content hash of an article when the caller gives none: core.hash's
** value (hash.h), so that a text stored with or without article.lua gets
** the same hash and is stored once.
*/
static void content_hash (const char *p, size_t n, char out[33]) {
  snprintf(out, 33, "%016llx", (unsigned long long)incidents_hash64(p, n));
}


static const char *kind_name (int kind) {
  switch (kind) {
    case K_TEXT: return "a string";
    case K_REAL: return "a number";
    case K_INT: return "an integer";
    default: return "a boolean";
  }
}


/*
** Binds field f of the table at t to parameter `param`; a value of the
** wrong type is a programming error and raises "<ctx>: field ...".
*/
static void bind_field (lua_State *L, sqlite3_stmt *st, int param, int t,
                        const Field *f, const char *ctx) {
  int ty = lua_getfield(L, t, f->name);
  int ok = 1;
  if (ty == LUA_TNIL)
    sqlite3_bind_null(st, param);
  else switch (f->kind) {
    case K_TEXT: {
      size_t len;
      const char *v;
      if (ty != LUA_TSTRING) { ok = 0; break; }
      v = lua_tolstring(L, -1, &len);
      sqlite3_bind_text64(st, param, v, (sqlite3_uint64)len,
                          SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    }
    case K_REAL:
      if (ty != LUA_TNUMBER) { ok = 0; break; }
      sqlite3_bind_double(st, param, (double)lua_tonumber(L, -1));
      break;
    case K_INT: {
      int isint;
      lua_Integer v = lua_tointegerx(L, -1, &isint);
      if (ty != LUA_TNUMBER || !isint) { ok = 0; break; }
      sqlite3_bind_int64(st, param, (sqlite3_int64)v);
      break;
    }
    default:
      if (ty != LUA_TBOOLEAN) { ok = 0; break; }
      sqlite3_bind_int(st, param, lua_toboolean(L, -1));
  }
  if (!ok)
    luaL_error(L, "%s: field '%s' must be %s or nil (got %s)", ctx,
               f->name, kind_name(f->kind), luaL_typename(L, -1));
  lua_pop(L, 1);
}


static int is_known (const char *key, const Field *more, int nmore) {
  int i;
  for (i = 0; i < N_EVENT; i++)
    if (strcmp(key, event_fields[i].name) == 0) return 1;
  for (i = 0; i < nmore; i++)
    if (strcmp(key, more[i].name) == 0) return 1;
  for (i = 0; reserved[i] != NULL; i++)
    if (strcmp(key, reserved[i]) == 0) return 1;
  return 0;
}


/*
** Steps a write statement to its end; 1 on success.
*/
static int step_done (sqlite3_stmt *st) {
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  return rc == SQLITE_DONE;
}


/*
** Stores the scalar fields of the table at t that the schema has no
** column for.  Returns 1, or 0 with nil, msg pushed.
*/
static int write_extra (lua_State *L, Store *s, int stid, lua_Integer owner,
                        int t, const Field *more, int nmore,
                        const char *what) {
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    int vt = lua_type(L, -1);
    if (lua_type(L, -2) == LUA_TSTRING &&
        (vt == LUA_TSTRING || vt == LUA_TNUMBER || vt == LUA_TBOOLEAN) &&
        !is_known(lua_tostring(L, -2), more, nmore)) {
      sqlite3_stmt *st = store_stmt(L, s, stid);
      size_t klen;
      const char *k;
      if (st == NULL) return store_fail(L, s, what), 0;
      k = lua_tolstring(L, -2, &klen);
      sqlite3_bind_int64(st, 1, (sqlite3_int64)owner);
      sqlite3_bind_text64(st, 2, k, (sqlite3_uint64)klen, SQLITE_TRANSIENT,
                          SQLITE_UTF8);
      store_bind_arg(L, st, 3, -1, t);
      sqlite3_bind_int(st, 4, vt == LUA_TBOOLEAN);
      if (!step_done(st)) return store_fail(L, s, what), 0;
    }
    lua_pop(L, 1);
  }
  return 1;
}


/*
** Adds the extra fields of `owner` to the table on top.  1, or 0 with
** nil, msg pushed.
*/
static int read_extra (lua_State *L, Store *s, int stid, lua_Integer owner,
                       const char *what) {
  sqlite3_stmt *st = store_stmt(L, s, stid);
  int rc;
  if (st == NULL) return store_fail(L, s, what), 0;
  sqlite3_bind_int64(st, 1, (sqlite3_int64)owner);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (sqlite3_column_int(st, 2))
      lua_pushboolean(L, sqlite3_column_int64(st, 1) != 0);
    else
      store_push_column(L, st, 1);
    lua_setfield(L, -2, (const char *)sqlite3_column_text(st, 0));
  }
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) return store_fail(L, s, what), 0;
  return 1;
}


/*
** Reads a required integer field of the table at t, or raises.
*/
static lua_Integer int_field (lua_State *L, int t, const char *key,
                              const char *ctx) {
  int isint;
  lua_Integer v;
  lua_getfield(L, t, key);
  v = lua_tointegerx(L, -1, &isint);
  if (!isint || lua_type(L, -1) != LUA_TNUMBER)
    luaL_error(L, "%s: '%s' must be an integer (got %s)", ctx, key,
               luaL_typename(L, -1));
  lua_pop(L, 1);
  return v;
}


/*
** Binds an optional string field of the table at t, or raises.
*/
static void bind_opt_text (lua_State *L, sqlite3_stmt *st, int param, int t,
                           const char *key, const char *ctx) {
  Field f;
  f.name = key;
  f.kind = K_TEXT;
  bind_field(L, st, param, t, &f, ctx);
}


/* ---------------------------------------------------------------- articles */

/*
** Binds what one copy of an article says about itself (path, url, title,
** source, published, published_inferred of the table at 2) to parameters
** 2..7: the article INSERT and the copy INSERT number them alike.
*/
static void bind_copy_fields (lua_State *L, sqlite3_stmt *st) {
  bind_opt_text(L, st, 2, 2, "path", "add_article");
  bind_opt_text(L, st, 3, 2, "url", "add_article");
  bind_opt_text(L, st, 4, 2, "title", "add_article");
  bind_opt_text(L, st, 5, 2, "source", "add_article");
  bind_opt_text(L, st, 6, 2, "published", "add_article");
  switch (lua_getfield(L, 2, "published_inferred")) {
    case LUA_TNIL: case LUA_TBOOLEAN:
      sqlite3_bind_int(st, 7, lua_toboolean(L, -1));
      break;
    default:
      luaL_argerror(L, 2, "field 'published_inferred' must be a boolean or "
                    "nil");
  }
  lua_pop(L, 1);
}


/*
** Records the table at 2 as a copy of stored article `aid` and pushes
** aid, true, copied (whether the copy was new).  Returns the number of
** results (2 with nil, msg on failure).
*/
static int add_copy (lua_State *L, Store *s, lua_Integer aid) {
  sqlite3_stmt *st = store_stmt(L, s, ST_COPY_INSERT);
  int rc;
  if (st == NULL) return store_fail(L, s, "add_article");
  sqlite3_bind_int64(st, 1, (sqlite3_int64)aid);
  bind_copy_fields(L, st);
  bind_opt_text(L, st, 8, 2, "file", "add_article");
  rc = sqlite3_step(st);
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) return store_fail(L, s, "add_article");
  lua_pushinteger(L, aid);
  lua_pushboolean(L, 1);
  lua_pushboolean(L, sqlite3_changes(s->db) > 0);
  return 3;
}


/*
** Writes t.file (the table at 2) into the first copy of new article aid,
** which the article's trigger made without it.  Returns 1, or 0 with
** nil, msg pushed.
*/
static int set_first_file (lua_State *L, Store *s, lua_Integer aid) {
  sqlite3_stmt *st;
  int rc;
  if (lua_getfield(L, 2, "file") == LUA_TNIL) {
    lua_pop(L, 1);
    return 1;
  }
  lua_pop(L, 1);
  st = store_stmt(L, s, ST_COPY_SET_FILE);
  if (st == NULL) return store_fail(L, s, "add_article"), 0;
  bind_opt_text(L, st, 1, 2, "file", "add_article");
  sqlite3_bind_int64(st, 2, (sqlite3_int64)aid);
  rc = sqlite3_step(st);
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) return store_fail(L, s, "add_article"), 0;
  return 1;
}


/*
** db:add_article(t) -> id, existed, copied | nil, msg.  A text already
** stored gives its id and existed = true; when t comes from another file
** or address, t's path, url, title, source and date are kept as a copy of
** it (copied = true).  A copy is one INSERT; a new article is one INSERT
** (its first copy comes by trigger) and the UPDATE that gives that copy its
** file: a caller that must not keep an article without it (ingest) wraps
** the call in db:transaction.
*/
static int m_add_article (lua_State *L) {
  Store *s = store_check(L, 1);
  sqlite3_stmt *st;
  size_t len;
  const char *text;
  char hash[33];
  int rc;
  lua_Integer aid;
  luaL_checktype(L, 2, LUA_TTABLE);
  st = store_stmt(L, s, ST_ARTICLE_INSERT);
  if (st == NULL) return store_fail(L, s, "add_article");
  if (lua_getfield(L, 2, "text") != LUA_TSTRING)
    return luaL_argerror(L, 2, "field 'text' must be a string");
  text = lua_tolstring(L, -1, &len);
  sqlite3_bind_text64(st, 8, text, (sqlite3_uint64)len, SQLITE_TRANSIENT,
                      SQLITE_UTF8);
  switch (lua_getfield(L, 2, "hash")) {
    case LUA_TNIL:
      content_hash(text, len, hash);
      sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
      break;
    case LUA_TSTRING:
      store_bind_arg(L, st, 1, -1, 2);
      break;
    default:
      return luaL_argerror(L, 2, "field 'hash' must be a string or nil");
  }
  lua_pop(L, 2);
  bind_copy_fields(L, st);
  rc = sqlite3_step(st);
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) return store_fail(L, s, "add_article");
  if (sqlite3_changes(s->db) > 0) {
    aid = (lua_Integer)sqlite3_last_insert_rowid(s->db);
    if (!set_first_file(L, s, aid)) return 2;
    lua_pushinteger(L, aid);
    lua_pushboolean(L, 0);
    lua_pushboolean(L, 0);
    return 3;
  }
  /* the hash is already there: the same article */
  st = store_stmt(L, s, ST_ARTICLE_BY_HASH);
  if (st == NULL) return store_fail(L, s, "add_article");
  lua_getfield(L, 2, "hash");
  if (lua_isnil(L, -1))
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
  else
    store_bind_arg(L, st, 1, -1, 2);
  lua_pop(L, 1);
  rc = sqlite3_step(st);
  if (rc != SQLITE_ROW) {
    if (rc == SQLITE_DONE) {
      sqlite3_reset(st);
      luaL_pushfail(L);
      lua_pushliteral(L, "add_article: the article vanished while adding it");
      return 2;
    }
    rc = store_fail(L, s, "add_article");
    sqlite3_reset(st);
    return rc;
  }
  aid = (lua_Integer)sqlite3_column_int64(st, 0);
  sqlite3_reset(st);
  return add_copy(L, s, aid);
}


/*
** db:copies(article_id) -> array of copies | nil, msg.  Every file or
** address the text was stored from, oldest first: {id, article_id, path,
** url, title, source, published, published_inferred, added}.  An id that
** names no article gives an empty array.
*/
static int m_copies (lua_State *L) {
  Store *s = store_check(L, 1);
  lua_Integer aid = luaL_checkinteger(L, 2);
  sqlite3_stmt *st = store_stmt(L, s, ST_COPIES_OF);
  int rc, n = 0;
  if (st == NULL) return store_fail(L, s, "copies");
  sqlite3_bind_int64(st, 1, (sqlite3_int64)aid);
  lua_newtable(L);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    store_push_row(L, st, 1);
    lua_rawseti(L, -2, ++n);
  }
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) return store_fail(L, s, "copies");
  return 1;
}


/*
** db:remove_copy(copy_id) -> article_id | nil, msg.  The article stays,
** described by its oldest copy left when this one described it.  The last
** copy of a text is not removed ("nil, msg"): removing it is removing the
** article, which merge.remove does with its incidents.
*/
static int m_remove_copy (lua_State *L) {
  Store *s = store_check(L, 1);
  lua_Integer cid = luaL_checkinteger(L, 2), aid;
  sqlite3_stmt *st = store_stmt(L, s, ST_COPY_GET);
  int rc;
  if (st == NULL) return store_fail(L, s, "remove_copy");
  sqlite3_bind_int64(st, 1, (sqlite3_int64)cid);
  rc = sqlite3_step(st);
  if (rc != SQLITE_ROW) {
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return store_fail(L, s, "remove_copy");
    luaL_pushfail(L);
    lua_pushfstring(L, "remove_copy: no copy %I", cid);
    return 2;
  }
  aid = (lua_Integer)sqlite3_column_int64(st, 0);
  sqlite3_reset(st);
  st = store_stmt(L, s, ST_COPY_DELETE);
  if (st == NULL) return store_fail(L, s, "remove_copy");
  sqlite3_bind_int64(st, 1, (sqlite3_int64)cid);
  if (!step_done(st)) return store_fail(L, s, "remove_copy");
  if (sqlite3_changes(s->db) == 0) {
    luaL_pushfail(L);
    lua_pushfstring(L, "remove_copy: copy %I is the last copy of article %I "
                    "(remove the article)", cid, aid);
    return 2;
  }
  lua_pushinteger(L, aid);
  return 1;
}


/*
** Pushes the current row of a look-up statement: 1, or 0 with nil, msg
** pushed.
*/
typedef int (*RowPusher) (lua_State *L, Store *s, sqlite3_stmt *st);


/*
** db:<what>(id) with the look-up statement `which`: the row as `push`
** makes it, or nil, "<what>: no <what> <id>" when there is none, or nil,
** msg when SQLite fails.  Articles and incidents are read the same way.
*/
static int get_by_id (lua_State *L, int which, const char *what,
                      RowPusher push) {
  Store *s = store_check(L, 1);
  lua_Integer id = luaL_checkinteger(L, 2);
  sqlite3_stmt *st = store_stmt(L, s, which);
  int rc;
  if (st == NULL) return store_fail(L, s, what);
  sqlite3_bind_int64(st, 1, (sqlite3_int64)id);
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    rc = push(L, s, st);
    sqlite3_reset(st);
    return rc ? 1 : 2;
  }
  if (rc != SQLITE_DONE) {
    rc = store_fail(L, s, what);
    sqlite3_reset(st);
    return rc;
  }
  sqlite3_reset(st);
  luaL_pushfail(L);
  lua_pushfstring(L, "%s: no %s %I", what, what, id);
  return 2;
}


/*
** An article row as a table; it cannot fail.
*/
static int push_article (lua_State *L, Store *s, sqlite3_stmt *st) {
  (void)s;
  store_push_row(L, st, 1);
  return 1;
}


/*
** db:article(id) -> article | nil, msg.
*/
static int m_article (lua_State *L) {
  return get_by_id(L, ST_ARTICLE_GET, "article", push_article);
}


/* ----------------------------------------------------------------- reports */

/*
** Stores the evidence map of the report table at r.  1, or 0 with
** nil, msg pushed.
*/
static int write_evidence (lua_State *L, Store *s, lua_Integer rid, int r,
                           const char *ctx) {
  int ty = lua_getfield(L, r, "evidence");
  int e = lua_gettop(L);
  if (ty == LUA_TNIL) {
    lua_pop(L, 1);
    return 1;
  }
  if (ty != LUA_TTABLE)
    luaL_error(L, "%s: field 'evidence' must be a table or nil (got %s)",
               ctx, luaL_typename(L, -1));
  lua_pushnil(L);
  while (lua_next(L, e) != 0) {
    sqlite3_stmt *st;
    lua_Integer start, stop;
    int v = lua_gettop(L);
    if (lua_type(L, v - 1) != LUA_TSTRING || lua_type(L, v) != LUA_TTABLE)
      luaL_error(L, "%s: evidence must map field names to "
                 "{start=, stop=, rule=} tables", ctx);
    start = int_field(L, v, "start", ctx);
    stop = int_field(L, v, "stop", ctx);
    st = store_stmt(L, s, ST_EVIDENCE_INSERT);
    if (st == NULL) return store_fail(L, s, "add_reports"), 0;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)rid);
    store_bind_arg(L, st, 2, v - 1, r);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)start);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)stop);
    bind_opt_text(L, st, 5, v, "rule", ctx);
    if (!step_done(st)) return store_fail(L, s, "add_reports"), 0;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return 1;
}


/*
** Worker of add_reports, run inside store_atomic: (db, article_id, list).
*/
static int w_add_reports (lua_State *L) {
  Store *s = store_check(L, 1);
  lua_Integer aid = luaL_checkinteger(L, 2);
  lua_Integer i, n = luaL_len(L, 3);
  sqlite3_stmt *st = store_stmt(L, s, ST_ARTICLE_EXISTS);
  char ctx[64];
  int rc, k;
  if (st == NULL) return store_fail(L, s, "add_reports");
  sqlite3_bind_int64(st, 1, (sqlite3_int64)aid);
  rc = sqlite3_step(st);
  sqlite3_reset(st);
  if (rc == SQLITE_DONE) {
    luaL_pushfail(L);
    lua_pushfstring(L, "add_reports: no article %I", aid);
    return 2;
  }
  if (rc != SQLITE_ROW) return store_fail(L, s, "add_reports");
  lua_createtable(L, (int)(n > 0 && n < 1 << 20 ? n : 0), 0);
  for (i = 1; i <= n; i++) {
    int r;
    lua_Integer rid;
    snprintf(ctx, sizeof ctx, "add_reports: report %lld", (long long)i);
    if (lua_geti(L, 3, i) != LUA_TTABLE)
      luaL_error(L, "%s is a %s, not a table", ctx, luaL_typename(L, -1));
    r = lua_gettop(L);
    st = store_stmt(L, s, ST_REPORT_INSERT);
    if (st == NULL) return store_fail(L, s, "add_reports");
    for (k = 0; k < N_EVENT; k++)
      bind_field(L, st, k + 1, r, &event_fields[k], ctx);
    bind_field(L, st, N_EVENT + 1, r, &report_more[0], ctx);
    sqlite3_bind_int64(st, N_EVENT + 2, (sqlite3_int64)aid);
    if (!step_done(st)) return store_fail(L, s, "add_reports");
    rid = (lua_Integer)sqlite3_last_insert_rowid(s->db);
    if (!write_evidence(L, s, rid, r, ctx) ||
        !write_extra(L, s, ST_REPORT_EXTRA_INSERT, rid, r, report_more, 1,
                     "add_reports"))
      return 2;
    lua_pop(L, 1);
    lua_pushinteger(L, rid);
    lua_rawseti(L, -2, i);
  }
  return 1;
}


/*
** db:add_reports(article_id, list) -> array of report ids | nil, msg.
*/
static int m_add_reports (lua_State *L) {
  store_check(L, 1);
  luaL_checkinteger(L, 2);
  luaL_checktype(L, 3, LUA_TTABLE);
  lua_settop(L, 3);
  return store_atomic(L, w_add_reports, "add_reports");
}


/*
** Adds the evidence map of report `rid` to the table on top.
*/
static int read_evidence (lua_State *L, Store *s, lua_Integer rid) {
  sqlite3_stmt *st = store_stmt(L, s, ST_EVIDENCE_OF);
  int rc;
  if (st == NULL) return store_fail(L, s, "evidence"), 0;
  sqlite3_bind_int64(st, 1, (sqlite3_int64)rid);
  lua_newtable(L);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    store_push_row(L, st, 0);
    lua_pushnil(L);
    lua_setfield(L, -2, "field");
    lua_setfield(L, -2, (const char *)sqlite3_column_text(st, 0));
  }
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) return store_fail(L, s, "evidence"), 0;
  lua_setfield(L, -2, "evidence");
  return 1;
}


/*
** Pushes the report of the current row of a report_sources statement,
** with its evidence and extra fields.  1, or 0 with nil, msg pushed.
*/
static int push_report (lua_State *L, Store *s, sqlite3_stmt *st) {
  lua_Integer rid;
  store_push_row(L, st, 1);
  lua_getfield(L, -1, "id");
  rid = lua_tointeger(L, -1);
  lua_pop(L, 1);
  return read_evidence(L, s, rid) &&
         read_extra(L, s, ST_REPORT_EXTRA_OF, rid, "report");
}


/*
** db:report(id) -> report | nil, msg.
*/
static int m_report (lua_State *L) {
  Store *s = store_check(L, 1);
  lua_Integer id = luaL_checkinteger(L, 2);
  sqlite3_stmt *st = store_stmt(L, s, ST_REPORT_GET);
  int rc;
  if (st == NULL) return store_fail(L, s, "report");
  sqlite3_bind_int64(st, 1, (sqlite3_int64)id);
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    rc = push_report(L, s, st);
    sqlite3_reset(st);
    return rc ? 1 : 2;
  }
  if (rc != SQLITE_DONE) {
    rc = store_fail(L, s, "report");
    sqlite3_reset(st);
    return rc;
  }
  sqlite3_reset(st);
  luaL_pushfail(L);
  lua_pushfstring(L, "report: no report %I", id);
  return 2;
}


/*
** Pushes the array of reports of ST_REPORTS_FILTER with its parameters
** (article_id, incident_id, unlinked), 0 standing for "any".  A filter by
** incident or article takes the statement that leads with that column,
** and one of unlinked reports alone an anti-join over indexes, so each
** reads through an index (all select the same rows as the general one).
*/
static int push_reports (lua_State *L, Store *s, lua_Integer article_id,
                         lua_Integer incident_id, int unlinked) {
  sqlite3_stmt *st = store_stmt(L, s, incident_id ? ST_REPORTS_OF_INCIDENT
                                : article_id ? ST_REPORTS_OF_ARTICLE
                                : unlinked ? ST_REPORTS_UNLINKED
                                : ST_REPORTS_FILTER);
  int rc, n = 0;
  if (st == NULL) return store_fail(L, s, "reports"), 0;
  if (article_id) sqlite3_bind_int64(st, 1, (sqlite3_int64)article_id);
  if (incident_id) sqlite3_bind_int64(st, 2, (sqlite3_int64)incident_id);
  if (unlinked && (incident_id || article_id)) sqlite3_bind_int(st, 3, 1);
  lua_newtable(L);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (!push_report(L, s, st)) {
      sqlite3_reset(st);                   /* do not hold a read snapshot */
      return 0;
    }
    lua_rawseti(L, -2, ++n);
  }
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) return store_fail(L, s, "reports"), 0;
  return 1;
}


/*
** Checks that a filter table at `arg` has only the given keys.
*/
static void check_keys (lua_State *L, int arg, const char *const keys[]) {
  lua_pushnil(L);
  while (lua_next(L, arg) != 0) {
    int i, found = 0;
    if (lua_type(L, -2) == LUA_TSTRING) {
      const char *k = lua_tostring(L, -2);
      for (i = 0; keys[i] != NULL && !found; i++)
        found = strcmp(k, keys[i]) == 0;
    }
    if (!found) {
      lua_pushvalue(L, -2);
      luaL_argerror(L, arg, lua_pushfstring(L, "unknown filter key '%s'",
                    luaL_tolstring(L, -1, NULL)));
    }
    lua_pop(L, 1);
  }
}


/*
** Optional integer (> 0 when `positive`) filter key; 0 when absent.
*/
static lua_Integer filter_int (lua_State *L, int arg, const char *key,
                               int *present) {
  lua_Integer v = 0;
  *present = lua_getfield(L, arg, key) != LUA_TNIL;
  if (*present) {
    int isint;
    v = lua_tointegerx(L, -1, &isint);
    if (!isint || lua_type(L, -1) != LUA_TNUMBER)
      luaL_argerror(L, arg, lua_pushfstring(L, "filter.%s must be an "
                                            "integer", key));
  }
  lua_pop(L, 1);
  return v;
}


/*
** db:reports([filter]) -> array | nil, msg.  filter: article_id,
** incident_id, unlinked (true: only reports of no incident).
*/
static int m_reports (lua_State *L) {
  static const char *const keys[] = {"article_id", "incident_id", "unlinked",
                                     NULL};
  Store *s = store_check(L, 1);
  lua_Integer aid = 0, iid = 0;
  int unlinked = 0, present;
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    check_keys(L, 2, keys);
    aid = filter_int(L, 2, "article_id", &present);
    if (present && aid == 0) aid = -1;    /* matches nothing, as asked */
    iid = filter_int(L, 2, "incident_id", &present);
    if (present && iid == 0) iid = -1;
    lua_getfield(L, 2, "unlinked");
    unlinked = lua_toboolean(L, -1);
    lua_pop(L, 1);
  }
  if (!push_reports(L, s, aid, iid, unlinked)) return 2;
  return 1;
}


/* --------------------------------------------------------------- incidents */

/*
** Pushes the incident of the current row of an incidents statement, with
** report_ids, extra fields and (when with_reports) its reports.
*/
static int push_incident (lua_State *L, Store *s, sqlite3_stmt *st,
                          int with_reports) {
  lua_Integer id;
  sqlite3_stmt *ids;
  int rc, n = 0;
  store_push_row(L, st, 1);
  lua_getfield(L, -1, "id");
  id = lua_tointeger(L, -1);
  lua_pop(L, 1);
  if (!read_extra(L, s, ST_INCIDENT_EXTRA_OF, id, "incident")) return 0;
  ids = store_stmt(L, s, ST_INCIDENT_REPORT_IDS);
  if (ids == NULL) return store_fail(L, s, "incident"), 0;
  sqlite3_bind_int64(ids, 1, (sqlite3_int64)id);
  lua_newtable(L);
  while ((rc = sqlite3_step(ids)) == SQLITE_ROW) {
    lua_pushinteger(L, (lua_Integer)sqlite3_column_int64(ids, 0));
    lua_rawseti(L, -2, ++n);
  }
  sqlite3_reset(ids);
  if (rc != SQLITE_DONE) return store_fail(L, s, "incident"), 0;
  lua_setfield(L, -2, "report_ids");
  if (with_reports) {
    if (!push_reports(L, s, 0, id, 0)) return 0;
    lua_setfield(L, -2, "reports");
  }
  return 1;
}


/*
** An incident row with its reports, for get_by_id.
*/
static int push_incident_full (lua_State *L, Store *s, sqlite3_stmt *st) {
  return push_incident(L, s, st, 1);
}


/*
** db:incident(id) -> incident (with .reports) | nil, msg.
*/
static int m_incident (lua_State *L) {
  return get_by_id(L, ST_INCIDENT_GET, "incident", push_incident_full);
}


/*
** Binds an optional string filter key to parameter `param`.
*/
static void filter_text (lua_State *L, sqlite3_stmt *st, int param, int arg,
                         const char *key) {
  int ty = lua_getfield(L, arg, key);
  if (ty != LUA_TNIL && ty != LUA_TSTRING)
    luaL_argerror(L, arg, lua_pushfstring(L, "filter.%s must be a string",
                                          key));
  store_bind_arg(L, st, param, -1, arg);
  lua_pop(L, 1);
}


/*
** db:incidents([filter]) -> array | nil, msg.  filter: group, country,
** since, until, type, min_killed, status, limit, reports (false: leave
** out .reports).
*/
static int m_incidents (lua_State *L) {
  static const char *const keys[] = {"group", "country", "since", "until",
    "type", "min_killed", "status", "limit", "reports", "added_since", NULL};
  Store *s = store_check(L, 1);
  sqlite3_stmt *st;
  int rc, n = 0, with_reports = 1, present;
  lua_Integer v;
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    check_keys(L, 2, keys);
  }
  else {
    lua_settop(L, 1);
    lua_newtable(L);
  }
  st = store_stmt(L, s, ST_INCIDENTS_FILTER);
  if (st == NULL) return store_fail(L, s, "incidents");
  filter_text(L, st, 1, 2, "group");
  filter_text(L, st, 2, 2, "country");
  filter_text(L, st, 3, 2, "since");
  filter_text(L, st, 4, 2, "until");
  filter_text(L, st, 5, 2, "type");
  v = filter_int(L, 2, "min_killed", &present);
  if (present) sqlite3_bind_int64(st, 6, (sqlite3_int64)v);
  filter_text(L, st, 7, 2, "status");
  v = filter_int(L, 2, "limit", &present);
  if (present) sqlite3_bind_int64(st, 8, (sqlite3_int64)v);
  filter_text(L, st, 9, 2, "added_since");
  if (lua_getfield(L, 2, "reports") == LUA_TBOOLEAN)
    with_reports = lua_toboolean(L, -1);
  lua_pop(L, 1);
  lua_newtable(L);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (!push_incident(L, s, st, with_reports)) {
      sqlite3_reset(st);
      return 2;
    }
    lua_rawseti(L, -2, ++n);
  }
  if (rc != SQLITE_DONE) {
    rc = store_fail(L, s, "incidents");
    sqlite3_reset(st);
    return rc;
  }
  sqlite3_reset(st);
  return 1;
}


/*
** Links one report to incident `iid`.  1, or 0 with nil, msg pushed.
*/
static int link_report (lua_State *L, Store *s, lua_Integer iid,
                        lua_Integer rid, int why) {
  sqlite3_stmt *st = store_stmt(L, s, ST_REPORT_EXISTS);
  int rc;
  if (st == NULL) return store_fail(L, s, "put_incident"), 0;
  sqlite3_bind_int64(st, 1, (sqlite3_int64)rid);
  rc = sqlite3_step(st);
  sqlite3_reset(st);
  if (rc == SQLITE_DONE) {
    luaL_pushfail(L);
    lua_pushfstring(L, "put_incident: no report %I", rid);
    return 0;
  }
  if (rc != SQLITE_ROW) return store_fail(L, s, "put_incident"), 0;
  st = store_stmt(L, s, ST_REPORT_LINKED);
  if (st == NULL) return store_fail(L, s, "put_incident"), 0;
  sqlite3_bind_int64(st, 1, (sqlite3_int64)rid);
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    lua_Integer other = (lua_Integer)sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (other == iid) return 1;            /* listed twice: one link */
    luaL_pushfail(L);
    lua_pushfstring(L, "put_incident: report %I already belongs to "
                    "incident %I", rid, other);
    return 0;
  }
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) return store_fail(L, s, "put_incident"), 0;
  st = store_stmt(L, s, ST_INCIDENT_LINK);
  if (st == NULL) return store_fail(L, s, "put_incident"), 0;
  sqlite3_bind_int64(st, 1, (sqlite3_int64)iid);
  sqlite3_bind_int64(st, 2, (sqlite3_int64)rid);
  store_bind_arg(L, st, 3, why, 2);
  if (!step_done(st)) return store_fail(L, s, "put_incident"), 0;
  return 1;
}


/*
** Worker of put_incident, run inside store_atomic: (db, inc).
*/
static int w_put_incident (lua_State *L) {
  Store *s = store_check(L, 1);
  const char *ctx = "put_incident";
  sqlite3_stmt *st;
  lua_Integer id = 0, i, n;
  int update, k;
  update = lua_getfield(L, 2, "id") != LUA_TNIL;
  if (update) id = int_field(L, 2, "id", ctx);
  lua_pop(L, 1);
  st = store_stmt(L, s, update ? ST_INCIDENT_UPDATE : ST_INCIDENT_INSERT);
  if (st == NULL) return store_fail(L, s, ctx);
  for (k = 0; k < N_EVENT; k++)
    bind_field(L, st, k + 1, 2, &event_fields[k], ctx);
  for (k = 0; k < 3; k++)
    bind_field(L, st, N_EVENT + 1 + k, 2, &incident_more[k], ctx);
  if (update) sqlite3_bind_int64(st, N_EVENT + 4, (sqlite3_int64)id);
  if (!step_done(st)) return store_fail(L, s, ctx);
  if (update) {
    if (sqlite3_changes(s->db) == 0) {
      luaL_pushfail(L);
      lua_pushfstring(L, "put_incident: no incident %I", id);
      return 2;
    }
    st = store_stmt(L, s, ST_INCIDENT_UNLINK);
    if (st == NULL) return store_fail(L, s, ctx);
    sqlite3_bind_int64(st, 1, (sqlite3_int64)id);
    if (!step_done(st)) return store_fail(L, s, ctx);
    st = store_stmt(L, s, ST_INCIDENT_EXTRA_CLEAR);
    if (st == NULL) return store_fail(L, s, ctx);
    sqlite3_bind_int64(st, 1, (sqlite3_int64)id);
    if (!step_done(st)) return store_fail(L, s, ctx);
  }
  else
    id = (lua_Integer)sqlite3_last_insert_rowid(s->db);
  if (!write_extra(L, s, ST_INCIDENT_EXTRA_INSERT, id, 2, incident_more, 3,
                   ctx))
    return 2;
  switch (lua_getfield(L, 2, "report_ids")) {
    case LUA_TNIL: break;
    case LUA_TTABLE: {
      int t = lua_gettop(L);
      n = luaL_len(L, t);
      for (i = 1; i <= n; i++) {
        int ty = lua_geti(L, t, i);
        lua_Integer rid;
        if (ty == LUA_TTABLE) {             /* { id = n, why = "..." } */
          int e = lua_gettop(L);
          rid = int_field(L, e, "id", "put_incident: report_ids entry");
          if (lua_getfield(L, e, "why") > LUA_TNIL &&
              lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L, "put_incident: report_ids[%I].why must be a "
                       "string", i);
        }
        else {
          int isint;
          rid = lua_tointegerx(L, -1, &isint);
          if (ty != LUA_TNUMBER || !isint)
            luaL_error(L, "put_incident: report_ids[%I] must be an integer "
                       "or {id=, why=} (got %s)", i, luaL_typename(L, -1));
          lua_pushnil(L);                   /* no why */
        }
        if (!link_report(L, s, id, rid, lua_gettop(L))) return 2;
        lua_pop(L, 2);
      }
      break;
    }
    default:
      luaL_error(L, "put_incident: field 'report_ids' must be an array "
                 "(got %s)", luaL_typename(L, -1));
  }
  lua_pop(L, 1);
  lua_pushinteger(L, id);
  return 1;
}


/*
** db:put_incident(inc) -> id | nil, msg.  With inc.id, replaces that
** incident's fields, links and extra fields.
*/
static int m_put_incident (lua_State *L) {
  store_check(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_settop(L, 2);
  return store_atomic(L, w_put_incident, "put_incident");
}


/*
** db:incident_keys() -> array | nil, msg.  For every report linked to an
** incident, {incident_id, status, date, date_lo, date_hi, country,
** country_name} (NULLs left out), by incident then report id: what
** merging needs to know which incidents a new report could join, without
** reading every incident's reports and evidence.
*/
static int m_incident_keys (lua_State *L) {
  Store *s = store_check(L, 1);
  sqlite3_stmt *st = store_stmt(L, s, ST_INCIDENT_KEYS);
  int rc, n = 0;
  if (st == NULL) return store_fail(L, s, "incident_keys");
  lua_newtable(L);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    store_push_row(L, st, 0);
    lua_rawseti(L, -2, ++n);
  }
  sqlite3_reset(st);
  if (rc != SQLITE_DONE) return store_fail(L, s, "incident_keys");
  return 1;
}


/*
** db:delete_incident(id) -> true | nil, msg.  Its links go with it; the
** reports stay.
*/
static int m_delete_incident (lua_State *L) {
  Store *s = store_check(L, 1);
  lua_Integer id = luaL_checkinteger(L, 2);
  sqlite3_stmt *st = store_stmt(L, s, ST_INCIDENT_DELETE);
  if (st == NULL) return store_fail(L, s, "delete_incident");
  sqlite3_bind_int64(st, 1, (sqlite3_int64)id);
  if (!step_done(st)) return store_fail(L, s, "delete_incident");
  if (sqlite3_changes(s->db) == 0) {
    luaL_pushfail(L);
    lua_pushfstring(L, "delete_incident: no incident %I", id);
    return 2;
  }
  lua_pushboolean(L, 1);
  return 1;
}


/*
** db:clear_incidents() -> number deleted | nil, msg.
*/
static int m_clear_incidents (lua_State *L) {
  Store *s = store_check(L, 1);
  sqlite3_stmt *st = store_stmt(L, s, ST_INCIDENTS_CLEAR);
  if (st == NULL) return store_fail(L, s, "clear_incidents");
  if (!step_done(st)) return store_fail(L, s, "clear_incidents");
  lua_pushinteger(L, (lua_Integer)sqlite3_changes(s->db));
  return 1;
}


static const luaL_Reg model_methods[] = {
  {"add_article", m_add_article},
  {"article", m_article},
  {"copies", m_copies},
  {"remove_copy", m_remove_copy},
  {"add_reports", m_add_reports},
  {"report", m_report},
  {"reports", m_reports},
  {"put_incident", m_put_incident},
  {"incident", m_incident},
  {"incidents", m_incidents},
  {"incident_keys", m_incident_keys},
  {"delete_incident", m_delete_incident},
  {"clear_incidents", m_clear_incidents},
  {NULL, NULL}
};


/*
** Adds the model methods to the method table on top of the stack.
*/
void store_open_model (lua_State *L) {
  luaL_setfuncs(L, model_methods, 0);
}
