/*
** lstore.h: what the two halves of the store bindings share.
** lstore.c owns the handle (open, close, transactions, statements, rows,
** exec, search); lstore_model.c owns articles, reports and incidents.
*/
#ifndef LSTORE_H
#define LSTORE_H

#include <sqlite3.h>

#include "lua.h"

#include "store_sql.h"

#define STORE_MT  "incidents.db"
#define STMT_MT   "incidents.stmt"

/*
** Ids of the cached statements of store_sql.h.
*/
#define STORE_ENUM(id, sql) id,
enum { STORE_STATEMENTS(STORE_ENUM) ST_COUNT };
#undef STORE_ENUM

struct UStmt;

/*
** The database handle.  `db` is NULL when closed; `cache` holds the
** prepared statements of the library, `stmts` the open statements of rows
** iterators, finalized by close.
*/
typedef struct Store {
  sqlite3 *db;
  int depth;                  /* open transaction levels */
  int readonly;
  sqlite3_stmt *cache[ST_COUNT];
  struct UStmt *stmts;
  int busy_ms;                /* how long to wait for another's lock */
  int noticed;                /* the wait was told once already */
  char *busy_notice;          /* told on stderr after a second of waiting */
} Store;

/*
** One level of transaction, a real one or a savepoint.
*/
typedef struct TxLevel {
  int outer;                  /* 1 for BEGIN/COMMIT, 0 for a savepoint */
  int depth;
} TxLevel;

Store *store_check (lua_State *L, int arg);
sqlite3_stmt *store_stmt (lua_State *L, Store *s, int id);
int store_fail (lua_State *L, Store *s, const char *what);
int store_tx_begin (Store *s, TxLevel *t);
int store_tx_commit (Store *s, TxLevel *t);
void store_tx_rollback (Store *s, TxLevel *t);
int store_atomic (lua_State *L, lua_CFunction worker, const char *what);
void store_bind_arg (lua_State *L, sqlite3_stmt *st, int param, int idx,
                     int arg);
void store_push_column (lua_State *L, sqlite3_stmt *st, int col);
void store_push_row (lua_State *L, sqlite3_stmt *st, int typed);
void store_open_model (lua_State *L);

#endif
