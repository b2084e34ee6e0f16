/*
** lstore.c: the SQLite store handle of incidents.core.
** This half owns the connection: open (settings, version check,
** migrations), close, the statement cache, transactions, the analysts'
** rows/exec, and full-text search.  Articles, reports and incidents live
** in lstore_model.c.  All SQL text comes from store_sql.h.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"

#include "incidents.h"
#include "lstore.h"


/*
** The SQL of the cached statements, indexed by the ST_ ids.
*/
#define STORE_TEXT(id, sql) sql,
static const char *const statement_sql[ST_COUNT] = {
  STORE_STATEMENTS(STORE_TEXT)
};
#undef STORE_TEXT

/*
** The parts of each migration, NULL-terminated; migrations[n] takes a
** database from schema version n-1 to n.
*/
static const char *const migration_1[] = { SQL_MIGRATION_1, NULL };
static const char *const migration_2[] = { SQL_MIGRATION_2, NULL };
static const char *const migration_3[] = { SQL_MIGRATION_3, NULL };

static const char *const *const migrations[STORE_SCHEMA_VERSION + 1] = {
  NULL,
  migration_1,
  migration_2,
  migration_3
};


/*
** A statement of a rows iterator.  It keeps its database alive through
** uservalue 1; the database keeps it in a list so that closing the
** database finalizes it first (sqlite3_close_v2 would otherwise keep the
** connection half-open until the iterator is collected).
*/
typedef struct UStmt {
  sqlite3_stmt *stmt;         /* NULL once finalized */
  Store *store;
  struct UStmt *next;
  struct UStmt **prevp;       /* the link pointing at this one */
  int pending;                /* a row stepped but not yet returned */
  int done;                   /* stepped to the end */
} UStmt;


/*
** Finalizes a rows statement and takes it off its database's list.
*/
static void ustmt_finalize (UStmt *u) {
  if (u->stmt != NULL) {
    sqlite3_finalize(u->stmt);
    u->stmt = NULL;
  }
  if (u->prevp != NULL) {
    *u->prevp = u->next;
    if (u->next != NULL) u->next->prevp = u->prevp;
    u->prevp = NULL;
    u->next = NULL;
  }
}


/*
** Closes the connection: cached statements, then rows statements, then
** the connection itself.  Safe to call twice.
*/
static void store_close_handle (Store *s) {
  int i;
  free(s->busy_notice);
  s->busy_notice = NULL;
  if (s->db == NULL) return;
  for (i = 0; i < ST_COUNT; i++) {
    if (s->cache[i] != NULL) {
      sqlite3_finalize(s->cache[i]);
      s->cache[i] = NULL;
    }
  }
  while (s->stmts != NULL) ustmt_finalize(s->stmts);
  sqlite3_close_v2(s->db);
  s->db = NULL;
  s->depth = 0;
}


Store *store_check (lua_State *L, int arg) {
  Store *s = (Store *)luaL_checkudata(L, arg, STORE_MT);
  if (s->db == NULL) luaL_error(L, "attempt to use a closed database");
  return s;
}


/*
** Pushes nil and "what: <SQLite's message>"; returns 2 for `return`.
*/
int store_fail (lua_State *L, Store *s, const char *what) {
  const char *msg = s->db ? sqlite3_errmsg(s->db) : "database is closed";
  luaL_pushfail(L);
  lua_pushfstring(L, "%s: %s", what, msg);
  return 2;
}


/*
** A cached statement, reset and with no bindings; NULL (with the reason
** in sqlite3_errmsg) when it cannot be prepared, e.g. a corrupt file.
*/
sqlite3_stmt *store_stmt (lua_State *L, Store *s, int id) {
  sqlite3_stmt *st = s->cache[id];
  (void)L;
  if (st == NULL) {
    if (sqlite3_prepare_v3(s->db, statement_sql[id], -1,
                           SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
      return NULL;
    s->cache[id] = st;
  }
  else {
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
  }
  return st;
}


/*
** Runs a statement of fixed text; 1 on success.
*/
static int run (Store *s, const char *sql) {
  return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK;
}


/*
** Opens a transaction level: a transaction when none is open (even one
** opened by hand with db:exec is respected), a savepoint otherwise.
*/
int store_tx_begin (Store *s, TxLevel *t) {
  char sql[64];
  t->depth = s->depth;
  t->outer = sqlite3_get_autocommit(s->db);
  if (t->outer)
    snprintf(sql, sizeof sql, "%s", s->readonly ? SQL_BEGIN_READONLY : SQL_BEGIN);
  else
    snprintf(sql, sizeof sql, SQL_SAVEPOINT_FMT, t->depth);
  if (!run(s, sql)) return 0;
  s->depth = t->depth + 1;
  return 1;
}


int store_tx_commit (Store *s, TxLevel *t) {
  char sql[64];
  s->depth = t->depth;
  if (t->outer)
    snprintf(sql, sizeof sql, "%s", SQL_COMMIT);
  else
    snprintf(sql, sizeof sql, SQL_RELEASE_FMT, t->depth);
  return run(s, sql);
}


/*
** Rolls a level back.  Errors are ignored: SQLite may already have rolled
** the whole transaction back by itself (e.g. on a full disk).
*/
void store_tx_rollback (Store *s, TxLevel *t) {
  char sql[96];
  s->depth = t->depth;
  if (t->outer) {
    if (sqlite3_get_autocommit(s->db)) return;
    snprintf(sql, sizeof sql, "%s", SQL_ROLLBACK);
  }
  else
    snprintf(sql, sizeof sql, SQL_ROLLBACK_TO_FMT, t->depth, t->depth);
  run(s, sql);
}


/*
** Calls worker with the current arguments (the database first) inside a
** transaction level.  A raised error rolls back and is raised again; a
** result of nil (nil, msg) rolls back and is returned; anything else
** commits.  The arguments stay on the stack, so the database cannot be
** collected while this runs.
*/
int store_atomic (lua_State *L, lua_CFunction worker, const char *what) {
  Store *s = store_check(L, 1);
  TxLevel t;
  int n = lua_gettop(L);
  int i, status, nres;
  if (!store_tx_begin(s, &t)) return store_fail(L, s, what);
  luaL_checkstack(L, n + 1, "too many arguments");
  lua_pushcfunction(L, worker);
  for (i = 1; i <= n; i++) lua_pushvalue(L, i);
  status = lua_pcall(L, n, LUA_MULTRET, 0);
  if (s->db == NULL) {               /* closed by a metamethod meanwhile */
    if (status != LUA_OK) return lua_error(L);
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: the database was closed meanwhile", what);
    return 2;
  }
  if (status != LUA_OK) {
    store_tx_rollback(s, &t);
    return lua_error(L);
  }
  nres = lua_gettop(L) - n;
  if (nres >= 1 && lua_isnil(L, n + 1)) {
    store_tx_rollback(s, &t);
    return nres;
  }
  if (!store_tx_commit(s, &t)) {
    int r = store_fail(L, s, what);
    store_tx_rollback(s, &t);
    return r;
  }
  return nres;
}


/*
** Binds the Lua value at idx to parameter `param`; booleans become 1/0.
** `arg` is the argument the value came from, for the error message.
*/
void store_bind_arg (lua_State *L, sqlite3_stmt *st, int param, int idx,
                     int arg) {
  int rc;
  switch (lua_type(L, idx)) {
    case LUA_TNONE: case LUA_TNIL:
      rc = sqlite3_bind_null(st, param);
      break;
    case LUA_TBOOLEAN:
      rc = sqlite3_bind_int(st, param, lua_toboolean(L, idx));
      break;
    case LUA_TNUMBER:
      if (lua_isinteger(L, idx))
        rc = sqlite3_bind_int64(st, param, (sqlite3_int64)lua_tointeger(L, idx));
      else
        rc = sqlite3_bind_double(st, param, (double)lua_tonumber(L, idx));
      break;
    case LUA_TSTRING: {
      size_t len;
      const char *v = lua_tolstring(L, idx, &len);
      rc = sqlite3_bind_text64(st, param, v, (sqlite3_uint64)len,
                               SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    }
    default:
      luaL_argerror(L, arg, lua_pushfstring(L,
                    "cannot bind a %s to SQL parameter %d",
                    luaL_typename(L, idx), param));
      return;
  }
  if (rc != SQLITE_OK)
    luaL_error(L, "cannot bind SQL parameter %d: %s", param, sqlite3_errstr(rc));
}


void store_push_column (lua_State *L, sqlite3_stmt *st, int col) {
  switch (sqlite3_column_type(st, col)) {
    case SQLITE_INTEGER:
      lua_pushinteger(L, (lua_Integer)sqlite3_column_int64(st, col));
      break;
    case SQLITE_FLOAT:
      lua_pushnumber(L, (lua_Number)sqlite3_column_double(st, col));
      break;
    case SQLITE_TEXT:
      lua_pushlstring(L, (const char *)sqlite3_column_text(st, col),
                      (size_t)sqlite3_column_bytes(st, col));
      break;
    case SQLITE_BLOB: {
      const void *b = sqlite3_column_blob(st, col);
      lua_pushlstring(L, b ? (const char *)b : "",
                      (size_t)sqlite3_column_bytes(st, col));
      break;
    }
    default:
      lua_pushnil(L);
  }
}


/*
** Columns the library stores as 1/0 for a Lua boolean.
*/
static int is_flag_column (const char *name) {
  return strcmp(name, "claimed") == 0 || strcmp(name, "suicide") == 0 ||
         strcmp(name, "published_inferred") == 0;
}


/*
** Pushes the current row as a table column name -> value; NULL columns
** are left out.  `typed` turns the flag columns into booleans.
*/
void store_push_row (lua_State *L, sqlite3_stmt *st, int typed) {
  int i, n = sqlite3_column_count(st);
  lua_createtable(L, 0, n);
  for (i = 0; i < n; i++) {
    const char *name = sqlite3_column_name(st, i);
    if (name == NULL || sqlite3_column_type(st, i) == SQLITE_NULL) continue;
    if (typed && is_flag_column(name))
      lua_pushboolean(L, sqlite3_column_int64(st, i) != 0);
    else
      store_push_column(L, st, i);
    lua_setfield(L, -2, name);
  }
}


/*
** Reads one integer from a pragma or a query of fixed text.
*/
static int query_int (Store *s, const char *sql, int *out) {
  sqlite3_stmt *st;
  int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
  if (rc != SQLITE_OK) return 0;
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) *out = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return rc == SQLITE_ROW;
}


/*
** Brings the schema to STORE_SCHEMA_VERSION inside one transaction.
** Returns NULL, or an error message pushed on the stack.
*/
static const char *migrate (lua_State *L, Store *s, int version, int appid) {
  int v, objects;
  char sql[64];
  if (!run(s, SQL_BEGIN)) return lua_pushstring(L, sqlite3_errmsg(s->db));
  /* another process may have migrated the file while we waited */
  if (!query_int(s, SQL_USER_VERSION, &version) ||
      !query_int(s, SQL_APPLICATION_ID, &appid) ||
      !query_int(s, SQL_COUNT_OBJECTS, &objects))
    goto fail;
  if (version == 0 && objects > 0 && appid != STORE_APPLICATION_ID) {
    run(s, SQL_ROLLBACK);
    return lua_pushliteral(L, "not an incidents database (it holds other "
                           "tables and no incidents schema)");
  }
  for (v = version + 1; v <= STORE_SCHEMA_VERSION; v++) {
    const char *const *part;
    for (part = migrations[v]; *part != NULL; part++)
      if (!run(s, *part)) goto fail;
  }
  snprintf(sql, sizeof sql, SQL_SET_VERSION_FMT, STORE_SCHEMA_VERSION);
  if (!run(s, sql)) goto fail;
  snprintf(sql, sizeof sql, SQL_SET_APPID_FMT, STORE_APPLICATION_ID);
  if (!run(s, sql)) goto fail;
  if (!run(s, SQL_COMMIT)) goto fail;
  return NULL;
 fail:
  lua_pushstring(L, sqlite3_errmsg(s->db));
  run(s, SQL_ROLLBACK);
  return lua_tostring(L, -1);
}


/*
** Connection settings and schema checks after sqlite3_open_v2.
** Returns NULL, or an error message pushed on the stack.
*/
static const char *setup (lua_State *L, Store *s) {
  int version = 0, appid = 0;
  const char *file;
  if (!run(s, SQL_FOREIGN_KEYS) ||
      !query_int(s, SQL_APPLICATION_ID, &appid) ||
      !query_int(s, SQL_USER_VERSION, &version))
    return lua_pushstring(L, sqlite3_errmsg(s->db));
  if (version > STORE_SCHEMA_VERSION)
    return lua_pushfstring(L, "database schema version %d is newer than this "
                           "library (%d); upgrade incidents",
                           version, STORE_SCHEMA_VERSION);
  if (appid != 0 && appid != STORE_APPLICATION_ID)
    return lua_pushfstring(L, "not an incidents database (application_id %d)",
                           appid);
  file = sqlite3_db_filename(s->db, "main");
  if (!s->readonly && file != NULL && file[0] != '\0' &&
      (!run(s, SQL_WAL) || !run(s, SQL_SYNCHRONOUS)))
    return lua_pushstring(L, sqlite3_errmsg(s->db));
  if (version < STORE_SCHEMA_VERSION) {
    if (s->readonly)
      return lua_pushfstring(L, "database schema version %d is older than "
                             "this library (%d) and the database is opened "
                             "read-only", version, STORE_SCHEMA_VERSION);
    return migrate(L, s, version, appid);
  }
  return NULL;
}


/*
** Waits for another connection's lock like sqlite3_busy_timeout, in steps
** of 50 ms, and after a second says once on stderr what it waits for: a
** command line that waits a minute in silence looks hung.
*/
static int store_busy (void *ud, int n) {
  Store *s = (Store *)ud;
  if ((long)n * 50 >= s->busy_ms) return 0;
  if (!s->noticed && n * 50 >= 1000) {
    fprintf(stderr, "%s\n", s->busy_notice);
    fflush(stderr);
    s->noticed = 1;
  }
  sqlite3_sleep(50);
  return 1;
}


/*
** core.open(path[, opts]) -> db | nil, msg.
*/
static int store_open (lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  int timeout = 5000, readonly = 0, flags, rc, ui;
  const char *err, *notice = NULL;
  size_t notice_len = 0;
  Store *s;
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    if (lua_getfield(L, 2, "busy_timeout") != LUA_TNIL) {
      int isint;
      lua_Integer t = lua_tointegerx(L, -1, &isint);
      luaL_argcheck(L, isint && t >= 0 && t <= 0x7fffffff, 2,
                    "busy_timeout must be a non-negative integer (ms)");
      timeout = (int)t;
    }
    lua_getfield(L, 2, "readonly");
    readonly = lua_toboolean(L, -1);
    lua_pop(L, 2);
    if (lua_getfield(L, 2, "busy_notice") != LUA_TNIL) {
      luaL_argcheck(L, lua_type(L, -1) == LUA_TSTRING, 2, "busy_notice must be a string");
      notice = lua_tolstring(L, -1, &notice_len);
    }
    lua_pop(L, 1);  /* the string stays alive in the options table */
  }
  /* created closed, so an error below leaves a consistent object */
  s = (Store *)lua_newuserdatauv(L, sizeof(Store), 0);
  ui = lua_gettop(L);
  memset(s, 0, sizeof *s);
  luaL_setmetatable(L, STORE_MT);
  flags = (readonly ? SQLITE_OPEN_READONLY
                    : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
          SQLITE_OPEN_URI;
  rc = sqlite3_open_v2(path, &s->db, flags, NULL);
  s->readonly = readonly;
  if (rc != SQLITE_OK) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path,
                    s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
    store_close_handle(s);
    return 2;
  }
  if (notice != NULL) {
    s->busy_notice = (char *)malloc(notice_len + 1);
    if (s->busy_notice == NULL) {
      store_close_handle(s);
      return luaL_error(L, "not enough memory");
    }
    memcpy(s->busy_notice, notice, notice_len + 1);
    s->busy_ms = timeout;
    sqlite3_busy_handler(s->db, store_busy, s);
  }
  else
    sqlite3_busy_timeout(s->db, timeout);
  err = setup(L, s);
  if (err != NULL) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, err);
    store_close_handle(s);
    return 2;
  }
  lua_pushvalue(L, ui);
  return 1;
}


/*
** db:close() -> true; idempotent.
*/
static int db_close (lua_State *L) {
  Store *s = (Store *)luaL_checkudata(L, 1, STORE_MT);
  store_close_handle(s);
  lua_pushboolean(L, 1);
  return 1;
}


/*
** __gc and __close: never raises.
*/
static int db_gc (lua_State *L) {
  Store *s = (Store *)luaL_checkudata(L, 1, STORE_MT);
  store_close_handle(s);
  return 0;
}


static int db_tostring (lua_State *L) {
  Store *s = (Store *)luaL_checkudata(L, 1, STORE_MT);
  if (s->db == NULL)
    lua_pushliteral(L, "incidents.db (closed)");
  else {
    const char *f = sqlite3_db_filename(s->db, "main");
    lua_pushfstring(L, "incidents.db (%s)", (f && *f) ? f : ":memory:");
  }
  return 1;
}


/*
** db:exec(sql) -> true | nil, msg.  Trusted scripts of many statements.
*/
static int db_exec (lua_State *L) {
  Store *s = store_check(L, 1);
  const char *sql = luaL_checkstring(L, 2);
  char *err = NULL;
  if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) {
    luaL_pushfail(L);
    lua_pushfstring(L, "exec: %s", err ? err : sqlite3_errmsg(s->db));
    sqlite3_free(err);
    return 2;
  }
  lua_pushboolean(L, 1);
  return 1;
}


/*
** db:transaction(fn, ...) -> fn's results | nil, msg.  fn raising, or
** returning nil as its first result with more results (nil, msg), rolls
** the level back; otherwise it commits.
*/
static int db_transaction (lua_State *L) {
  Store *s = store_check(L, 1);
  TxLevel t;
  int status, nres;
  luaL_checktype(L, 2, LUA_TFUNCTION);
  if (!store_tx_begin(s, &t)) return store_fail(L, s, "transaction");
  status = lua_pcall(L, lua_gettop(L) - 2, LUA_MULTRET, 0);
  if (s->db == NULL) {
    luaL_pushfail(L);
    lua_pushliteral(L, "transaction: the database was closed inside the "
                    "transaction");
    return 2;
  }
  if (status != LUA_OK) {
    store_tx_rollback(s, &t);
    luaL_pushfail(L);
    lua_insert(L, -2);               /* nil, error object */
    return 2;
  }
  nres = lua_gettop(L) - 1;
  if (nres >= 2 && lua_isnil(L, 2)) {
    store_tx_rollback(s, &t);
    return nres;
  }
  if (!store_tx_commit(s, &t)) {
    int r = store_fail(L, s, "transaction");
    store_tx_rollback(s, &t);
    return r;
  }
  return nres;
}


/*
** True when only blanks, semicolons and comments follow a statement.
*/
static int only_trailer (const char *p) {
  while (*p) {
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ';' ||
        *p == '\f' || *p == '\v')
      p++;
    else if (p[0] == '-' && p[1] == '-') {
      while (*p && *p != '\n') p++;
    }
    else if (p[0] == '/' && p[1] == '*') {
      const char *e = strstr(p + 2, "*/");
      if (e == NULL) return 1;
      p = e + 2;
    }
    else
      return 0;
  }
  return 1;
}


/*
** Iterator of db:rows: the next row table, or nil at the end.
*/
static int rows_next (lua_State *L) {
  UStmt *u = (UStmt *)luaL_checkudata(L, lua_upvalueindex(1), STMT_MT);
  if (u->done) return 0;
  if (u->stmt == NULL) return luaL_error(L, "attempt to use a closed database");
  if (!u->pending) {
    int rc = sqlite3_step(u->stmt);
    if (rc == SQLITE_DONE) {
      u->done = 1;
      ustmt_finalize(u);
      return 0;
    }
    if (rc != SQLITE_ROW) {
      lua_pushfstring(L, "rows: %s", sqlite3_errmsg(u->store->db));
      u->done = 1;
      ustmt_finalize(u);
      return lua_error(L);
    }
  }
  u->pending = 0;
  store_push_row(L, u->stmt, 0);
  return 1;
}


/*
** __gc and __close of a rows statement (the fourth value of the generic
** for, so breaking out of a loop finalizes it at once).
*/
static int ustmt_gc (lua_State *L) {
  UStmt *u = (UStmt *)luaL_checkudata(L, 1, STMT_MT);
  ustmt_finalize(u);
  u->done = 1;
  return 0;
}


/*
** Binds the values after the SQL: one table binds by name (:name, @name,
** $name) or by position (?, ?NNN) from its keys, missing keys giving NULL;
** otherwise the values bind by position and their number must match.
*/
static int rows_bind (lua_State *L, sqlite3_stmt *st, int first, int nargs) {
  int i, count = sqlite3_bind_parameter_count(st);
  if (nargs == 1 && lua_type(L, first) == LUA_TTABLE) {
    for (i = 1; i <= count; i++) {
      const char *name = sqlite3_bind_parameter_name(st, i);
      if (name == NULL || name[0] == '?')
        lua_geti(L, first, i);
      else
        lua_getfield(L, first, name + 1);
      store_bind_arg(L, st, i, -1, first);
      lua_pop(L, 1);
    }
    return 1;
  }
  if (nargs != count) {
    luaL_pushfail(L);
    lua_pushfstring(L, "rows: the statement has %d parameter%s, %d value%s "
                    "given", count, count == 1 ? "" : "s",
                    nargs, nargs == 1 ? "" : "s");
    return 0;
  }
  for (i = 1; i <= count; i++)
    store_bind_arg(L, st, i, first + i - 1, first + i - 1);
  return 1;
}


/*
** db:rows(sql, ...) -> iterator, nil, nil, statement | nil, msg.
** One statement; the first step happens here, so SQL errors, bad
** parameters and most runtime errors come back as nil, msg.
*/
static int db_rows (lua_State *L) {
  Store *s = store_check(L, 1);
  size_t len;
  const char *sql = luaL_checklstring(L, 2, &len);
  const char *tail = NULL;
  int nargs = lua_gettop(L) - 2;
  int rc;
  UStmt *u = (UStmt *)lua_newuserdatauv(L, sizeof(UStmt), 1);
  int ui = lua_gettop(L);
  memset(u, 0, sizeof *u);
  u->store = s;
  luaL_setmetatable(L, STMT_MT);
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, ui, 1);       /* the statement keeps db alive */
  rc = sqlite3_prepare_v2(s->db, sql, (int)len, &u->stmt, &tail);
  if (rc != SQLITE_OK) return store_fail(L, s, "rows");
  if (u->stmt == NULL) {
    luaL_pushfail(L);
    lua_pushliteral(L, "rows: no SQL statement");
    return 2;
  }
  u->next = s->stmts;                /* link, so close finalizes it */
  if (s->stmts != NULL) s->stmts->prevp = &u->next;
  u->prevp = &s->stmts;
  s->stmts = u;
  if (tail != NULL && !only_trailer(tail)) {
    ustmt_finalize(u);
    luaL_pushfail(L);
    lua_pushliteral(L, "rows: more than one SQL statement (use db:exec)");
    return 2;
  }
  if (!rows_bind(L, u->stmt, 3, nargs)) {
    ustmt_finalize(u);
    return 2;
  }
  rc = sqlite3_step(u->stmt);
  if (rc == SQLITE_ROW)
    u->pending = 1;
  else if (rc == SQLITE_DONE) {
    u->done = 1;
    ustmt_finalize(u);
  }
  else {
    int r = store_fail(L, s, "rows");
    ustmt_finalize(u);
    return r;
  }
  lua_pushvalue(L, ui);
  lua_pushcclosure(L, rows_next, 1);
  lua_pushnil(L);
  lua_pushnil(L);
  lua_pushvalue(L, ui);
  return 4;
}


/*
** Reads an optional string option of table `t`.  The value stays on the
** stack, so the string lives as long as the caller's frame even when a
** metamethod made it.
*/
static const char *opt_string (lua_State *L, int t, const char *key,
                               const char *def) {
  if (lua_getfield(L, t, key) == LUA_TNIL) return def;
  if (lua_type(L, -1) != LUA_TSTRING)
    luaL_argerror(L, t, lua_pushfstring(L, "opts.%s must be a string", key));
  return lua_tostring(L, -1);
}


static lua_Integer opt_integer (lua_State *L, int t, const char *key,
                                lua_Integer def, lua_Integer lo,
                                lua_Integer hi) {
  lua_Integer v = def;
  if (lua_getfield(L, t, key) != LUA_TNIL) {
    int isint;
    v = lua_tointegerx(L, -1, &isint);
    if (!isint || lua_type(L, -1) != LUA_TNUMBER || v < lo || v > hi)
      luaL_argerror(L, t, lua_pushfstring(L,
                    "opts.%s must be an integer from %I to %I", key, lo, hi));
  }
  lua_pop(L, 1);
  return v;
}


/*
** db:search(query[, opts]) -> array of {article_id, title, path, snippet,
** rank} | nil, msg.  opts: limit, open, close, ellipsis, tokens.
*/
static int db_search (lua_State *L) {
  Store *s = store_check(L, 1);
  size_t qlen;
  const char *q = luaL_checklstring(L, 2, &qlen);
  const char *open = "[", *close = "]", *ellipsis = "...";
  lua_Integer limit = 20, tokens = 16;
  sqlite3_stmt *st;
  int rc, n = 0;
  if (!lua_isnoneornil(L, 3)) {
    luaL_checktype(L, 3, LUA_TTABLE);
    open = opt_string(L, 3, "open", open);
    close = opt_string(L, 3, "close", close);
    ellipsis = opt_string(L, 3, "ellipsis", ellipsis);
    limit = opt_integer(L, 3, "limit", limit, 0, 0x7fffffff);
    tokens = opt_integer(L, 3, "tokens", tokens, 1, 64);
  }
  st = store_stmt(L, s, ST_SEARCH);
  if (st == NULL) return store_fail(L, s, "search");
  sqlite3_bind_text64(st, 1, q, (sqlite3_uint64)qlen, SQLITE_TRANSIENT,
                      SQLITE_UTF8);
  sqlite3_bind_text(st, 2, open, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 3, close, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 4, ellipsis, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 5, (sqlite3_int64)tokens);
  sqlite3_bind_int64(st, 6, (sqlite3_int64)limit);
  lua_newtable(L);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    store_push_row(L, st, 0);
    lua_rawseti(L, -2, ++n);
  }
  if (rc != SQLITE_DONE) {
    rc = store_fail(L, s, "search");
    sqlite3_reset(st);
    return rc;
  }
  sqlite3_reset(st);
  return 1;
}


static const luaL_Reg db_methods[] = {
  {"close", db_close},
  {"exec", db_exec},
  {"transaction", db_transaction},
  {"rows", db_rows},
  {"search", db_search},
  {NULL, NULL}
};

static const luaL_Reg db_meta[] = {
  {"__gc", db_gc},
  {"__close", db_gc},
  {"__tostring", db_tostring},
  {"__index", NULL},
  {NULL, NULL}
};

static const luaL_Reg stmt_meta[] = {
  {"__gc", ustmt_gc},
  {"__close", ustmt_gc},
  {NULL, NULL}
};


/*
** Adds open and the schema version to the module table at the top.
*/
void incidents_open_store (lua_State *L) {
  luaL_newmetatable(L, STORE_MT);
  luaL_setfuncs(L, db_meta, 0);
  lua_newtable(L);                   /* methods */
  luaL_setfuncs(L, db_methods, 0);
  store_open_model(L);               /* articles, reports, incidents */
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  luaL_newmetatable(L, STMT_MT);
  luaL_setfuncs(L, stmt_meta, 0);
  lua_pop(L, 1);
  lua_pushcfunction(L, store_open);
  lua_setfield(L, -2, "open");
  lua_pushinteger(L, STORE_SCHEMA_VERSION);
  lua_setfield(L, -2, "schema_version");
}
